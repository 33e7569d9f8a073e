import type { APIContext } from 'astro';
import { entryPaths, translationOf } from '../../../../data/locale-paths.ts';
import { toJson } from '../../../../lib/data/records.ts';
import { claimBox, oembedRecord, type OembedRecord } from '../../../../lib/views/embeds.ts';

export const getStaticPaths = () =>
  // A production build writes these records itself, after the pages (src/integrations/data-files.ts);
  // this route serves them under `npm run dev`, in each language a claim's page is in.
  import.meta.env.PROD
    ? []
    : entryPaths('claims', (content, claims) => {
        const site = new URL(import.meta.env.SITE);
        const { view } = content;
        return claims.map((claim) => {
          const box = claimBox(
            claim,
            view.nameOf(claim.data.claimant),
            view,
            site,
            translationOf(content, 'claims', claim.id),
          );
          return { params: { slug: claim.id }, props: { record: oembedRecord(box, site, view.urls) } };
        });
      });

export function GET({ props }: APIContext<{ record: OembedRecord }>) {
  return new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
