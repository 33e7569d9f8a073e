// The colours a share card is drawn in: the site's own light palette, read from its stylesheet, so a
// card's status colour is the badge's on the page.
import type { ClaimStatus } from '../content/schema.ts';
import { customProperties } from '../contrast.ts';
import type { CardColours } from './card-layout.ts';

export interface CardPalette extends CardColours {
  status: (status: ClaimStatus) => string;
}

/** The card palette in `css` (the site's stylesheet); a colour it lacks stops the build, naming it. */
export function cardPalette(css: string): CardPalette {
  const palette = customProperties(css);
  const colour = (name: string) => {
    const value = palette[name];
    if (!value) throw new Error(`The stylesheet has no --${name}, which share cards use.`);
    return value;
  };
  return {
    background: colour('bg'),
    text: colour('fg'),
    muted: colour('muted'),
    status: (status) => colour(`status-${status}`),
  };
}
