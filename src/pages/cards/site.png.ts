import { drawShareCard } from '../../data/share-cards.ts';
import { urls } from '../../lib/urls.ts';
import { siteShareCard } from '../../lib/views/sharing.ts';

export async function GET() {
  return await drawShareCard(siteShareCard().input, urls.home());
}
