// How wide a line of a share card is: from the fonts' own advance widths and kerning, shaped by
// HarfBuzz (the shaper resvg's own is a port of), so a card's lines break where the text really
// reaches the edge rather than where an average glyph width guessed it would.
import { readFileSync } from 'node:fs';
import { Blob, Buffer, Face, Font, shape } from 'harfbuzzjs';
import type { CardTextWidth } from './card-layout.ts';
import { CARD_FONT_BY_WEIGHT, resolveFonts } from './fonts.ts';

/** The advance width of `text` in a font, in units of its em. */
function emWidth(font: Font, upem: number, text: string): number {
  const buffer = new Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  shape(font, buffer);
  return buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0) / upem;
}

/**
 * Widths of card text in the fonts cards are drawn with. Words recur from card to card, so each is
 * shaped once per weight; a line's width is its words' and spaces' (kerning across a space, which
 * DejaVu Sans does not have, is left out).
 */
export function cardTextWidth(fonts: Record<400 | 700, string> = CARD_FONT_BY_WEIGHT): CardTextWidth {
  const byWeight = new Map(
    ([400, 700] as const).map((weight) => {
      const [file = ''] = resolveFonts([fonts[weight]]);
      const face = new Face(new Blob(readFileSync(file)));
      const font = new Font(face);
      const words = new Map<string, number>();
      const word = (text: string) => {
        let width = words.get(text);
        if (width === undefined) {
          width = emWidth(font, face.upem, text);
          words.set(text, width);
        }
        return width;
      };
      return [weight, { word, space: emWidth(font, face.upem, ' ') }];
    }),
  );
  return (text, size, weight) => {
    const metrics = byWeight.get(weight);
    if (!metrics) throw new Error(`cards have no font of weight ${weight}`);
    const words = text.split(' ');
    return size * (words.reduce((sum, word) => sum + metrics.word(word), 0) + (words.length - 1) * metrics.space);
  };
}
