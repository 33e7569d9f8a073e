// The site's data files, written here after Astro has rendered the pages instead of going through its
// route pipeline: each claim's JSON record (/claims/<slug>.json), its oEmbed record in each language
// its page is in (/claims/<slug>/oembed.json, /uk/claims/<slug>/oembed.json) and the open data
// (/data/*.json, *.csv, the Data Package and /data/schema/). A record is one JSON.stringify, yet at
// 10,000 claims 10,000 routes cost the build's one rendering thread about as much as 10,000 pages.
// The files come from the validated content (the same schema Astro's collections use) through the
// same function as the /data/ page's list of them (src/lib/data/open-data-files.ts). Each claim's
// JSON record is kept in CACHE_DIR/records/ under a hash of its bytes and linked into the site
// (src/lib/link-files.ts), so a rebuild writes only the records that changed. `npm run dev` serves
// every one of these files from the routes under src/pages/claims/, src/pages/[...locale]/claims/
// (the oEmbed records) and src/pages/data/, which build no paths in a production build.
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asCollectionEntry } from '../lib/content/rules.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { oembedRecords } from '../lib/data/oembed-records.ts';
import { openDataFiles } from '../lib/data/open-data-files.ts';
import { toJson, type ClaimRecord, type TranslationSource } from '../lib/data/records.ts';
import type { TranslationEntry } from '../lib/content/translation-rules.ts';
import { linkOrCopy } from '../lib/link-files.ts';
import { shortHash } from '../lib/short-hash.ts';
import { buildSettings } from '../lib/site.ts';
import { SITE_NAME } from '../lib/structured-data.ts';
import { createUrls } from '../lib/urls.ts';

const asTranslationSource = ({ collection, slug, language, data }: TranslationEntry): TranslationSource => ({
  collection,
  slug,
  locale: language,
  data,
});

/** @param content the validated content, known once it has been validated. */
export default function dataFiles(content: () => ValidationResult): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'contested:data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const urls = createUrls(base);
        const outDir = fileURLToPath(dir);
        const inSite = (path: string) => join(outDir, path.slice(urls.home().length));
        const { claims, actors, places, editors, translations } = content();
        const data = openDataFiles(
          {
            claims: claims.map(asCollectionEntry),
            actors: actors.map(asCollectionEntry),
            places: places.map(asCollectionEntry),
            translations: translations.map(asTranslationSource),
          },
          site,
          urls,
          SITE_NAME,
        );

        const written = linkClaimRecords(data.claims, (slug) => inSite(urls.claimJson(slug)));
        logger.info(`claim records: ${data.claims.length} in the site, ${written} written, the rest unchanged`);

        const oembed = oembedRecords(
          {
            claims: claims.map(asCollectionEntry),
            actors: actors.map(asCollectionEntry),
            editors: editors.map(asCollectionEntry),
            translations: translations.map(asTranslationSource),
          },
          new URL(site),
          base,
        );
        // Each beside its page, whose folder exists already.
        for (const { path, record } of oembed) writeFileSync(inSite(path), toJson(record));
        logger.info(`oEmbed records: ${oembed.length} written, in every language a claim is in`);

        mkdirSync(inSite(urls.dataSchema('')), { recursive: true });
        for (const file of data.files) writeFileSync(inSite(urls.dataFile(file.name)), file.text);
        for (const schema of data.schemas) writeFileSync(inSite(urls.dataSchema(schema.name)), schema.text);
        logger.info(`open data: ${data.files.length} files and ${data.schemas.length} schemas written`);
      },
    },
  };
}

/**
 * Each claim's JSON record, kept in the cache under a hash of its bytes and linked into the site at
 * `fileOf(slug)`: a record that has not changed is not written again. Returns how many were written.
 */
function linkClaimRecords(records: readonly ClaimRecord[], fileOf: (slug: string) => string): number {
  const cache = join(buildSettings().cacheDir, 'records');
  mkdirSync(cache, { recursive: true });
  const used = new Set<string>();
  let written = 0;
  const folders = new Set<string>();
  for (const record of records) {
    const file = fileOf(record.slug);
    const folder = dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    const text = toJson(record);
    const name = `${shortHash(text)}.json`;
    used.add(name);
    if (!existsSync(join(cache, name))) {
      writeFileSync(join(cache, name), text);
      written++;
    }
    linkOrCopy(join(cache, name), file);
  }
  // Records no claim has any more: the cache holds only this build's.
  for (const name of readdirSync(cache)) if (!used.has(name)) unlinkSync(join(cache, name));
  return written;
}
