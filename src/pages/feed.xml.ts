import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContent } from '../data/content.ts';
import { claimFeedItems, latestItems, rssItem } from '../lib/feeds.ts';
import { SITE_NAME } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';

export async function GET(context: APIContext) {
  const content = await siteContent();
  const { t } = content.view;
  const items = content.claims.flatMap((claim) =>
    claimFeedItems(claim, content.view.nameOf(claim.data.claimant), urls.claim(claim.id), t),
  );
  return rss({
    title: t('feeds.site.title', { site: SITE_NAME }),
    description: t('feeds.site.description'),
    site: new URL(urls.home(), context.site),
    trailingSlash: true,
    items: latestItems(items).map((item) => rssItem(item, context.site ?? urls.home())),
  });
}
