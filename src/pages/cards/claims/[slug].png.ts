import type { APIContext } from 'astro';
import { siteContent } from '../../../data/content.ts';
import { drawShareCard, drawShareCardAhead, statusColour } from '../../../data/share-cards.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import type { CardInput } from '../../../lib/cards/card-layout.ts';
import { urls } from '../../../lib/urls.ts';
import { claimShareCard } from '../../../lib/views/sharing.ts';

export async function getStaticPaths() {
  const { claims, view } = await siteContent();
  return claims.map((claim) => {
    const card = claimShareCard(claim, view, statusColour).input;
    // Every claim's card is started now; the build renders these routes last (integrations/share-cards.ts).
    drawShareCardAhead(card);
    // Drawn again only when what the card shows, or the code that draws it, changes.
    return { params: { slug: claim.id }, props: { card }, cacheKey: cacheKey(card) };
  });
}

export async function GET({ params, props }: APIContext<{ card: CardInput }, { slug: string }>) {
  return drawShareCard(props.card, urls.claim(params.slug));
}
