// The site's feed in each language: new claims and updates, in English at /feed.xml, and at
// /uk/feed.xml and /ru/feed.xml of the claims translated into that language, linking to their pages
// in it. (An update's note and a claim's other fields stay in English, as on the translated page.)
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContentIn } from '../../data/content.ts';
import { localePaths } from '../../data/locale-paths.ts';
import { claimFeedItems, latestItems, rssItem } from '../../lib/feeds.ts';
import { SITE_NAME } from '../../lib/structured-data.ts';

export const getStaticPaths = localePaths;

export async function GET(context: APIContext) {
  const content = await siteContentIn(context.currentLocale);
  const { t, urls } = content.view;
  const items = content.claims
    .filter((claim) => content.wordsIn('claims', claim.id))
    .flatMap((claim) => claimFeedItems(claim, content.view.nameOf(claim.data.claimant), urls.claim(claim.id), t));
  return rss({
    title: t('feeds.site.title', { site: SITE_NAME }),
    description: t('feeds.site.description'),
    site: new URL(urls.home(), context.site),
    trailingSlash: true,
    customData: `<language>${t.lang}</language>`,
    items: latestItems(items).map((item) => rssItem(item, context.site ?? urls.home())),
  });
}
