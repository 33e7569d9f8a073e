import type { APIContext } from 'astro';
import { siteContent } from '../../../../data/content.ts';
import { feedResponse } from '../../../../data/feed-response.ts';
import { statusFeed, type FollowFeed } from '../../../../data/follow-feeds.ts';
import { cacheKey } from '../../../../lib/cache-key.ts';
import { CLAIM_STATUSES } from '../../../../lib/content/schema.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return CLAIM_STATUSES.map((status) => {
    const feed = statusFeed(content, status);
    return { params: { status }, props: { feed }, cacheKey: cacheKey(feed) };
  });
}

export const GET = (context: APIContext<{ feed: FollowFeed }>) => feedResponse(context.props.feed, context.site);
