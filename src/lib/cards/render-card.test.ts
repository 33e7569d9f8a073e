import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardSvg, layoutCard } from './card-layout.ts';
import { cardPng, cardStats, drawCardAhead } from './render-card.ts';
import { cardTextWidth } from './text-width.ts';

const width = cardTextWidth();

const svg = (title: string) =>
  cardSvg(
    layoutCard({ kind: 'Claim', title, details: ['Claimed by A on 1 March 2024'], siteName: 'Contested' }, width),
    {
      background: '#fff',
      text: '#111',
      muted: '#555',
    },
  );

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

  it('draws a card started ahead once, and gives it to the route that asks for it', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contested-cards-'));
    const before = { ...cardStats() };
    drawCardAhead(svg('Ministry A says it early'), cache);
    drawCardAhead(svg('Ministry A says it early'), cache);
    const png = await cardPng(svg('Ministry A says it early'), cache);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(cardStats().drawn - before.drawn).toBe(1);
    expect(cardStats().reused - before.reused).toBe(0);
    // A card already in the cache is not drawn ahead; its route takes it from the cache.
    drawCardAhead(svg('Ministry A says it early'), cache);
    expect((await cardPng(svg('Ministry A says it early'), cache)).equals(png)).toBe(true);
    expect(cardStats().drawn - before.drawn).toBe(1);
    expect(cardStats().reused - before.reused).toBe(1);
  });

  it('reports a card that could not be drawn ahead when its route asks for it', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contested-cards-'));
    drawCardAhead('<svg xmlns="http://www.w3.org/2000/svg"><rect', cache);
    await expect(cardPng('<svg xmlns="http://www.w3.org/2000/svg"><rect', cache)).rejects.toThrow(
      /SVG data parsing failed/,
    );
  });
});
