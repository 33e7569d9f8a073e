// The real servers the publishing docs name, started on this machine for the host tests: Cloudflare's
// own runtime (`wrangler pages dev`, which reads `_headers` and `_redirects` as Cloudflare Pages does)
// and Debian's nginx with the server blocks of docs/deploy.md, read from the document itself. Each
// serves a built site at the root or under its sub-path, laid out as the docs say to publish it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BuiltSite } from '../sites.ts';

const root = resolve(import.meta.dirname, '../..');

/** Where `scripts/ensure-hosts.ts` installs the pinned wrangler on first use (e2e/hosts/cloudflare/). */
export const CLOUDFLARE_TOOLS = join(import.meta.dirname, 'cloudflare');
export const WRANGLER = join(CLOUDFLARE_TOOLS, 'node_modules/wrangler/bin/wrangler.js');
/** Debian's nginx binary; the host tests skip nginx, saying why, where it is not installed. */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

export interface Server {
  origin: string;
  stop: () => Promise<void>;
}

/** Throws where something already answers at `origin`: the tests would talk to it instead. */
async function portFree(origin: string): Promise<void> {
  const answers = await fetch(origin, { redirect: 'manual' }).then(
    () => true,
    () => false,
  );
  if (answers) throw new Error(`something already answers at ${origin}; stop it before the host tests`);
}

/**
 * Waits until a started server answers; where it never does, stops it and removes its folder before
 * saying why, so that no server outlives a failed start.
 */
