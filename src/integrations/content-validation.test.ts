import { existsSync, mkdtempSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, publicBuildProblem } from './content-validation.ts';
import { baseAbout, contentFiles, mdx, TODAY } from '../lib/content/__fixtures__/content.ts';
import { PLACEHOLDER } from '../lib/content/templates.ts';
import type { ContentFile } from '../lib/content/validate.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function contentDirWith(files: ContentFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'contested-content-'));
  for (const { file, text } of files) {
    const path = join(root, file.replace(/^content\//, ''));
    mkdirSync(text === null ? path : join(path, '..'), { recursive: true });
    if (text !== null) writeFileSync(path, text);
  }
  return root;
}

describe('the build-time content check', () => {
  it('passes valid content', () => {
    expect(checkContent(contentDirWith(contentFiles()), 'content', TODAY).ok).toBe(true);
  });

  it('fails the build listing every problem with file and field', () => {
    const dir = contentDirWith(
      contentFiles({
        claims: { 'missile-shot-down': { title: 'Too short', claimant: 'nobody' } },
        actors: { 'ministry-a': { name: 'Ministry A', kind: 'ministry', affiliation: 'russia', colour: 'red' } },
      }),
    );
    const { ok, lines } = checkContent(dir, 'content', TODAY);
    expect(ok).toBe(false);
    expect(lines).toContain(
      'content/actors/ministry-a.mdx:5: colour: found an unknown field (value "red"); allowed only the fields name, shortName, kind, affiliation, role',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/claims\/missile-shot-down\.mdx:\d+: title: found "Too short" \(9 characters\); allowed/,
        ),
        expect.stringMatching(/^content\/claims\/missile-shot-down\.mdx:1: claimedOn: found nothing/),
        expect.stringMatching(/^content\/claims\/missile-shot-down\.mdx:1: status: found nothing/),
      ]),
    );
    expect(lines.at(-1)).toMatch(/^\d+ problems in 2 files\.$/);
  });

  it('skips drafts whose names start with an underscore', () => {
    const files = [
      ...contentFiles(),
      { collection: 'claims' as const, file: 'content/claims/_draft.mdx', text: 'not even frontmatter' },
    ];
    expect(checkContent(contentDirWith(files), 'content', TODAY).ok).toBe(true);
  });
});

describe('build settings', () => {
  it.each([
    ['not a URL', 'example.org/contested/'],
    ['not http(s)', 'ftp://example.org/contested/'],
    ['with a query', 'https://example.org/contested/?a=1'],
    ['with a fragment', 'https://example.org/contested/#top'],
  ])(
    'stop the build in one line for a SITE_URL %s',
    (_, siteUrl) => {
      const outDir = mkdtempSync(join(tmpdir(), 'contested-out-'));
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, SITE_URL: siteUrl, OUT_DIR: outDir },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `contested: SITE_URL is "${siteUrl}"; expected an absolute http(s) address with no query or fragment, such as https://example.org/contested/\n`,
      );
    },
    30_000,
  );
});

describe('the About page', () => {
  const withPlaceholder = () =>
    contentFiles().map((file) =>
      file.collection === 'about'
        ? { ...file, text: mdx({ ...baseAbout, contact: `${PLACEHOLDER} how readers reach the editors` }) }
        : file,
    );

  it('is required: content without one fails, naming the file and what it must say', () => {
    const { ok, lines } = checkContent(
      contentDirWith(contentFiles().filter((file) => file.collection !== 'about')),
      'content',
      TODAY,
    );
    expect(ok).toBe(false);
    expect(lines[0]).toMatch(
      /^content\/about\.mdx:1: file: found no file; allowed the About page: who publishes the site/,
    );
  });

  it('may keep placeholders in a local build, but a build for a public address stops in one line', () => {
    const [about] = checkContent(contentDirWith(withPlaceholder()), 'content', TODAY).about;
    expect(publicBuildProblem('http://localhost:4321/', about, 'content')).toBeUndefined();
    expect(publicBuildProblem('http://127.0.0.1:4400/contested/', about, 'content')).toBeUndefined();
    expect(publicBuildProblem('https://example.org/contested/', about, 'content')).toBe(
      'contested: content/about.mdx still holds placeholders (contact); say who publishes the site, how it is funded, its conflicts of interest and how to reach the editors before publishing it at https://example.org/contested/',
    );
    const [finished] = checkContent(contentDirWith(contentFiles()), 'content', TODAY).about;
    expect(publicBuildProblem('https://example.org/contested/', finished, 'content')).toBeUndefined();
  });

  it('stops `astro build` for a public address while it holds placeholders, with that one line', () => {
    const contentDir = contentDirWith(withPlaceholder());
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        SITE_URL: 'https://example.org/contested/',
        CONTENT_DIR: contentDir,
        OUT_DIR: join(contentDir, '..', 'out'),
        CACHE_DIR: join(contentDir, '..', 'cache'),
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^contested: .*about\.mdx still holds placeholders \(contact\)/),
    ]);
  }, 30_000);
});

