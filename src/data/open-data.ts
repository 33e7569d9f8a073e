// The open data of this build, for the /data/ page (which lists the files with their sizes) and the
// dev server's routes; a production build writes the files themselves (src/integrations/data-files.ts).
import { openDataFiles, type DataFileText, type OpenData } from '../lib/data/open-data-files.ts';
import { SITE_NAME } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';
import { siteContent, translationSources } from './content.ts';

export type { DataFileText, OpenData } from '../lib/data/open-data-files.ts';

let loaded: Promise<OpenData> | undefined;

/** The open data, built once per build, with absolute URLs on the site's address (SITE_URL). */
export function openData(): Promise<OpenData> {
  loaded ??= siteContent().then((content) =>
    openDataFiles(
      { ...content, translations: translationSources(content) },
      new URL(import.meta.env.SITE),
      urls,
      SITE_NAME,
    ),
  );
  return loaded;
}

/**
 * The dev server's paths to the data files whose names end in `extension` (a route per extension, so
 * that the address is a file's, /data/claims.json, not a folder's). None in a production build, which
 * writes the files itself (src/integrations/data-files.ts).
 */
export async function dataFilePaths(extension: '.json' | '.csv') {
  if (import.meta.env.PROD) return [];
  const { files } = await openData();
  return files
    .filter((file) => file.name.endsWith(extension))
    .map((file) => ({ params: { name: file.name.slice(0, -extension.length) }, props: { file } }));
}

/** A data file as the dev server answers it. */
export const dataFileResponse = (file: DataFileText) =>
  new Response(file.text, { headers: { 'Content-Type': `${file.mediatype}; charset=utf-8` } });
