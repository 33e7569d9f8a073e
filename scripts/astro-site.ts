// Builds and serves the site through Astro's own JavaScript API (build(), preview()): the one way
// npm run build, the tests and the scripts build and start the site. A build is Astro in a process of
// its own, then the search index (scripts/search-index.ts) once Astro has exited, so the two never
// hold memory at once. The config reads its settings (SITE_URL, CONTENT_DIR, OUT_DIR…) from the
// environment when it loads, so a build with other settings runs in processes of its own.
//
//   node scripts/astro-site.ts build [--fixture [--at-root]] [--quiet]
//                                  build dist/ (or the fixture site, under /contested/ or at the root)
//   node scripts/astro-site.ts preview [--fixture] --port N   serve it until stopped
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FIXTURE_AT_ROOT_ENV, FIXTURE_ENV } from '../e2e/fixture-site/settings.ts';
import { SECURITY_HEADERS } from '../src/lib/security.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const self = fileURLToPath(import.meta.url);
const searchIndex = fileURLToPath(new URL('search-index.ts', import.meta.url));

type Env = Record<string, string | undefined>;

/** Runs a Node script with these settings added to the environment; its exit code. */
/**
 * Variables a test runner sets in its own environment for the code it runs (Vitest sets Vite's
 * BASE_URL, MODE, SITE…): a build started from a test must not inherit them, or Vite takes them for
 * the site's own (a base of "/" for a site under /contested/).
 */
const RUNNER_ONLY = /^(?:VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|SITE|ASSETS_PREFIX)$/;

function run(args: string[], env: Env = {}): number {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_ONLY.test(name)));
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...inherited, ...env } }).status ?? 1;
}

/** Astro's build, then the search index once Astro has exited; the first exit code that is not 0. */
function buildSteps(quiet: boolean, env: Env = {}): number {
  const astro = run([self, 'astro-build', ...(quiet ? ['--quiet'] : [])], env);
  return astro !== 0 ? astro : run([searchIndex], env);
}

/** Builds the site with these settings (added to the current environment), logging warnings only. */
export function buildSite(env: Env = {}): void {
  const status = buildSteps(true, env);
  if (status !== 0) throw new Error(`The build failed (exit code ${status}).`);
}

/**
 * Serves the site built with these settings on 127.0.0.1:`port`, in this process: resolves once the
 * server listens. The settings are set on this process's environment, for the config to read. Every
 * response carries the headers `_headers` gives every path, as a real host sends them, so every
 * browser test runs under the real policy.
 */
export async function previewSite(port: number, env: Env = {}): Promise<{ origin: string; stop: () => Promise<void> }> {
  Object.assign(process.env, env);
  const { preview } = await import('astro');
  const server = await preview({
    root,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, headers: { ...SECURITY_HEADERS } },
  });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

if (process.argv[1] === self) {
  const { values, positionals } = parseArgs({
    options: {
      fixture: { type: 'boolean', default: false },
      'at-root': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      port: { type: 'string', default: '4321' },
    },
    allowPositionals: true,
  });
  if (values.fixture) Object.assign(process.env, values['at-root'] ? FIXTURE_AT_ROOT_ENV : FIXTURE_ENV);
  const logLevel = values.quiet ? 'warn' : 'info';
  const [command] = positionals;
  if (command === 'build') {
    // Each step says what went wrong itself, so a failure only passes its exit code on.
    process.exitCode = buildSteps(values.quiet);
  } else if (command === 'astro-build') {
    // Astro alone, for the build above: its process ends before the search index starts.
    const { build } = await import('astro');
    await build({ root, logLevel });
  } else if (command === 'preview') {
    const { origin } = await previewSite(Number(values.port));
    console.log(`Serving ${process.env['OUT_DIR'] ?? 'dist'} at ${origin}/`);
  } else {
    console.error('usage: node scripts/astro-site.ts build|preview [--fixture [--at-root]] [--quiet] [--port N]');
    process.exit(2);
  }
}
