import type { APIContext } from 'astro';
import { siteContentIn, type Actor } from '../../../../data/content.ts';
import { entryPaths } from '../../../../data/locale-paths.ts';
import { drawShareCard } from '../../../../data/share-cards.ts';
import { actorShareCard } from '../../../../lib/views/sharing.ts';

// A production build writes the cards itself, in every language (src/integrations/share-cards.ts);
// this route draws them under `npm run dev`.
export const getStaticPaths = () =>
  import.meta.env.PROD
    ? []
    : entryPaths('actors', (_content, actors) =>
        actors.map((actor) => ({ params: { slug: actor.id }, props: { actor } })),
      );

export async function GET(context: APIContext<{ actor: Actor }>) {
  const { byActor, view } = await siteContentIn(context.currentLocale);
  const { actor } = context.props;
  return drawShareCard(actorShareCard(actor, byActor.get(actor.id), view.t).input, view.urls.actor(actor.id));
}
