import type { APIContext } from 'astro';
import { feedResponse } from '../../../../data/feed-response.ts';
import { incidentFeed, type FollowFeed } from '../../../../data/follow-feeds.ts';
import { entryPaths } from '../../../../data/locale-paths.ts';
import { cacheKey } from '../../../../lib/cache-key.ts';

export const getStaticPaths = () =>
  entryPaths('incidents', (content, incidents) =>
    incidents.map((incident) => {
      const feed = incidentFeed(content, incident.id);
      // The feed shows its items, its title and its description, nothing else.
      return { params: { slug: incident.id }, props: { feed }, cacheKey: cacheKey(feed) };
    }),
  );

export const GET = (context: APIContext<{ feed: FollowFeed }>) => feedResponse(context.props.feed, context);
