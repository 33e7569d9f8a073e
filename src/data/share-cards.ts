// Draws a share card for a page, in the site's own light palette (read from its stylesheet), into
// Astro's cache folder; a card that cannot be drawn stops the build naming its page.
import css from '../styles/global.css?raw';
import { cardSvg, layoutCard, type CardInput, type CardTextWidth } from '../lib/cards/card-layout.ts';
import { cardTextWidth } from '../lib/cards/text-width.ts';
import { cardPng, drawCardAhead } from '../lib/cards/render-card.ts';
import { customProperties } from '../lib/contrast.ts';
import type { ClaimStatus } from '../lib/content/schema.ts';
import { buildSettings } from '../lib/site.ts';

const palette = customProperties(css);
const colour = (name: string) => {
  const value = palette[name];
  if (!value) throw new Error(`The stylesheet has no --${name}, which share cards use.`);
  return value;
};

export const statusColour = (status: ClaimStatus) => colour(`status-${status}`);

let textWidth: CardTextWidth | undefined;
const svgOf = (input: CardInput) =>
  cardSvg(layoutCard(input, (textWidth ??= cardTextWidth())), {
    background: colour('bg'),
    text: colour('fg'),
    muted: colour('muted'),
  });

/**
 * Starts drawing a card before its route asks for it (see the card routes' getStaticPaths): in a
 * build, the card workers then draw while the main thread renders pages. Not in dev, where a route
 * asks for only the card on screen.
 */
export function drawShareCardAhead(input: CardInput): void {
  if (import.meta.env.PROD) drawCardAhead(svgOf(input), buildSettings().cacheDir);
}

export async function drawShareCard(input: CardInput, page: string): Promise<Response> {
  let png: Buffer;
  try {
    png = await cardPng(svgOf(input), buildSettings().cacheDir);
  } catch (error) {
    throw new Error(
      `The share card of ${page} could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // A view of the file's bytes, not a copy: at 10,000 cards every copy on the build's thread counts.
  // (A file read into a Buffer is backed by an ArrayBuffer, never a SharedArrayBuffer.)
  return new Response(new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength), {
    headers: { 'Content-Type': 'image/png' },
  });
}
