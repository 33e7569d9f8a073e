import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardSvg, layoutCard } from './card-layout.ts';
import { CARD_FONTS, fontFilesFor, inSubset, resolveFonts } from './fonts.ts';
import { cardTextWidth } from './text-width.ts';

const width = cardTextWidth();

const svg = (title: string, details = ['Claimed by the Ministry of Defence on 9 November 2023']) =>
  cardSvg(
    layoutCard(
      {
        kind: 'Claim',
        status: { label: 'Disputed', colour: '#8a4b00' },
        title,
        details,
        siteName: 'Contested',
      },
      width,
    ),
    {
      background: '#fff',
      text: '#111',
      muted: '#555',
    },
  );

const pixels = async (markup: string, fontFiles: string[]) =>
  (await renderAsync(markup, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } })).pixels;

describe('the fonts share cards are drawn with', () => {
  it('covers Latin and Cyrillic text, punctuation and currency, and nothing it has not got', () => {
    expect(inSubset('Kaluga’s governor — “no casualties” … Київ, Łódź, Ærø, €5, № 3')).toBe(true);
    expect(inSubset('Երևան')).toBe(false);
    expect(inSubset('東京')).toBe(false);
  });

  it('draws from a small subset, made once into the cache, a card that looks exactly as from the whole font', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contested-fonts-'));
    // Kerning pairs (AV, To, Ty), bold and regular, Cyrillic, curly quotes and a dash.
    const card = svg('AVATAR “To Tyre” — Київ said WAVY', ['Claimed by Військово on 9 November 2023']);
    const subset = await fontFilesFor(card, cache, CARD_FONTS);
    expect(subset.every((file) => file.startsWith(join(cache, 'fonts')))).toBe(true);
    for (const [index, file] of subset.entries())
      expect(statSync(file).size).toBeLessThan(statSync(resolveFonts(CARD_FONTS)[index] ?? '').size / 5);
    expect(
      Buffer.from(await pixels(card, subset)).equals(Buffer.from(await pixels(card, resolveFonts(CARD_FONTS)))),
    ).toBe(true);
    await fontFilesFor(svg('Another card'), cache, CARD_FONTS);
    expect(readdirSync(join(cache, 'fonts'))).toHaveLength(2);
  });

  it('draws a card with a character outside the subset from the whole font, so no glyph goes missing', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contested-fonts-'));
    expect(await fontFilesFor(svg('Statement issued in Երևան'), cache, CARD_FONTS)).toEqual(resolveFonts(CARD_FONTS));
    expect(existsSync(join(cache, 'fonts'))).toBe(false);
  });
});
