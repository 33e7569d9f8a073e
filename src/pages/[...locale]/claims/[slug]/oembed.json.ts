import type { APIContext } from 'astro';
import { claimBoxIn } from '../../../../data/claim-page.ts';
import { entryPaths } from '../../../../data/locale-paths.ts';
import { toJson } from '../../../../lib/data/records.ts';
import { oembedRecord, type OembedRecord } from '../../../../lib/views/embeds.ts';

export const getStaticPaths = () =>
  // A production build writes these records itself, after the pages (src/integrations/data-files.ts);
  // this route serves them under `npm run dev`, in each language a claim's page is in.
  import.meta.env.PROD
    ? []
    : entryPaths('claims', (content, claims) => {
        const site = new URL(import.meta.env.SITE);
        return claims.map((claim) => ({
          params: { slug: claim.id },
          props: { record: oembedRecord(claimBoxIn(content, claim, site), site, content.view.urls) },
        }));
      });

export function GET({ props }: APIContext<{ record: OembedRecord }>) {
  return new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
