// Builds the Pagefind search index for /search/ from the built site, with Pagefind's Node API. It runs
// once Astro has written every page and exited (scripts/astro-site.ts build), so Pagefind's memory
// (1.2 GB at 10,000 claims) is never held beside the build's own. Only pages marked
// data-pagefind-body are indexed (claims, actors, places, in English and in each language they are
// translated into: one index per language, as Pagefind splits them by <html lang>; Russian words are
// stemmed, Ukrainian not, as Pagefind has no Ukrainian stemmer), with status, claimant, incident and place
// as filters, so Pagefind reads only the folders those pages are in (INDEXED_PAGES): the archives, a
// fifth of the pages at 10,000 claims, would cost it a fifth of its time for nothing. A built test checks that no marked
// page lies outside them (e2e/files/search-index.test.ts).
//
//   node scripts/search-index.ts     index the built site in OUT_DIR (default dist/)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildSettings } from '../src/lib/site.ts';
import { TRANSLATION_LOCALES } from '../src/lib/content/collections.ts';

/**
 * The pages Pagefind reads, relative to the built site: every page marked data-pagefind-body, an
 * entry's, in English and in each language it is translated into.
 */
const ENTRY_FOLDERS = ['claims', 'actors', 'places'];
export const INDEXED_PAGES = `{${[
  ...ENTRY_FOLDERS,
  ...TRANSLATION_LOCALES.flatMap((locale) => ENTRY_FOLDERS.map((folder) => `${locale}/${folder}`)),
].join(',')}}/*/index.html`;

/** Indexes the site built in `outDir` into `outDir/pagefind/`; throws saying what Pagefind reported. */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number; seconds: number }> {
  const start = performance.now();
  // One index per language, by each page's <html lang>: the search page of a language loads its own.
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const indexed = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  await pagefind.close();
  const problems = [...indexed.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
  return { pages: indexed.page_count, seconds: (performance.now() - start) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { outDir } = buildSettings();
  try {
    const { pages, seconds } = await writeSearchIndex(outDir);
    console.log(`search index: read ${pages} pages in ${seconds.toFixed(1)} s`);
  } catch (error) {
    console.error(
      `contested: the search index of ${outDir} was not built. ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
