// Finds a Chromium for the browser tests and scripts, and (ensureChromium) installs one where none is
// found. The chain, each step reached whenever the one before finds nothing, whatever a lookup throws:
// CHROMIUM_PATH, Playwright's own browser, a Chrome or Chromium on the PATH (or in /Applications),
// `npx playwright install chromium`, and as root on Debian or Ubuntu `apt-get install chromium`; then
// one line saying what to install. Every lookup and command comes in through BrowserSystem, so the
// unit tests drive the whole chain on any machine. Used by playwright.config.ts, ensure-browser.ts,
// fresh-machine.ts and the screenshot and audit scripts.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Environment variable that names a Chromium or Chrome binary to use instead of any other. */
export const BROWSER_ENV = 'CHROMIUM_PATH';

export interface FoundBrowser {
  source: 'env' | 'playwright' | 'system';
  executablePath: string;
}

/** What the chain looks at and runs: the real machine's, or a test's. */
export interface BrowserSystem {
  env: Readonly<Record<string, string | undefined>>;
  /** Where Playwright's own Chromium is or would be installed. May throw. */
  playwrightPath: () => string;
  /** Chrome or Chromium binaries installed on the system, best first. May throw. */
  systemBrowsers: () => readonly string[];
  exists: (path: string) => boolean;
  /** Runs a command, its output shown; whether it exited 0. */
  run: (command: string, args: readonly string[]) => boolean;
  isRoot: boolean;
  /** Debian or a distribution built on it (Ubuntu), where apt-get installs a Chromium. */
  isDebian: boolean;
}

/** Names a Chrome or Chromium goes by on the PATH, in the order they are preferred. */
const SYSTEM_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const MAC_APPLICATIONS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Chrome or Chromium binaries on this PATH (and, on macOS, in /Applications). */
export function browsersOnPath(
  env: Readonly<Record<string, string | undefined>>,
  platform = process.platform,
): string[] {
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const onPath = SYSTEM_BROWSER_NAMES.flatMap((name) => dirs.map((dir) => join(dir, name)));
  return [...onPath, ...(platform === 'darwin' ? MAC_APPLICATIONS : [])].filter(isExecutableFile);
}

/** This machine, as the chain sees it. */
export function thisMachine(env: NodeJS.ProcessEnv = process.env): BrowserSystem {
  return {
    env,
    playwrightPath: () => chromium.executablePath(),
    systemBrowsers: () => browsersOnPath(env),
    exists: existsSync,
    run: (command, args) => {
      console.log(`contested: running ${command} ${args.join(' ')}`);
      return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
    },
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync('/etc/debian_version'),
  };
}

/** A lookup's answer, or undefined where it throws (chrome-launcher, for one, throws on finding none). */
function attempt<T>(lookup: () => T): T | undefined {
  try {
    return lookup();
  } catch {
    return undefined;
  }
}

/** The first browser the chain's lookups find, installing nothing; undefined where none is found. */
export function findChromium(
  system: Omit<BrowserSystem, 'run' | 'isRoot' | 'isDebian'> = thisMachine(),
): FoundBrowser | undefined {
  const override = system.env[BROWSER_ENV];
  if (override) return { source: 'env', executablePath: override };
  const bundled = attempt(system.playwrightPath);
  if (bundled && attempt(() => system.exists(bundled))) return { source: 'playwright', executablePath: bundled };
  const [installed] = attempt(system.systemBrowsers) ?? [];
  return installed ? { source: 'system', executablePath: installed } : undefined;
}

interface InstallStep {
  /** Commands run one after another; the step fails at the first that fails. */
  commands: readonly CommandLine[];
  applies: (system: BrowserSystem) => boolean;
}

type CommandLine = readonly [string, ...string[]];

/** How a package is installed from Debian's archive (as root): the lists refreshed, then the package alone. */
export function debianInstall(pkg: string): readonly CommandLine[] {
  return [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', pkg],
  ];
}

/** Runs command lines one after another until one fails; whether all succeeded. A throw is a failure. */
export function runAll(system: Pick<BrowserSystem, 'run'>, commands: readonly CommandLine[]): boolean {
  return commands.every(([command, ...args]) => attempt(() => system.run(command, args)) === true);
}

/** What the chain installs when it finds nothing, in order. */
export const INSTALL_STEPS: readonly InstallStep[] = [
  // Playwright's download works where its CDN is reachable, and fails within seconds where it is not.
  { commands: [['npx', 'playwright', 'install', 'chromium']], applies: () => true },
  {
    commands: debianInstall('chromium'),
    applies: (system) => system.isRoot && system.isDebian,
  },
];

/** The one line the chain ends with where no browser could be found or installed. */
export function noBrowserMessage(system: Pick<BrowserSystem, 'isDebian'>): string {
  const install = system.isDebian
    ? "install Debian's Chromium as root (`sudo apt-get install chromium`; `npm test` does it itself when run as root)"
    : "install Chrome or Chromium from your system's packages";
  return `contested: no Chromium for the browser tests: ${install}, or run \`npx playwright install chromium\` where Playwright's download server is reachable, or set ${BROWSER_ENV} to a Chromium binary.`;
}

export type BrowserOutcome = { found: FoundBrowser } | { problem: string };

/** Finds a Chromium, installing one where the lookups find none; never throws. */
export function ensureChromium(system: BrowserSystem = thisMachine()): BrowserOutcome {
  const override = system.env[BROWSER_ENV];
  if (override && !attempt(() => system.exists(override)))
    return { problem: `contested: ${BROWSER_ENV} is set to ${override}, but there is no file there.` };
  let found = findChromium(system);
  for (const step of INSTALL_STEPS) {
    if (found) break;
    if (!step.applies(system)) continue;
    if (runAll(system, step.commands)) found = findChromium(system);
  }
  return found ? { found } : { problem: noBrowserMessage(system) };
}

/**
 * How Playwright launches the browser found: by the path the chain checked (Playwright's own included,
 * so a headless run never looks for a second binary the chain did not find), without the sandbox a
 * browser run as root cannot have, and with background networking off so the browser itself never
 * reaches for another origin.
 */
export function launchOptions(found: FoundBrowser | undefined = findChromium()): LaunchOptions {
  if (!found) return {};
  return {
    executablePath: found.executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
