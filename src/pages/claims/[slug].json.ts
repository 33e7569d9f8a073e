import type { APIContext } from 'astro';
import { openData } from '../../data/open-data.ts';
import { toJson, type ClaimRecord } from '../../lib/data/records.ts';

export async function getStaticPaths() {
  // A production build writes the records itself, after the pages (src/integrations/data-files.ts);
  // this route serves them under `npm run dev`.
  if (import.meta.env.PROD) return [];
  const { claims } = await openData();
  return claims.map((record) => ({ params: { slug: record.slug }, props: { record } }));
}

export function GET({ props }: APIContext<{ record: ClaimRecord }>) {
  return new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
