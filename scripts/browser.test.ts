// The browser chain on a machine the test makes up: what is installed, what each install command
// provides, who runs it, and what the lookups throw. Each case checks which commands ran, in order,
// and what the chain ends with.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_ENV,
  browsersOnPath,
  ensureChromium,
  findChromium,
  type BrowserOutcome,
  type BrowserSystem,
} from './browser.ts';

const PLAYWRIGHT_CHROME = '/home/user/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const NPX_INSTALL = 'npx playwright install chromium';
const APT_UPDATE = 'apt-get update';
const APT_INSTALL = 'apt-get install -y --no-install-recommends chromium';

interface Machine {
  env?: Record<string, string>;
  /** Files that exist before anything runs. */
  files?: string[];
  /** What each command line does: the files it leaves behind, or false where it fails. */
  commands?: Record<string, string[] | false | 'throws'>;
  isRoot?: boolean;
  isDebian?: boolean;
  /** A system lookup that throws, as chrome-launcher's does on Linux when it finds nothing. */
  systemLookupThrows?: boolean;
  playwrightLookupThrows?: boolean;
}

/** A made-up machine, and the command lines run on it so far. */
function machine({
  env = {},
  files = [],
  commands = {},
  isRoot = true,
  isDebian = true,
  systemLookupThrows = false,
  playwrightLookupThrows = false,
}: Machine): { system: BrowserSystem; ran: string[] } {
  const present = new Set(files);
  const ran: string[] = [];
  const system: BrowserSystem = {
    env,
    playwrightPath: () => {
      if (playwrightLookupThrows) throw new Error('Unsupported platform');
      return PLAYWRIGHT_CHROME;
    },
    systemBrowsers: () => {
      if (systemLookupThrows)
        throw Object.assign(new Error('The CHROME_PATH environment variable must be set'), {
          code: 'ERR_LAUNCHER_PATH_NOT_SET',
        });
      return present.has(SYSTEM_CHROMIUM) ? [SYSTEM_CHROMIUM] : [];
    },
    exists: (path) => present.has(path),
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      ran.push(line);
      const effect = commands[line] ?? false;
      if (effect === 'throws') throw new Error(`spawn ${command} ENOENT`);
      if (effect === false) return false;
      effect.forEach((file) => present.add(file));
      return true;
    },
    isRoot,
    isDebian,
  };
  return { system, ran };
}

/** The chain's closing line; fails the test where it found a browser instead. */
function problemOf(outcome: BrowserOutcome): string {
  if (!('problem' in outcome)) throw new Error(`found ${outcome.found.executablePath}, expected no browser`);
  return outcome.problem;
}

