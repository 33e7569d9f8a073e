// What the end-to-end tests need to know about a built site: where it is and how its URLs look,
// from the same settings and helpers the build uses.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createUrls, type Urls } from '../src/lib/urls.ts';
import { buildSettings, type BuildSettings } from '../src/lib/site.ts';
import { readContentFiles, validateContentFiles } from '../src/lib/content/validate.ts';
import type { ClaimEntry, ActorEntry } from '../src/lib/content/rules.ts';
import { FIXTURE_ENV } from './fixture-site/settings.mjs';

const root = resolve(import.meta.dirname, '..');

export interface BuiltSite {
  settings: BuildSettings;
  urls: Urls;
  claims: ClaimEntry[];
  actors: ActorEntry[];
  /** The file in the output folder that a site URL is served from. */
  distFile: (url: string) => string;
  /** Site URLs of every HTML page built. */
  htmlPages: () => string[];
}

function builtSite(env: Record<string, string | undefined>): BuiltSite {
  const settings = buildSettings(env);
  const outDir = join(root, settings.outDir);
  const { claims, actors } = validateContentFiles(readContentFiles(join(root, settings.contentDir)), {
    today: '9999-12-31',
  });
  const distFile = (url: string) => {
    const path = url.slice(settings.base.length);
    return join(outDir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
  };
  const htmlPages = () =>
    readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => settings.base + relative(outDir, join(outDir, file)).replace(/index\.html$/, ''))
      .sort();
  return { settings, urls: createUrls(settings.base), claims, actors, distFile, htmlPages };
}

/** The real site, built into dist/ from content/. */
export const site = builtSite(process.env);

/** The fictional fixture site, built into dist-fixture/ from e2e/fixture-site/content/. */
export const fixtureSite = builtSite({ ...process.env, ...FIXTURE_ENV });
