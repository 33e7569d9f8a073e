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

  it('draws many cards at once, and a card that cannot be drawn fails alone, saying why', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contested-cards-'));
    const titles = Array.from({ length: 6 }, (_, index) => `Ministry A says thing ${index}`);
    const before = { ...cardStats() };
    const pngs = await Promise.all([
      ...titles.map((title) => cardPng(svg(title), cache)),
      cardPng('<svg xmlns="http://www.w3.org/2000/svg"><rect', cache).catch((error: unknown) => error),
    ]);
    expect(String(pngs.at(-1))).toMatch(/SVG data parsing failed/);
    expect(pngs.slice(0, -1).every((png) => png instanceof Buffer && png.readUInt32BE(16) === 1200)).toBe(true);
    expect(readdirSync(join(cache, 'cards')).sort()).toHaveLength(titles.length);
    // Every card drawn at once is counted, with its drawing time (well over a millisecond each).
    expect(cardStats().drawn - before.drawn).toBe(titles.length);
    expect(cardStats().milliseconds - before.milliseconds).toBeGreaterThan(titles.length);
    expect((await cardPng(svg('Drawn after a failure'), cache)).readUInt32BE(20)).toBe(630);
  });
});
