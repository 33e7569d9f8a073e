// Builds the Pagefind search index after Astro has written the site, with Pagefind's Node API, so the
// index always matches the pages. Only pages marked data-pagefind-body are indexed (claims, actors).
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The folder under the site's output where Pagefind writes its index and scripts. */
export const PAGEFIND_FOLDER = 'pagefind';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'contested:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const start = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: outDir });
        const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_FOLDER) });
        await pagefind.close();
        const problems = [...indexed.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        const seconds = ((performance.now() - start) / 1000).toFixed(1);
        logger.info(`search index: read ${indexed.page_count} pages in ${seconds} s`);
      },
    },
  };
}
