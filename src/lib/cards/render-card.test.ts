import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardSvg, layoutCard } from './card-layout.ts';
import { cardPng, cardStats } from './render-card.ts';

const svg = (title: string) =>
  cardSvg(layoutCard({ kind: 'Claim', title, details: ['Claimed by A on 1 March 2024'], siteName: 'Contested' }), {
    background: '#fff',
    text: '#111',
    muted: '#555',
  });

describe('drawing share cards', () => {
  it('draws a 1200×630 PNG once, then takes it from the cache until what it shows changes', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contested-cards-'));
    const before = { ...cardStats() };
    const png = await cardPng(svg('Ministry A says a thing'), cache);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect((await cardPng(svg('Ministry A says a thing'), cache)).equals(png)).toBe(true);
    await cardPng(svg('Ministry A says another thing'), cache);
    expect(cardStats().drawn - before.drawn).toBe(2);
    expect(cardStats().reused - before.reused).toBe(1);
    expect(readdirSync(join(cache, 'cards'))).toHaveLength(2);
  });

  it('fails naming the font that is missing', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contested-cards-'));
    await expect(
      cardPng(svg('Ministry A says a thing'), cache, ['dejavu-fonts-ttf/ttf/NoSuchFont.ttf']),
    ).rejects.toThrow('the font dejavu-fonts-ttf/ttf/NoSuchFont.ttf is missing');
  });
});
