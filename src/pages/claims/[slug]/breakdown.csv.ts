import type { APIContext } from 'astro';
import { siteContent, type Claim } from '../../../data/content.ts';
import { breakdownCsv } from '../../../lib/chart/breakdown-csv.ts';
import type { Breakdown } from '../../../lib/content/schema.ts';

export async function getStaticPaths() {
  const content = await siteContent();
  return content.claims.flatMap((claim) =>
    claim.data.breakdown
      ? [
          {
            params: { slug: claim.id },
            props: {
              claim,
              breakdown: claim.data.breakdown,
              claimant: content.view.nameOf(claim.data.claimant),
            },
          },
        ]
      : [],
  );
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
