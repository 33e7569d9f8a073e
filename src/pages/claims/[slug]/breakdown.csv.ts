import type { APIContext } from 'astro';
import { siteContent, type Claim } from '../../../data/content.ts';
import { breakdownCsv } from '../../../lib/chart/breakdown-csv.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import type { Breakdown } from '../../../lib/content/schema.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return content.claims.flatMap((claim) => {
    const { breakdown, status } = claim.data;
    if (!breakdown) return [];
    const claimant = content.view.nameOf(claim.data.claimant);
    return [
      {
        params: { slug: claim.id },
        props: { claim, breakdown, claimant },
        cacheKey: cacheKey([claim.id, claimant, status, breakdown]),
      },
    ];
  });
}

interface Props {
  claim: Claim;
  breakdown: Breakdown;
  claimant: string;
}

export function GET({ props }: APIContext<Props>) {
  const { claim, breakdown, claimant } = props;
  return new Response(breakdownCsv({ claim: claim.id, claimant, status: claim.data.status, breakdown }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