describe('astro dev', () => {
  it('answers a page with every problem, status 500, while the content breaks a rule, and with the page again once fixed', async () => {
    const contentDir = contentDirWith(contentFiles());
    // astro dev keeps its content store in the project's .astro/, not in CACHE_DIR: one left by a run on
    // the real content (astro sync, a dev session) would be read for this other folder and fail to load.
    // Moved aside for this run and put back, so the contributor's own store is as it was.
    const store = join(root, '.astro/data-store.json');
    const aside = `${store}.aside`;
    if (existsSync(store)) renameSync(store, aside);
    const server = spawn(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '4431'],
      {
        cwd: root,
        stdio: 'ignore',
        // Its own process group, so that the server and whatever it starts stop together.
        detached: true,
        // As a contributor runs it: not in Vitest's test mode, which Vite would take over.
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
          NODE_ENV: 'development',
          CONTENT_DIR: contentDir,
          CACHE_DIR: join(contentDir, '..', 'cache'),
        },
      },
    );
    const status = async () => {
      try {
        const response = await fetch('http://127.0.0.1:4431/claims/missile-shot-down/', {
          headers: { accept: 'text/html' },
        });
        return { status: response.status, text: await response.text() };
      } catch {
        return { status: 0, text: '' };
      }
    };
    try {
      await expect.poll(async () => (await status()).status, { timeout: 60_000 }).toBe(200);
      // A claim's record, which a build writes outside Astro's routes, is served by the dev server too.
      const record = await fetch('http://127.0.0.1:4431/claims/missile-shot-down.json');
      expect(record.status).toBe(200);
      expect(await record.json()).toMatchObject({ slug: 'missile-shot-down', claimant: 'ministry-a' });
      // So is its share card, which a build writes outside Astro's routes too.
      const card = await fetch('http://127.0.0.1:4431/cards/claims/missile-shot-down.png');
      expect(card.status).toBe(200);
      expect(card.headers.get('content-type')).toBe('image/png');
      // And the open data and the site's own card, written by a build's own steps as well.
      const data = await fetch('http://127.0.0.1:4431/data/claims.json');
      expect(((await data.json()) as { slug: string }[]).map(({ slug }) => slug)).toContain('missile-shot-down');
      expect((await fetch('http://127.0.0.1:4431/data/claims.csv')).headers.get('content-type')).toMatch(/^text\/csv/);
      expect((await fetch('http://127.0.0.1:4431/data/schema/claim.json')).status).toBe(200);
      const siteCard = await fetch('http://127.0.0.1:4431/cards/site.png');
      expect(siteCard.headers.get('content-type')).toBe('image/png');
      // A body is rendered as its entry is loaded (src/content.config.ts): the page shows it.
      expect((await status()).text).toContain('<p>Some prose about the entry.</p>');
      const file = join(contentDir, 'claims/missile-shot-down.mdx');
      const valid = readFileSync(file, 'utf8');
      writeFileSync(file, valid.replace('status: unverified', 'status: unverifed'));
      await expect.poll(async () => (await status()).status, { timeout: 30_000 }).toBe(500);
      expect((await status()).text).toMatch(/claims\/missile-shot-down\.mdx:\d+: status: found &quot;unverifed&quot;/);
      writeFileSync(file, valid);
      await expect.poll(async () => (await status()).status, { timeout: 30_000 }).toBe(200);
    } finally {
      const exited = new Promise((done) => server.once('exit', done));
      process.kill(-(server.pid ?? 0), 'SIGKILL');
      await exited;
      if (existsSync(aside)) renameSync(aside, store);
    }
    // Starting astro dev takes seconds, more beside the other unit tests on two cores.
  }, 180_000);
});
