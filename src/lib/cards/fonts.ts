// The font files share cards are drawn with. resvg reads a font file again for every glyph it lays
// out (thx/resvg-js#367), so with DejaVu Sans's 750 KB files, reading fonts was half of what a card
// cost. Cards are drawn from a subset of the same fonts instead: the Latin and Cyrillic alphabets,
// punctuation and currency signs, made once by HarfBuzz's subsetter and kept in the cache folder. The
// subset drops hinting, which resvg never uses, and keeps kerning, so a card drawn from it is the card
// drawn from the whole font, pixel for pixel (render-card.test.ts checks). A card with any character
// outside the subset is drawn from the whole font.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** The fonts cards are set in, by weight, as package paths: DejaVu Sans, open-licensed, from npm. */
export const CARD_FONT_BY_WEIGHT = {
  400: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  700: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;
export const CARD_FONTS = Object.values(CARD_FONT_BY_WEIGHT);

/** Inclusive code point ranges the subset keeps. */
const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x24f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x400, 0x52f], // Cyrillic and its supplement
  [0x2000, 0x206f], // General Punctuation: dashes, quotation marks, ellipsis
  [0x20a0, 0x20c0], // Currency Symbols
  [0x2100, 0x214f], // Letterlike Symbols: №, ™
];

const SUBSET_TEXT = SUBSET_RANGES.map(([first, last]) =>
  String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, offset) => first + offset)),
).join('');

/** Whether every character of `text` (a card's SVG: its markup is ASCII) is in the subset. */
export function inSubset(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (!SUBSET_RANGES.some(([first, last]) => code >= first && code <= last)) return false;
  }
  return true;
}

/** Font package paths as files on disk; a missing font stops with what to do about it. */
export function resolveFonts(fonts: readonly string[]): string[] {
  return fonts.map((font) => {
    try {
      return require.resolve(font);
    } catch (error) {
      throw new Error(`the font ${font} is missing: run npm install (it comes with the dejavu-fonts-ttf package)`, {
        cause: error,
      });
    }
  });
}

// One subsetting per font list and cache folder in a process, however many cards ask at once.
const subsets = new Map<string, Promise<string[]>>();

async function subsetFile(file: string, cacheDir: string): Promise<string> {
  const font = readFileSync(file);
  const key = createHash('sha256').update(font).update(SUBSET_TEXT).digest('hex').slice(0, 16);
  const subset = join(cacheDir, 'fonts', `${key}-${basename(file)}`);
  if (existsSync(subset)) return subset;
  const data = await subsetFont(font, SUBSET_TEXT, { targetFormat: 'truetype', noHinting: true });
  mkdirSync(join(cacheDir, 'fonts'), { recursive: true });
  // Written aside and renamed, so a build running beside this one never reads half a font.
  const partial = `${subset}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, subset);
  return subset;
}

/**
 * The font files to draw `svg` with: the subsets, made on first use into `cacheDir`, when every
 * character of the card is in them; otherwise the whole fonts.
 */
export async function fontFilesFor(svg: string, cacheDir: string, fonts: readonly string[]): Promise<string[]> {
  if (!inSubset(svg)) return resolveFonts(fonts);
  const key = `${cacheDir}\n${fonts.join('\n')}`;
  let files = subsets.get(key);
  if (!files) {
    files = Promise.all(resolveFonts(fonts).map((file) => subsetFile(file, cacheDir)));
    subsets.set(key, files);
  }
  return files;
}
