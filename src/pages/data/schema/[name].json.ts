import type { APIContext } from 'astro';
import { openData } from '../../../data/open-data.ts';

export async function getStaticPaths() {
  // Written by the build itself (src/integrations/data-files.ts); served from here under `npm run dev`.
  if (import.meta.env.PROD) return [];
  const { schemas } = await openData();
  return schemas.map((schema) => ({
    params: { name: schema.name.replace(/\.json$/, '') },
    props: { text: schema.text },
  }));
}

export function GET({ props }: APIContext<{ text: string }>) {
  return new Response(props.text, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
}
