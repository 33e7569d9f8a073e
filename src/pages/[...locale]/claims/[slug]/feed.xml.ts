// A claim's feed: the claim and each of its updates, in English and in each language the claim is
// translated into, as its page is.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContentIn, type Claim } from '../../../../data/content.ts';
import { entryPaths } from '../../../../data/locale-paths.ts';
import { cacheKey } from '../../../../lib/cache-key.ts';
import { claimFeedItems, newestFirst, rssItem } from '../../../../lib/feeds.ts';
import { SITE_NAME } from '../../../../lib/structured-data.ts';

export const getStaticPaths = () =>
  entryPaths('claims', (content, claims) =>
    claims.map((claim) => {
      const claimant = content.view.nameOf(claim.data.claimant);
      // The feed shows the claim's fields and its claimant's name, nothing of its body.
      return {
        params: { slug: claim.id },
        props: { claim, claimant },
        cacheKey: cacheKey([claim.id, claim.data, claimant]),
      };
    }),
  );

interface Props {
  claim: Claim;
  claimant: string;
}

export async function GET(context: APIContext<Props>) {
  const { claim, claimant } = context.props;
  const { t, urls } = (await siteContentIn(context.currentLocale)).view;
  const page = urls.claim(claim.id);
  return rss({
    title: t('feeds.claim.title', { site: SITE_NAME, title: claim.data.title }),
    description: t('feeds.claim.description'),
    site: new URL(page, context.site),
    trailingSlash: true,
    customData: `<language>${t.lang}</language>`,
    items: newestFirst(claimFeedItems(claim, claimant, page, t)).map((item) =>
      rssItem(item, context.site ?? urls.home()),
    ),
  });
}
