import type { APIContext } from 'astro';
import { feedResponse } from '../../../../data/feed-response.ts';
import { actorFeed, type FollowFeed } from '../../../../data/follow-feeds.ts';
import { entryPaths } from '../../../../data/locale-paths.ts';
import { cacheKey } from '../../../../lib/cache-key.ts';

export const getStaticPaths = () =>
  entryPaths('actors', (content, actors) =>
    actors.map((actor) => {
      const feed = actorFeed(content, actor.id);
      return { params: { slug: actor.id }, props: { feed }, cacheKey: cacheKey(feed) };
    }),
  );

export const GET = (context: APIContext<{ feed: FollowFeed }>) => feedResponse(context.props.feed, context);
