import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { claimsOfIncident, siteContent, type Claim, type Incident } from '../../../data/content.ts';
import { claimFeedItems, newestFirst, rssItem } from '../../../lib/feeds.ts';
import { SITE_NAME } from '../../../lib/structured-data.ts';
import { urls } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return content.incidents.map((incident) => ({
    params: { slug: incident.id },
    props: { incident, claims: claimsOfIncident(content, incident.id) },
  }));
}

interface Props {
  incident: Incident;
  claims: Claim[];
}

export async function GET(context: APIContext<Props>) {
  const { incident, claims } = context.props;
  const { view } = await siteContent();
  const items = claims.flatMap((claim) =>
    claimFeedItems(claim, view.nameOf(claim.data.claimant), urls.claim(claim.id)),
  );
  return rss({
    title: `${SITE_NAME}: ${incident.data.title}`,
    description: `The claims of this incident, and corrections or status changes to them, newest first.`,
    site: new URL(urls.incident(incident.id), context.site),
    trailingSlash: true,
    items: newestFirst(items).map((item) => rssItem(item, context.site ?? urls.home())),
  });
}
