// Draws a share card for a page under `npm run dev`, in the site's own light palette (read from its
// stylesheet), into the cache folder; a card that cannot be drawn names its page. A build writes every
// card itself instead (src/integrations/share-cards.ts).
import css from '../styles/palette.css?raw';
import { cardPalette } from '../lib/cards/card-palette.ts';
import { cardSvgOf } from '../lib/cards/site-cards.ts';
import { cardPng } from '../lib/cards/render-card.ts';
import type { CardInput } from '../lib/cards/card-layout.ts';
import type { ClaimStatus } from '../lib/content/schema.ts';
import { buildSettings } from '../lib/site.ts';

const palette = cardPalette(css);

export const statusColour = (status: ClaimStatus) => palette.status(status);

export async function drawShareCard(input: CardInput, page: string): Promise<Response> {
  let png: Buffer;
  try {
    png = await cardPng(cardSvgOf(input, palette), buildSettings().cacheDir);
  } catch (error) {
    throw new Error(
      `The share card of ${page} could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // A view of the file's bytes, not a copy. (A file read into a Buffer is backed by an ArrayBuffer,
  // never a SharedArrayBuffer.)
  return new Response(new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength), {
    headers: { 'Content-Type': 'image/png' },
  });
}