describe('the browser chain', () => {
  it('on a bare Debian machine as root, where every lookup finds nothing or throws, tries each install in order and ends with one line', () => {
    const { system, ran } = machine({ systemLookupThrows: true, commands: { [APT_UPDATE]: [] } });
    const outcome = ensureChromium(system);
    expect(ran).toEqual([NPX_INSTALL, APT_UPDATE, APT_INSTALL]);
    expect(problemOf(outcome)).toMatch(/^contested: no Chromium .*apt-get install chromium/);
    expect(problemOf(outcome)).not.toContain('\n');
  });

  it('a lookup that throws passes on to the next step instead of stopping the chain', () => {
    const { system } = machine({ playwrightLookupThrows: true, files: [SYSTEM_CHROMIUM] });
    expect(ensureChromium(system)).toEqual({ found: { source: 'system', executablePath: SYSTEM_CHROMIUM } });
    const throwing = machine({ systemLookupThrows: true, commands: { [NPX_INSTALL]: [PLAYWRIGHT_CHROME] } });
    expect(ensureChromium(throwing.system)).toEqual({
      found: { source: 'playwright', executablePath: PLAYWRIGHT_CHROME },
    });
  });

  it('CHROMIUM_PATH comes first, and nothing is installed', () => {
    const { system, ran } = machine({ env: { [BROWSER_ENV]: '/opt/chrome' }, files: ['/opt/chrome', SYSTEM_CHROMIUM] });
    expect(ensureChromium(system)).toEqual({ found: { source: 'env', executablePath: '/opt/chrome' } });
    expect(ran).toEqual([]);
  });

  it('a CHROMIUM_PATH with no file there stops with a line naming it, installing nothing', () => {
    const { system, ran } = machine({ env: { [BROWSER_ENV]: '/opt/missing' }, files: [SYSTEM_CHROMIUM] });
    expect(ensureChromium(system)).toEqual({
      problem: `contested: ${BROWSER_ENV} is set to /opt/missing, but there is no file there.`,
    });
    expect(ran).toEqual([]);
  });

  it("Playwright's own browser comes before a system one", () => {
    const { system, ran } = machine({ files: [PLAYWRIGHT_CHROME, SYSTEM_CHROMIUM] });
    expect(ensureChromium(system)).toEqual({ found: { source: 'playwright', executablePath: PLAYWRIGHT_CHROME } });
    expect(ran).toEqual([]);
  });

  it('a system Chromium is used when Playwright has none', () => {
    const { system, ran } = machine({ files: [SYSTEM_CHROMIUM] });
    expect(ensureChromium(system)).toEqual({ found: { source: 'system', executablePath: SYSTEM_CHROMIUM } });
    expect(ran).toEqual([]);
  });

  it("where Playwright's download works, its browser is used and apt-get is never run", () => {
    const { system, ran } = machine({ commands: { [NPX_INSTALL]: [PLAYWRIGHT_CHROME] } });
    expect(ensureChromium(system)).toEqual({ found: { source: 'playwright', executablePath: PLAYWRIGHT_CHROME } });
    expect(ran).toEqual([NPX_INSTALL]);
  });

  it("where Playwright's download fails, root on Debian installs Debian's chromium and uses it", () => {
    const { system, ran } = machine({ commands: { [APT_UPDATE]: [], [APT_INSTALL]: [SYSTEM_CHROMIUM] } });
    expect(ensureChromium(system)).toEqual({ found: { source: 'system', executablePath: SYSTEM_CHROMIUM } });
    expect(ran).toEqual([NPX_INSTALL, APT_UPDATE, APT_INSTALL]);
  });

  it('an install command that cannot be started counts as a failed step', () => {
    const { system, ran } = machine({
      commands: { [NPX_INSTALL]: 'throws', [APT_UPDATE]: [], [APT_INSTALL]: [SYSTEM_CHROMIUM] },
    });
    expect(ensureChromium(system)).toEqual({ found: { source: 'system', executablePath: SYSTEM_CHROMIUM } });
    expect(ran).toEqual([NPX_INSTALL, APT_UPDATE, APT_INSTALL]);
  });

  it('a failed apt-get update stops before apt-get install', () => {
    const { system, ran } = machine({ commands: { [APT_INSTALL]: [SYSTEM_CHROMIUM] } });
    expect(ensureChromium(system)).toHaveProperty('problem');
    expect(ran).toEqual([NPX_INSTALL, APT_UPDATE]);
  });

  it('an install that exits 0 but leaves no browser ends with the message', () => {
    const { system } = machine({ commands: { [NPX_INSTALL]: [], [APT_UPDATE]: [], [APT_INSTALL]: [] } });
    expect(problemOf(ensureChromium(system))).toContain('no Chromium');
  });

  it('a user who is not root gets no apt-get, and one line saying what to install', () => {
    const { system, ran } = machine({ isRoot: false });
    const outcome = ensureChromium(system);
    expect(ran).toEqual([NPX_INSTALL]);
    expect(problemOf(outcome)).toMatch(/sudo apt-get install chromium.*npx playwright install chromium.*CHROMIUM_PATH/);
  });

  it('root on a system that is not Debian gets no apt-get, and a message without it', () => {
    const { system, ran } = machine({ isDebian: false });
    const outcome = ensureChromium(system);
    expect(ran).toEqual([NPX_INSTALL]);
    expect(problemOf(outcome)).not.toContain('apt-get');
  });

  it('findChromium alone installs nothing and finds nothing on a bare machine', () => {
    const { system, ran } = machine({ systemLookupThrows: true, playwrightLookupThrows: true });
    expect(findChromium(system)).toBeUndefined();
    expect(ran).toEqual([]);
  });
});

describe('browsersOnPath', () => {
  it('finds executable files by the names Chrome and Chromium go by, in PATH order, and nothing on an empty PATH', () => {
    const root = mkdtempSync(join(tmpdir(), 'contested-path-'));
    const [first, second] = [join(root, 'a'), join(root, 'b')];
    mkdirSync(first);
    mkdirSync(second);
    const executable = (path: string, mode: number) => {
      writeFileSync(path, '#!/bin/sh\n');
      chmodSync(path, mode);
    };
    executable(join(first, 'google-chrome'), 0o755);
    executable(join(second, 'chromium'), 0o755);
    executable(join(first, 'chromium-browser'), 0o644);
    mkdirSync(join(first, 'chrome'));
    expect(browsersOnPath({ PATH: [first, second].join(delimiter) }, 'linux')).toEqual([
      join(second, 'chromium'),
      join(first, 'google-chrome'),
    ]);
    expect(browsersOnPath({ PATH: '' }, 'linux')).toEqual([]);
    expect(browsersOnPath({}, 'linux')).toEqual([]);
  });
});
