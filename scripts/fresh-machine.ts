// npm run test:fresh: the browser chain (ensure-browser.ts) run as on a new machine. Each case runs it
// in a child process whose environment hides every browser: a PATH holding only stand-ins for `npx`
// and `apt-get`, an empty PLAYWRIGHT_BROWSERS_PATH and HOME, no CHROMIUM_PATH. A stand-in records how
// it was called, and where the case says so "installs" a browser by putting a launcher for this
// machine's real Chromium where the real install would. The check passes when the chain tries the
// installs in order, then launches what was installed, or ends with its one line where nothing can be.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, noBrowserMessage } from './browser.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const ensureBrowser = fileURLToPath(new URL('ensure-browser.ts', import.meta.url));
const NOBODY = 65534;

const NPX_INSTALL = 'npx playwright install chromium';
const APT_UPDATE = 'apt-get update';
const APT_INSTALL = 'apt-get install -y --no-install-recommends chromium';

interface Case {
  name: string;
  /** Command lines that succeed, with the files each leaves (a browser launcher at each path). */
  succeeds: (places: Places) => Record<string, string[]>;
  /** Run as an unprivileged user (only possible, and only needed, when this check runs as root). */
  asNobody?: boolean;
  /** Why the case cannot run here, if it cannot. */
  skip?: string | false;
  expectRan: string[];
  /** What the chain's last line says: which browser it launched, or its message. */
  expectLast: (places: Places) => string | RegExp;
  expectExit: number;
}

interface Places {
  bin: string;
  playwrightChrome: string;
}

const isRoot = process.getuid?.() === 0;
const isDebian = (() => {
  try {
    readFileSync('/etc/debian_version');
    return true;
  } catch {
    return false;
  }
})();

/** Whether an unprivileged user can read the project (a checkout under /root, for one, it cannot). */
function nobodyCanRead(): boolean {
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(ensureBrowser)})`], {
    uid: NOBODY,
    gid: NOBODY,
  });
  return probe.status === 0;
}

const CASES: Case[] = [
  {
    name: "root on Debian, Playwright's download unreachable: installs Debian's chromium and launches it",
    succeeds: ({ bin }) => ({ [APT_UPDATE]: [], [APT_INSTALL]: [join(bin, 'chromium')] }),
    skip: !(isRoot && isDebian) && 'needs root on Debian, as the chain runs apt-get only there',
    expectRan: [NPX_INSTALL, APT_UPDATE, APT_INSTALL],
    expectLast: ({ bin }) => new RegExp(`^contested: browser tests use ${join(bin, 'chromium')} \\(`),
    expectExit: 0,
  },
  {
    name: "Playwright's download works: installs Playwright's Chromium and launches it",
    succeeds: ({ playwrightChrome }) => ({ [NPX_INSTALL]: [playwrightChrome] }),
    expectRan: [NPX_INSTALL],
    expectLast: () => /^contested: browser tests use Playwright's Chromium \(/,
    expectExit: 0,
  },
  {
    name: 'not root, nothing installable: ends with one line saying what to install',
    succeeds: () => ({}),
    asNobody: isRoot,
    skip:
      isRoot &&
      !nobodyCanRead() &&
      'run as root, it runs the chain as the user nobody, who cannot read this checkout; it runs wherever nobody can',
    expectRan: [NPX_INSTALL],
    expectLast: () => noBrowserMessage({ isDebian }),
    expectExit: 1,
  },
];

/** A stand-in for a command: records each call, and succeeds, leaving these files, for the lines given. */
function standIn(log: string, succeeds: Record<string, string[]>, launcher: string): string {
  return `#!${process.execPath}
const fs = require('node:fs');
const path = require('node:path');
const line = [path.basename(process.argv[1]), ...process.argv.slice(2)].join(' ');
fs.appendFileSync(${JSON.stringify(log)}, line + '\\n');
const leaves = ${JSON.stringify(succeeds)}[line];
if (!leaves) process.exit(1);
for (const file of leaves) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, ${JSON.stringify(launcher)}, { mode: 0o755 });
}
`;
}

/** Where Playwright's Chromium goes when PLAYWRIGHT_BROWSERS_PATH is `browsers`, as Playwright says. */
function playwrightChromeIn(browsers: string): string {
  const asked = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "console.log((await import('@playwright/test')).chromium.executablePath())"],
    { cwd: root, encoding: 'utf8', env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsers } },
  );
  return asked.stdout.trim();
}

function runCase(check: Case, realBrowser: string): string[] {
  const scratch = mkdtempSync(join(tmpdir(), 'contested-fresh-'));
  try {
    chmodSync(scratch, 0o777);
    const places: Places = {
      bin: join(scratch, 'bin'),
      playwrightChrome: playwrightChromeIn(join(scratch, 'browsers')),
    };
    const log = join(scratch, 'ran.log');
    writeFileSync(log, '');
    chmodSync(log, 0o666);
    // The stand-ins are CommonJS whatever the folders above say.
    writeFileSync(join(scratch, 'package.json'), '{ "type": "commonjs" }\n');
    for (const dir of [places.bin, join(scratch, 'browsers'), join(scratch, 'home')]) {
      mkdirSync(dir, { recursive: true, mode: 0o777 });
      chmodSync(dir, 0o777);
    }
    // A launcher for the real browser, with the PATH this machine's own launcher scripts need.
    const launcher = `#!/bin/sh\nPATH=${JSON.stringify(process.env['PATH'] ?? '')} exec ${JSON.stringify(realBrowser)} "$@"\n`;
    for (const command of ['npx', 'apt-get'])
      writeFileSync(join(places.bin, command), standIn(log, check.succeeds(places), launcher), { mode: 0o755 });
    const child = spawnSync(process.execPath, [ensureBrowser], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: places.bin, HOME: join(scratch, 'home'), PLAYWRIGHT_BROWSERS_PATH: join(scratch, 'browsers') },
      ...(check.asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    const ran = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    const lines = `${child.stdout}${child.stderr}`.split('\n').filter(Boolean);
    const last = lines.findLast((line) => line.startsWith('contested: ')) ?? '';
    const expected = check.expectLast(places);
    const problems = [
      JSON.stringify(ran) !== JSON.stringify(check.expectRan) &&
        `ran ${JSON.stringify(ran)}, expected ${JSON.stringify(check.expectRan)}`,
      child.status !== check.expectExit && `exited ${child.status}, expected ${check.expectExit}`,
      !(typeof expected === 'string' ? last === expected : expected.test(last)) &&
        `ended with ${JSON.stringify(last)}, expected ${String(expected)}`,
    ].filter((problem): problem is string => typeof problem === 'string');
    if (problems.length > 0) problems.push(`its output:\n${lines.map((line) => `    ${line}`).join('\n')}`);
    return problems;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const real = findChromium();
if (!real) {
  console.error(
    'fresh-machine check: it needs a Chromium to hand to its stand-in installs; run `node scripts/ensure-browser.ts` first.',
  );
  process.exit(1);
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const check of CASES) {
  if (check.skip) {
    console.log(`- skipped: ${check.name} (${check.skip})`);
    skipped += 1;
    continue;
  }
  const problems = runCase(check, real.executablePath);
  if (problems.length === 0) {
    console.log(`✓ ${check.name}`);
    passed += 1;
  } else {
    console.log(`✗ ${check.name}\n  ${problems.join('\n  ')}`);
    failed += 1;
  }
}
console.log(`fresh-machine check: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
