// Incremental builds: a rebuild copies the claim pages that did not change from the last build
// (astro.config's experimental.incrementalBuild, keyed by src/lib/cache-key.ts; share cards are
// redrawn only when they change too, e2e/files/share-cards.test.ts), yet it
// publishes exactly what a cold build of the same content publishes, even after edits that reach
// other pages: an actor renamed (every claim page and card of the actor), a claim retitled (the
// claims related to it), a claim's body alone edited, or its translation's (its page only: the content
// layer renders bodies, src/content.config.ts, so the key must cover them), a translation added or
// removed (the language links of the entry's pages) and a claim deleted (its page, linked
// from the cache before Astro renders, src/integrations/cached-pages.ts, must not stay behind).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../../scripts/astro-site.ts';
import { fixtureCopy } from '../fixture-site/settings.ts';
import { differingFiles } from './compare-builds.ts';

const CLAIM_PAGES = 'src/pages/[...locale]/claims/[slug].astro';
const ARCHIVE_ROUTES = [
  'src/pages/[...locale]/timeline/[...period].astro',
  'src/pages/[...locale]/timeline/status/[status]/[...period].astro',
  'src/pages/[...locale]/timeline/actor/[slug]/[...period].astro',
  'src/pages/[...locale]/unverified/[...period].astro',
];
const archiveKeys = (cacheDir: string) => new Map(ARCHIVE_ROUTES.flatMap((route) => [...keys(cacheDir, route)]));

/** Each path's key in Astro's incremental-build manifest, for one route. */
function keys(cacheDir: string, route: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { cacheKey: string }> }>;
  };
  return new Map(Object.entries(manifest.routes[route]?.paths ?? {}).map(([path, { cacheKey }]) => [path, cacheKey]));
}

const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after]
    .filter(([path, key]) => before.get(path) !== key)
    .map(([path]) => path.replace(/\/$/, '').split('/').at(-1));

it('rebuilds what an edit reaches, copies the rest, and publishes what a cold build does', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'contested-incremental-'));
  try {
    const warm = fixtureCopy(scratch);
    buildSite(warm);
    const pagesBefore = keys(warm.CACHE_DIR, CLAIM_PAGES);
    expect(pagesBefore.size).toBeGreaterThan(5);
    const archivesBefore = archiveKeys(warm.CACHE_DIR);
    expect(archivesBefore.size).toBeGreaterThan(10);

    const edit = (file: string, from: RegExp, to: string) => {
      const path = join(warm.CONTENT_DIR, file);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(path, text.replace(from, to));
    };
    // North's ministry makes north-strike and north-parade; north-strike is related to south-no-damage.
    // Titles keep naming it as they did, by what becomes its short name.
    edit(
      'actors/ministry-north.mdx',
      /^name: Ministry of North$/m,
      'name: Ministry of North (defence)\nshortName: Ministry of North',
    );
    // Its translation follows, as validation requires: a short name where the English has one.
    edit(
      'actors/ministry-north.uk.mdx',
      /^name: Міністерство Півночі$/m,
      'name: Міністерство Півночі (оборони)\nshortName: Міністерство Півночі',
    );
    edit('claims/south-no-damage.mdx', /^title: (.*)$/m, 'title: $1 (retitled)');
    edit('claims/governor-single.mdx', /\n*$/, '\n\nA sentence added to the body alone.\n');
    // A translation's body alone: its page in that language is rendered again.
    edit('claims/north-drone-tally.uk.mdx', /\n*$/, '\n\nРечення, додане лише до перекладу.\n');
    rmSync(join(warm.CONTENT_DIR, 'claims/north-january-drill.mdx'));
    // A translation added and one removed: the entries' pages in every language link to their versions.
    writeFileSync(
      join(warm.CONTENT_DIR, 'actors/monitor-east.ru.mdx'),
      '---\nname: Восточная группа мониторинга\ntranslation: machine-assisted\n---\n\nВымышленная группа.\n',
    );
    rmSync(join(warm.CONTENT_DIR, 'places/northern-province.ru.mdx'));
    buildSite(warm);
    expect(existsSync(join(warm.OUT_DIR, 'claims/north-january-drill/index.html'))).toBe(false);

    const pagesAfter = keys(warm.CACHE_DIR, CLAIM_PAGES);
    expect(changed(pagesBefore, pagesAfter).sort()).toEqual(
      expect.arrayContaining(['governor-single', 'north-parade', 'north-strike', 'south-no-damage']),
    );
    expect(readFileSync(join(warm.OUT_DIR, 'claims/governor-single/index.html'), 'utf8')).toContain(
      'A sentence added to the body alone.',
    );
    expect(readFileSync(join(warm.OUT_DIR, 'uk/claims/north-drone-tally/index.html'), 'utf8')).toContain(
      'Речення, додане лише до перекладу.',
    );
    const russianVersion = '<link rel="alternate" hreflang="ru"';
    expect(readFileSync(join(warm.OUT_DIR, 'actors/monitor-east/index.html'), 'utf8')).toContain(russianVersion);
    expect(readFileSync(join(warm.OUT_DIR, 'places/northern-province/index.html'), 'utf8')).not.toContain(
      russianVersion,
    );
    // Claims that show nothing of what was edited keep their keys, so their pages were copied.
    const kept = [...pagesAfter.keys()].map((path) => path.split('/').at(-2));
    expect(kept.filter((slug) => !changed(pagesBefore, pagesAfter).includes(slug))).toEqual(
      expect.arrayContaining(['east-quiet', 'west-bridge-closed']),
    );

    // Archive pages too: those listing a claim of the renamed party or the retitled claim are rendered
    // again (most of this small site's), the rest copied.
    const archivesAfter = archiveKeys(warm.CACHE_DIR);
    const archivesChanged = [...archivesAfter].filter(([path, key]) => archivesBefore.get(path) !== key);
    expect(archivesChanged.length).toBeGreaterThan(0);
    expect(archivesChanged.length).toBeLessThan(archivesAfter.size);

    const cold = { ...warm, OUT_DIR: join(scratch, 'dist-cold'), CACHE_DIR: join(scratch, 'cache-cold') };
    buildSite(cold);
    expect(differingFiles(warm.OUT_DIR, cold.OUT_DIR).differing).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 180_000);
