// Draws a share card for a page, in the site's own light palette (read from its stylesheet), into
// Astro's cache folder; a card that cannot be drawn stops the build naming its page.
import css from '../styles/global.css?raw';
import { cardSvg, layoutCard, type CardInput } from '../lib/cards/card-layout.ts';
import { cardPng } from '../lib/cards/render-card.ts';
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

export async function drawShareCard(input: CardInput, page: string): Promise<Response> {
  let png: Buffer;
  try {
    png = await cardPng(
      cardSvg(layoutCard(input), { background: colour('bg'), text: colour('fg'), muted: colour('muted') }),
      buildSettings().cacheDir,
    );
  } catch (error) {
    throw new Error(
      `The share card of ${page} could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
