import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContent, type Claim } from '../../../data/content.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import { claimFeedItems, newestFirst, rssItem } from '../../../lib/feeds.ts';
import { SITE_NAME } from '../../../lib/structured-data.ts';
import { urls } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return content.claims.map((claim) => {
    const claimant = content.view.nameOf(claim.data.claimant);
    // The feed shows the claim's fields and its claimant's name, nothing of its body.
    return {
      params: { slug: claim.id },
      props: { claim, claimant },
      cacheKey: cacheKey([claim.id, claim.data, claimant]),
    };
  });
}

interface Props {
  claim: Claim;
  claimant: string;
}

export function GET(context: APIContext<Props>) {
  const { claim, claimant } = context.props;
  return rss({
    title: `${SITE_NAME}: ${claim.data.title}`,
    description: `Corrections and updates to this claim, newest first.`,
    site: new URL(urls.claim(claim.id), context.site),
    trailingSlash: true,
    items: newestFirst(claimFeedItems(claim, claimant, urls.claim(claim.id))).map((item) =>
      rssItem(item, context.site ?? urls.home()),
    ),
  });
}
