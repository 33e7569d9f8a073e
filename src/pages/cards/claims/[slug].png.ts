import type { APIContext } from 'astro';
import { siteContent, type Claim } from '../../../data/content.ts';
import { drawShareCard, statusColour } from '../../../data/share-cards.ts';
import { urls } from '../../../lib/urls.ts';
import { claimShareCard } from '../../../lib/views/sharing.ts';

export async function getStaticPaths() {
  const { claims } = await siteContent();
  return claims.map((claim) => ({ params: { slug: claim.id }, props: { claim } }));
}

export async function GET({ props }: APIContext<{ claim: Claim }>) {
  const { view } = await siteContent();
  return drawShareCard(claimShareCard(props.claim, view, statusColour).input, urls.claim(props.claim.id));
}
