// The open data of this build, for the /data/ page (which lists the files with their sizes) and the
// dev server's routes; a production build writes the files themselves (src/integrations/data-files.ts).
import { openDataFiles, type OpenData } from '../lib/data/open-data-files.ts';
import { SITE_NAME } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';
import { siteContent } from './content.ts';

export type { DataFileText, OpenData } from '../lib/data/open-data-files.ts';

let loaded: Promise<OpenData> | undefined;

/** The open data, built once per build, with absolute URLs on the site's address (SITE_URL). */
export function openData(): Promise<OpenData> {
  loaded ??= siteContent().then((content) => openDataFiles(content, new URL(import.meta.env.SITE), urls, SITE_NAME));
  return loaded;
}
