import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { actorOf, siteContent } from '../data/content.ts';
import { sortNewestFirst } from '../lib/claims.ts';
import { SITE_NAME } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';
import { STATUS_WORDING } from '../lib/wording.ts';

// The newest claims; older ones stay on the timeline. Bounded so the feed stays small at any size.
const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const content = await siteContent();
  return rss({
    title: `${SITE_NAME}: new claims`,
    description: 'New claims, each with who made it and how far it is verified.',
    site: new URL(urls.home(), context.site),
    trailingSlash: true,
    items: sortNewestFirst(content.claims)
      .slice(0, FEED_SIZE)
      .map((claim) => ({
        title: claim.data.title,
        link: urls.claim(claim.id),
        // The day the claim was made; RSS needs a time, and midnight UTC is the honest "no time given".
        pubDate: new Date(`${claim.data.claimedOn}T00:00:00Z`),
        description: `${STATUS_WORDING[claim.data.status].label}. Claimed by ${actorOf(content, claim.data.claimant).data.name}. ${claim.data.summary}`,
      })),
  });
}
