import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { claimsOfIncident, siteContent, type Incident } from '../../../data/content.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import { claimFeedItems, newestFirst, rssItem, type FeedItem } from '../../../lib/feeds.ts';
import { SITE_NAME } from '../../../lib/structured-data.ts';
import { urls } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return content.incidents.map((incident) => {
    const items = claimsOfIncident(content, incident.id).flatMap((claim) =>
      claimFeedItems(claim, content.view.nameOf(claim.data.claimant), urls.claim(claim.id)),
    );
    // The feed shows its items and the incident's title, nothing else.
    return {
      params: { slug: incident.id },
      props: { incident, items },
      cacheKey: cacheKey([incident.id, incident.data.title, items]),
    };
  });
}

interface Props {
  incident: Incident;
  items: FeedItem[];
}

export function GET(context: APIContext<Props>) {
  const { incident, items } = context.props;
  return rss({
    title: `${SITE_NAME}: ${incident.data.title}`,
    description: `The claims of this incident, and corrections or status changes to them, newest first.`,
    site: new URL(urls.incident(incident.id), context.site),
    trailingSlash: true,
    items: newestFirst(items).map((item) => rssItem(item, context.site ?? urls.home())),
  });
}
