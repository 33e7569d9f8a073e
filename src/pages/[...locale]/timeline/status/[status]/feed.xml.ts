import type { APIContext } from 'astro';
import { feedResponse } from '../../../../../data/feed-response.ts';
import { statusFeed, type FollowFeed } from '../../../../../data/follow-feeds.ts';
import { localizedPaths } from '../../../../../data/locale-paths.ts';
import { cacheKey } from '../../../../../lib/cache-key.ts';
import { CLAIM_STATUSES } from '../../../../../lib/content/schema.ts';

export const getStaticPaths = () =>
  localizedPaths((content) =>
    CLAIM_STATUSES.map((status) => {
      const feed = statusFeed(content, status);
      return { params: { status }, props: { feed }, cacheKey: cacheKey(feed) };
    }),
  );

export const GET = (context: APIContext<{ feed: FollowFeed }>) => feedResponse(context.props.feed, context);
