// Draws share cards to PNG with resvg, in the open-licensed DejaVu fonts from npm (never fetched at
// build; fonts.ts), and keeps each PNG in a cache named by a hash of what it shows, so a rebuild draws
// only the cards whose content changed. How many were drawn and reused, and how long drawing took, is
// counted for the build's log (src/integrations/share-cards.ts) and the benchmark.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawPool } from './draw-pool.ts';
import { CARD_FONTS, fontFilesFor } from './fonts.ts';

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

/**
 * The card's SVG drawn to PNG, from the cache when it was drawn before. `fonts` are package paths.
 * Cards are drawn by worker threads, one per core (draw-pool.ts), so cards asked for in parallel
 * (astro.config's build.concurrency) use every core, and their pixels stay out of the build's heap.
 */
export async function cardPng(svg: string, cacheDir: string, fonts: readonly string[] = CARD_FONTS): Promise<Buffer> {
  const folder = join(cacheDir, 'cards');
  const renderer = `${RENDERER} / ${fonts.join(', ')}`;
  const file = join(folder, `${createHash('sha256').update(renderer).update(svg).digest('hex').slice(0, 32)}.png`);
  const stats = cardStats();
  if (existsSync(file)) {
    stats.reused++;
    return readFileSync(file);
  }
  const fontFiles = await fontFilesFor(svg, cacheDir, fonts);
  mkdirSync(folder, { recursive: true });
  const milliseconds = await drawPool().draw({ svg, fontFiles, file });
  stats.milliseconds += milliseconds;
  stats.drawn++;
  return readFileSync(file);
}
