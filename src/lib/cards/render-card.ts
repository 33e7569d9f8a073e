// Draws share cards to PNG with resvg, in the open-licensed DejaVu fonts from npm (never fetched at
// build; fonts.ts), and keeps each PNG in a cache named by a hash of what it shows, so a rebuild draws
// only the cards whose content changed. How many were drawn and reused, and how long drawing took, is
// counted for the build's log (src/integrations/share-cards.ts) and the benchmark.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { drawPool } from './draw-pool.ts';
import { CARD_FONTS, fontFilesFor } from './fonts.ts';

// Bump when the renderer or fonts change in a way the SVG does not show, so old cards are redrawn.
const RENDERER = 'resvg-js 2, node:zlib PNG, palette when it fits';

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

// Cards started ahead (drawCardAhead), by file: cardInCache takes each from here when it is wanted.
const AHEAD = Symbol.for('contested.share-cards.ahead');
type WithAhead = typeof globalThis & { [AHEAD]?: Map<string, Promise<void>> };

function aheadDraws(): Map<string, Promise<void>> {
  const holder = globalThis as WithAhead;
  holder[AHEAD] ??= new Map();
  return holder[AHEAD];
}

function cardFile(svg: string, cacheDir: string, fonts: readonly string[]): string {
  const renderer = `${RENDERER} / ${fonts.join(', ')}`;
  return join(cacheDir, 'cards', `${createHash('sha256').update(renderer).update(svg).digest('hex').slice(0, 32)}.png`);
}

async function draw(svg: string, file: string, cacheDir: string, fonts: readonly string[]): Promise<void> {
  const fontFiles = await fontFilesFor(svg, cacheDir, fonts);
  mkdirSync(dirname(file), { recursive: true });
  const milliseconds = await drawPool().draw({ svg, fontFiles, file });
  const stats = cardStats();
  stats.milliseconds += milliseconds;
  stats.drawn++;
}

/**
 * Starts drawing a card that is not in the cache, without waiting for it, so that the card workers
 * draw while the build renders pages; `cardInCache` then takes the card when it is wanted, and reports
 * a failure.
 */
export function drawCardAhead(svg: string, cacheDir: string, fonts: readonly string[] = CARD_FONTS): void {
  const file = cardFile(svg, cacheDir, fonts);
  if (aheadDraws().has(file) || existsSync(file)) return;
  const drawing = draw(svg, file, cacheDir, fonts);
  drawing.catch(() => undefined);
  aheadDraws().set(file, drawing);
}

/**
 * The cache file holding the card's SVG drawn to PNG, drawn first unless it was before (or is being
 * drawn ahead). `fonts` are package paths. Cards are drawn by worker threads (draw-pool.ts), so cards
 * asked for together are drawn beside the build's own thread, and their pixels stay out of its heap.
 */
export async function cardInCache(
  svg: string,
  cacheDir: string,
  fonts: readonly string[] = CARD_FONTS,
): Promise<string> {
  const file = cardFile(svg, cacheDir, fonts);
  const ahead = aheadDraws().get(file);
  if (ahead) {
    aheadDraws().delete(file);
    await ahead;
  } else if (existsSync(file)) {
    cardStats().reused++;
  } else {
    await draw(svg, file, cacheDir, fonts);
  }
  return file;
}

/** The card's SVG drawn to PNG (see cardInCache). */
export async function cardPng(svg: string, cacheDir: string, fonts: readonly string[] = CARD_FONTS): Promise<Buffer> {
  return readFileSync(await cardInCache(svg, cacheDir, fonts));
}
