import type { APIContext } from 'astro';
import { openData, type DataFileText } from '../../data/open-data.ts';

export async function getStaticPaths() {
  const { files } = await openData();
  return files.map((file) => ({ params: { file: file.name }, props: { file } }));
}

export function GET({ props }: APIContext<{ file: DataFileText }>) {
  const { file } = props;
  return new Response(file.text, { headers: { 'Content-Type': `${file.mediatype}; charset=utf-8` } });
}
