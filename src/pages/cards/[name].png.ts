import { drawShareCard } from '../../data/share-cards.ts';
import { urls } from '../../lib/urls.ts';
import { siteShareCard } from '../../lib/views/sharing.ts';
import { translator } from '../../lib/i18n/translator.ts';

export function getStaticPaths() {
  // A production build writes the site's card with the others (src/integrations/share-cards.ts);
  // this route draws it under `npm run dev`.
  if (import.meta.env.PROD) return [];
  return [{ params: { name: 'site' } }];
}

export async function GET() {
  return await drawShareCard(siteShareCard(translator()).input, urls.home());
}
