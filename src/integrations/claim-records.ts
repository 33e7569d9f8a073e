// Each claim's JSON record (/claims/<slug>.json) is written here, after Astro has rendered the pages,
// instead of going through Astro's route pipeline: a record is one JSON.stringify, and at 10,000
// claims 10,000 routes cost the build's one rendering thread about as much as 10,000 pages. The
// records come from the validated content (the same schema Astro's collections use) and the same
// record function as /data/claims.json. Each record is kept in CACHE_DIR/records/ under a hash of its
// bytes and linked into the site (src/lib/link-files.ts), so a rebuild writes only the records that
// changed. `npm run dev` serves them from src/pages/claims/[slug].json.ts, which builds no paths in a
// production build.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimEntry } from '../lib/content/rules.ts';
import { claimRecord, toJson } from '../lib/data/records.ts';
import { linkOrCopy } from '../lib/link-files.ts';
import { buildSettings } from '../lib/site.ts';
import { SITE_NAME } from '../lib/structured-data.ts';
import { createUrls } from '../lib/urls.ts';

/** @param claims the validated claims, known once the content has been validated. */
export default function claimRecords(claims: () => readonly ClaimEntry[]): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'contested:claim-records',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const urls = createUrls(base);
        const outDir = fileURLToPath(dir);
        const context = {
          siteName: SITE_NAME,
          absolute: (path: string) => new URL(path, site).href,
          claimPath: urls.claim,
          actorPath: urls.actor,
        };
        const cache = join(buildSettings().cacheDir, 'records');
        mkdirSync(cache, { recursive: true });
        const used = new Set<string>();
        let written = 0;
        const folders = new Set<string>();
        for (const claim of claims()) {
          const file = join(outDir, urls.claimJson(claim.slug).slice(urls.home().length));
          const folder = dirname(file);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          const text = toJson(claimRecord({ id: claim.slug, data: claim.data }, context));
          const name = `${createHash('sha256').update(text).digest('base64url').slice(0, 22)}.json`;
          used.add(name);
          if (!existsSync(join(cache, name))) {
            writeFileSync(join(cache, name), text);
            written++;
          }
          linkOrCopy(join(cache, name), file);
        }
        // Records no claim has any more: the cache holds only this build's.
        for (const name of readdirSync(cache)) if (!used.has(name)) unlinkSync(join(cache, name));
        logger.info(`claim records: ${claims().length} in the site, ${written} written, the rest unchanged`);
      },
    },
  };
}
