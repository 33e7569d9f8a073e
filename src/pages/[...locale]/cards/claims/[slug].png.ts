import type { APIContext } from 'astro';
import { siteContentIn } from '../../../../data/content.ts';
import { entryPaths } from '../../../../data/locale-paths.ts';
import { drawShareCard, statusColour } from '../../../../data/share-cards.ts';
import type { CardInput } from '../../../../lib/cards/card-layout.ts';
import { claimShareCard } from '../../../../lib/views/sharing.ts';

// A production build writes the cards itself, in every language (src/integrations/share-cards.ts);
// this route draws them under `npm run dev`.
export const getStaticPaths = () =>
  import.meta.env.PROD
    ? []
    : entryPaths('claims', (content, claims) =>
        claims.map((claim) => ({
          params: { slug: claim.id },
          props: { card: claimShareCard(claim, content.view, statusColour).input },
        })),
      );

export async function GET(context: APIContext<{ card: CardInput }, { slug: string }>) {
  const { urls } = (await siteContentIn(context.currentLocale)).view;
  return drawShareCard(context.props.card, urls.claim(context.params.slug));
}
