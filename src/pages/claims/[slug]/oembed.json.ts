import type { APIContext } from 'astro';
import { actorOf, siteContent } from '../../../data/content.ts';
import { toJson } from '../../../lib/data/records.ts';
import { urls } from '../../../lib/urls.ts';
import { claimBox, oembedRecord, type OembedRecord } from '../../../lib/views/embeds.ts';

export async function getStaticPaths() {
  // A production build writes these records itself, after the pages (src/integrations/data-files.ts);
  // this route serves them under `npm run dev`.
  if (import.meta.env.PROD) return [];
  const content = await siteContent();
  const site = new URL(import.meta.env.SITE);
  return content.claims.map((claim) => {
    const box = claimBox(claim, actorOf(content, claim.data.claimant).data.name, content.view, site);
    return { params: { slug: claim.id }, props: { record: oembedRecord(box, site, urls) } };
  });
}

export function GET({ props }: APIContext<{ record: OembedRecord }>) {
  return new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
