import { drawShareCard } from '../../data/share-cards.ts';
import { urls } from '../../lib/urls.ts';
import { siteShareCard } from '../../lib/views/sharing.ts';

export function GET() {
  return drawShareCard(siteShareCard().input, urls.home());
}
