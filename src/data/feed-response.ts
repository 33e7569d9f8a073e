// A followed feed as RSS (@astrojs/rss), as the site's other feeds are written.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { translator } from '../lib/i18n/translator.ts';
import { rssItem } from '../lib/feeds.ts';
import type { FollowFeed } from './follow-feeds.ts';

/** The feed's file, in the language of the route's locale (a feed is built only in a language it is written in). */
export function feedResponse(feed: FollowFeed, context: APIContext) {
  const origin = context.site ?? new URL('http://localhost/');
  return rss({
    title: feed.title,
    description: feed.description,
    site: new URL(feed.page, origin),
    trailingSlash: true,
    customData: `<language>${translator(context.currentLocale).lang}</language>`,
    items: feed.items.map((item) => rssItem(item, origin)),
  });
}
