import type { APIContext } from 'astro';
import { siteContent } from '../../../data/content.ts';
import { drawShareCard, statusColour } from '../../../data/share-cards.ts';
import type { CardInput } from '../../../lib/cards/card-layout.ts';
import { urls } from '../../../lib/urls.ts';
import { claimShareCard } from '../../../lib/views/sharing.ts';

export async function getStaticPaths() {
  // A production build writes the cards itself (src/integrations/share-cards.ts); this route draws
  // them under `npm run dev`.
  if (import.meta.env.PROD) return [];
  const { claims, view } = await siteContent();
  return claims.map((claim) => ({
    params: { slug: claim.id },
    props: { card: claimShareCard(claim, view, statusColour).input },
  }));
}

export async function GET({ params, props }: APIContext<{ card: CardInput }, { slug: string }>) {
  return drawShareCard(props.card, urls.claim(params.slug));
}
