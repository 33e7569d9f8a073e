import type { APIContext } from 'astro';
import { openData } from '../../data/open-data.ts';
import { cacheKey } from '../../lib/cache-key.ts';
import { toJson, type ClaimRecord } from '../../lib/data/records.ts';

export async function getStaticPaths() {
  // A production build writes the records itself, after the pages (src/integrations/data-files.ts);
  // this route serves them under `npm run dev`.
  if (import.meta.env.PROD) return [];
  const { claims } = await openData();
  // The file is the record: written again only when the record, or the code that writes it, changes.
  return claims.map((record) => ({ params: { slug: record.slug }, props: { record }, cacheKey: cacheKey(record) }));
}

export function GET({ props }: APIContext<{ record: ClaimRecord }>) {
  return new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
