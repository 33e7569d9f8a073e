// A followed feed as RSS (@astrojs/rss), as the site's other feeds are written.
import rss from '@astrojs/rss';
import { rssItem } from '../lib/feeds.ts';
import type { FollowFeed } from './follow-feeds.ts';

export function feedResponse(feed: FollowFeed, site: URL | undefined) {
  const origin = site ?? new URL('http://localhost/');
  return rss({
    title: feed.title,
    description: feed.description,
    site: new URL(feed.page, origin),
    trailingSlash: true,
    customData: `<language>${feed.language}</language>`,
    items: feed.items.map((item) => rssItem(item, origin)),
  });
}
