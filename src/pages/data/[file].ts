import type { APIContext } from 'astro';
import { openData, type DataFileText } from '../../data/open-data.ts';

export async function getStaticPaths() {
  // A production build writes the files itself, after the pages (src/integrations/data-files.ts);
  // this route serves them under `npm run dev`.
  if (import.meta.env.PROD) return [];
  const { files } = await openData();
  return files.map((file) => ({ params: { file: file.name }, props: { file } }));
}

export function GET({ props }: APIContext<{ file: DataFileText }>) {
  const { file } = props;
  return new Response(file.text, { headers: { 'Content-Type': `${file.mediatype}; charset=utf-8` } });
}