async function serving(
  origin: string,
  server: ReturnType<typeof started>,
  scratch: string | undefined,
  output = server.output,
): Promise<Server> {
  const stop = async () => {
    await server.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
  try {
    await answering(origin, server.child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

/** Resolves once `origin` answers an HTTP request, or rejects with what the server printed. */
async function answering(origin: string, child: ChildProcess, output: () => string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  throw new Error(`the server did not answer at ${origin} within ${seconds} s:\n${output()}`);
}

function started(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      // A server that ignores SIGTERM must not hold its port into the next run.
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return { child, output: () => output, stop };
}

/**
 * A folder laid out as a host publishes the site: the build itself for a site at the root; for a site
 * under a sub-path, a folder holding the build at that path, with the host files (which already
 * carry the sub-path) at its top, where the host reads them.
 */
function published(site: BuiltSite, scratch: string, { hostFilesOnTop }: { hostFilesOnTop: boolean }): string {
  const base = site.settings.base;
  if (base === '/') return site.outDir;
  const top = join(scratch, 'www');
  const at = join(top, base);
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(site.outDir, at.replace(/\/$/, ''));
  if (hostFilesOnTop) for (const file of ['_headers', '_redirects']) cpSync(join(site.outDir, file), join(top, file));
  return top;
}

function scratchFolder(name: string): string {
  const scratch = mkdtempSync(join(tmpdir(), `contested-${name}-`));
  // nginx's workers run as an unprivileged user, which must be able to read what it serves.
  chmodSync(scratch, 0o755);
  return scratch;
}

/** The compatibility date the installed runtime (workerd) supports: wrangler refuses a newer one. */
function compatibilityDate(): string {
  const workerd = createRequire(WRANGLER)('workerd') as { compatibilityDate: string };
  return workerd.compatibilityDate;
}

/** `wrangler pages dev` on the site, offline: no metrics, no fetch of Cloudflare's request data. */
export async function startCloudflare(site: BuiltSite, port: number): Promise<Server> {
  const scratch = scratchFolder('cloudflare');
  const folder = published(site, scratch, { hostFilesOnTop: true });
  const origin = `http://127.0.0.1:${port}`;
  await portFree(origin);
  const server = started(
    process.execPath,
    [
      WRANGLER,
      'pages',
      'dev',
      folder,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--compatibility-date',
      compatibilityDate(),
    ],
    {
      // wrangler keeps its state in .wrangler/ of the folder it runs in.
      cwd: scratch,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' },
    },
  );
  return serving(origin, server, scratch);
}

/**
 * A plain static server, as GitHub Pages is: Astro's preview (scripts/astro-site.ts), which reads
 * neither `_headers` nor `_redirects`. For the fixture site, under its sub-path.
 */
export async function startPlainStatic(port: number): Promise<Server> {
  const server = started(
    process.execPath,
    [join(root, 'scripts/astro-site.ts'), 'preview', '--fixture', '--port', String(port)],
    {
      cwd: root,
    },
  );
  return serving(`http://127.0.0.1:${port}`, server, undefined);
}

const DEPLOY_DOC = join(root, 'docs/deploy.md');

/** The fenced blocks of docs/deploy.md in a language, in order. */
export function deployDocBlocks(language: string, text = readFileSync(DEPLOY_DOC, 'utf8')): string[] {
  return [...text.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map(
    (match) => match[1] ?? '',
  );
}

/** docs/deploy.md's server block for a site at the root (first) or under a sub-path (second). */
export function nginxServerBlock(base: string): string {
  const [atRoot, underSubPath] = deployDocBlocks('nginx');
  const block = base === '/' ? atRoot : underSubPath;
  if (!block) throw new Error(`docs/deploy.md has no nginx server block for a site at ${base}`);
  return block;
}

/**
 * The document's server block, made to run here: it listens on a local port without TLS (the
 * certificate lines go), and its root and redirects file are this build's. Nothing else is changed.
 */
export function localServerBlock(
  block: string,
  { port, root: rootFolder, redirects }: { port: number; root: string; redirects: string },
): string {
  const replaced = block
    .replace(/^(\s*)listen .*;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_certificate(_key)? .*;\n/gm, '')
    .replace(/^(\s*)root .*;$/m, `$1root ${rootFolder};`)
    .replace(/^(\s*)include \S*redirects\S*;$/m, `$1include ${redirects};`);
  for (const [what, pattern] of [
    ['listen', /listen 127\.0\.0\.1:/],
    ['root', new RegExp(`root ${rootFolder};`)],
    ['include of the redirects', new RegExp(`include ${redirects};`)],
  ] as const)
    if (!pattern.test(replaced)) throw new Error(`the nginx block in docs/deploy.md has no ${what} line to set`);
  return replaced;
}

/** The document's command that turns `_redirects` into nginx rules, run on this build's file. */
function redirectRules(site: BuiltSite, output: string): void {
  const command = deployDocBlocks('sh').find((block) => block.includes('_redirects') && block.includes('awk'));
  if (!command) throw new Error('docs/deploy.md has no command turning _redirects into nginx rules');
  const local = command
    .trim()
    .replace('dist/_redirects', join(site.outDir, '_redirects'))
    .replace(/> \S+$/, `> ${output}`);
  const ran = spawnSync('sh', ['-c', local], { encoding: 'utf8' });
  if (ran.status !== 0) throw new Error(`${local} failed: ${ran.stderr}`);
}

/** Debian's nginx with the server block of docs/deploy.md for this site's base. */
export async function startNginx(site: BuiltSite, port: number): Promise<Server> {
  if (!NGINX) throw new Error('nginx is not installed');
  const scratch = scratchFolder('nginx');
  const folder = published(site, scratch, { hostFilesOnTop: false });
  const redirects = join(scratch, 'redirects.conf');
  redirectRules(site, redirects);
  const temp = join(scratch, 'temp');
  mkdirSync(temp);
  const mimeTypes = ['/etc/nginx/mime.types'].find((path) => existsSync(path));
  const config = join(scratch, 'nginx.conf');
  writeFileSync(
    config,
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(scratch, 'nginx.pid')};`,
      `error_log ${join(scratch, 'error.log')};`,
      'events {}',
      'http {',
      mimeTypes ? `  include ${mimeTypes};` : '',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(temp, kind)};`),
      localServerBlock(nginxServerBlock(site.settings.base), { port, root: folder, redirects }),
      '}',
      '',
    ].join('\n'),
  );
  const origin = `http://127.0.0.1:${port}`;
  await portFree(origin);
  const server = started(NGINX, ['-c', config, '-p', scratch, '-e', join(scratch, 'error.log')], { cwd: scratch });
  const errorLog = join(scratch, 'error.log');
  return serving(
    origin,
    server,
    scratch,
    () => `${server.output()}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`,
  );
}
