import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CARD_FONTS, resolveFonts } from './fonts.ts';
import { cardTextWidth } from './text-width.ts';

/** Where resvg's drawing of `text`, set from x = 0, ends on the right. */
function drawnRightEdge(text: string, size: number, weight: 400 | 700): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="200"><text x="0" y="100" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}">${text}</text></svg>`;
  const box = new Resvg(svg, {
    font: { fontFiles: resolveFonts(CARD_FONTS), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  }).getBBox();
  return (box?.x ?? 0) + (box?.width ?? 0);
}

describe('the width of card text', () => {
  const width = cardTextWidth();

  it.each([
    ['Claimed by Ukrainian military intelligence on 9 November 2023', 28, 400],
    ['AVATAR To Tyre WAVY', 64, 700],
    ['Russia’s defence ministry said Київ', 48, 700],
    ['iiii llll', 36, 700],
  ] as const)('is where resvg draws "%s" to, at %i px, weight %i', (text, size, weight) => {
    // A line's advance ends a glyph's side bearing, a few pixels, past its drawn edge.
    expect(Math.abs(width(text, size, weight) - drawnRightEdge(text, size, weight))).toBeLessThan(size * 0.15);
  });

  it('tells narrow letters from wide ones and bold from regular', () => {
    expect(width('WWWW', 36, 700)).toBeGreaterThan(3 * width('iiii', 36, 700));
    expect(width('Claimed by', 28, 700)).toBeGreaterThan(width('Claimed by', 28, 400));
    expect(width('word word', 28, 400)).toBeCloseTo(2 * width('word', 28, 400) + width(' ', 28, 400));
  });
});
