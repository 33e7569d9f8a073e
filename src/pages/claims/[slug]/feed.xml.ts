import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContent, type Claim } from '../../../data/content.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import { claimFeedItems, newestFirst, rssItem } from '../../../lib/feeds.ts';
import { SITE_NAME } from '../../../lib/structured-data.ts';
import { translator } from '../../../lib/i18n/translator.ts';
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
  const t = translator(context.currentLocale);
  return rss({
    title: t('feeds.claim.title', { site: SITE_NAME, title: claim.data.title }),
    description: t('feeds.claim.description'),
    site: new URL(urls.claim(claim.id), context.site),
    trailingSlash: true,
    items: newestFirst(claimFeedItems(claim, claimant, urls.claim(claim.id), t)).map((item) =>
      rssItem(item, context.site ?? urls.home()),
    ),
  });
}
