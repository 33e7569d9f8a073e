import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContent } from '../data/content.ts';
import { claimFeedItems, newestFirst, rssItem } from '../lib/feeds.ts';
import { SITE_NAME } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';

// The newest items; older ones stay on the timeline. Bounded so the feed stays small at any size.
const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const content = await siteContent();
  const items = content.claims.flatMap((claim) =>
    claimFeedItems(claim, content.view.nameOf(claim.data.claimant), urls.claim(claim.id)),
  );
  return rss({
    title: `${SITE_NAME}: new claims and updates`,
    description: 'New claims, and corrections or status changes to existing ones.',
    site: new URL(urls.home(), context.site),
    trailingSlash: true,
    items: newestFirst(items)
      .slice(0, FEED_SIZE)
      .map((item) => rssItem(item, context.site ?? urls.home())),
  });
}
