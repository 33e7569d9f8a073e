// Draws share cards to PNG with resvg, using the open-licensed DejaVu fonts from npm (never fetched
// at build), and keeps each PNG in a cache named by a hash of what it shows, so a rebuild draws only
// the cards whose content changed. How many were drawn and reused, and how long drawing took, is
// counted for the build's log (src/integrations/share-cards.ts) and the benchmark.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from './png.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];
// Bump when the renderer or fonts change in a way the SVG does not show, so old cards are redrawn.
const RENDERER = 'resvg-js 2, node:zlib PNG';

export interface CardStats {
  drawn: number;
  reused: number;
  milliseconds: number;
}

// Shared through the process, since the build bundles this module into more than one chunk.
const STATS = Symbol.for('contested.share-cards');
type WithStats = typeof globalThis & { [STATS]?: CardStats };

export function cardStats(): CardStats {
  const holder = globalThis as WithStats;
  holder[STATS] ??= { drawn: 0, reused: 0, milliseconds: 0 };
  return holder[STATS];
}

function fontFiles(fonts: readonly string[]): string[] {
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

/**
 * The card's SVG drawn to PNG, from the cache when it was drawn before. `fonts` are package paths.
 * resvg draws, and zlib compresses, on libuv's thread pool, so cards drawn for pages built in
 * parallel (astro.config's build.concurrency) use every core and leave the main thread to the pages.
 */
export async function cardPng(svg: string, cacheDir: string, fonts: readonly string[] = FONT_FILES): Promise<Buffer> {
  const folder = join(cacheDir, 'cards');
  const renderer = `${RENDERER} / ${fonts.join(', ')}`;
  const file = join(folder, `${createHash('sha256').update(renderer).update(svg).digest('hex').slice(0, 32)}.png`);
  const stats = cardStats();
  if (existsSync(file)) {
    stats.reused++;
    return readFileSync(file);
  }
  const start = performance.now();
  const image = await renderAsync(svg, {
    font: { fontFiles: fontFiles(fonts), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  const png = await encodePng(image.pixels, image.width, image.height);
  stats.milliseconds += performance.now() - start;
  stats.drawn++;
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, png);
  return png;
}
