// Builds and serves the site through Astro's own JavaScript API (build(), preview()): the one way the
// tests and scripts start the site. The config reads its settings (SITE_URL, CONTENT_DIR, OUT_DIR…)
// from the environment when it loads, so a build with other settings runs in a process of its own.
//
//   node scripts/astro-site.ts build [--fixture]              build dist/ (or the fixture site)
//   node scripts/astro-site.ts preview [--fixture] --port N   serve it until stopped
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, preview } from 'astro';
import { FIXTURE_ENV } from '../e2e/fixture-site/settings.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const self = fileURLToPath(import.meta.url);

type Env = Record<string, string | undefined>;

/** Builds the site with these settings (added to the current environment); throws if the build fails. */
export function buildSite(env: Env = {}): void {
  const { status } = spawnSync(process.execPath, [self, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (status !== 0) throw new Error(`The build failed (exit code ${status}).`);
}

/**
 * Serves the site built with these settings on 127.0.0.1:`port`, in this process: resolves once the
 * server listens. The settings are set on this process's environment, for the config to read.
 */
export async function previewSite(port: number, env: Env = {}): Promise<{ origin: string; stop: () => Promise<void> }> {
  Object.assign(process.env, env);
  const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

if (process.argv[1] === self) {
  const { values, positionals } = parseArgs({
    options: { fixture: { type: 'boolean', default: false }, port: { type: 'string', default: '4321' } },
    allowPositionals: true,
  });
  if (values.fixture) Object.assign(process.env, FIXTURE_ENV);
  const [command] = positionals;
  if (command === 'build') {
    await build({ root, logLevel: 'warn' });
  } else if (command === 'preview') {
    const { origin } = await previewSite(Number(values.port));
    console.log(`Serving ${process.env['OUT_DIR'] ?? 'dist'} at ${origin}/`);
  } else {
    console.error('usage: node scripts/astro-site.ts build|preview [--fixture] [--port N]');
    process.exit(2);
  }
}
