import type { APIContext } from 'astro';
import { feedResponse } from '../../../../data/feed-response.ts';
import { placeFeed, type FollowFeed } from '../../../../data/follow-feeds.ts';
import { entryPaths } from '../../../../data/locale-paths.ts';
import { cacheKey } from '../../../../lib/cache-key.ts';

export const getStaticPaths = () =>
  entryPaths('places', (content, places) =>
    places.map((place) => {
      const feed = placeFeed(content, place.id);
      return { params: { slug: place.id }, props: { feed }, cacheKey: cacheKey(feed) };
    }),
  );

export const GET = (context: APIContext<{ feed: FollowFeed }>) => feedResponse(context.props.feed, context);
