import type { APIContext } from 'astro';
import { siteContent, type Actor } from '../../../data/content.ts';
import { drawShareCard } from '../../../data/share-cards.ts';
import { urls } from '../../../lib/urls.ts';
import { actorShareCard } from '../../../lib/views/sharing.ts';

export async function getStaticPaths() {
  // A production build writes the cards itself (src/integrations/share-cards.ts); this route draws
  // them under `npm run dev`.
  if (import.meta.env.PROD) return [];
  const { actors } = await siteContent();
  return actors.map((actor) => ({ params: { slug: actor.id }, props: { actor } }));
}

export async function GET({ props }: APIContext<{ actor: Actor }>) {
  const { byActor, view } = await siteContent();
  return drawShareCard(
    actorShareCard(props.actor, byActor.get(props.actor.id), view.t).input,
    urls.actor(props.actor.id),
  );
}
