// The site's feed in each language: new claims and updates, at /feed.xml, /uk/feed.xml and
// /ru/feed.xml, each holding every claim as the language's pages list it (follow-feeds.ts).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContentIn } from '../../data/content.ts';
import { localePaths } from '../../data/locale-paths.ts';
import { latestItems, rssItem } from '../../lib/feeds.ts';
import { claimItems } from '../../data/follow-feeds.ts';
import { SITE_NAME } from '../../lib/structured-data.ts';

export const getStaticPaths = localePaths;

export async function GET(context: APIContext) {
  const content = await siteContentIn(context.currentLocale);
  const { t, urls } = content.view;
  const items = claimItems(content, content.claims);
  return rss({
    title: t('feeds.site.title', { site: SITE_NAME }),
    description: t('feeds.site.description'),
    site: new URL(urls.home(), context.site),
    trailingSlash: true,
    customData: `<language>${t.lang}</language>`,
    items: latestItems(items).map((item) => rssItem(item, context.site ?? urls.home())),
  });
}
