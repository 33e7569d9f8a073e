// Writes `_redirects` and `_headers` into the built site, for hosts that read them, from the validated
// content (former slugs) and the security policy; both follow the base path of SITE_URL.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirectsFile, type MovedClaim } from '../lib/host-files.ts';
import { headersFile } from '../lib/security.ts';
import { createUrls } from '../lib/urls.ts';

/** @param movedClaims the claims with former slugs, known once the content has been validated. */
export default function hostFiles(movedClaims: () => readonly MovedClaim[]): AstroIntegration {
  let base = '/';
  return {
    name: 'contested:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const urls = createUrls(base);
        const outDir = fileURLToPath(dir);
        writeFileSync(join(outDir, '_redirects'), redirectsFile(movedClaims(), base));
        writeFileSync(join(outDir, '_headers'), headersFile(urls.home()));
      },
    },
  };
}
