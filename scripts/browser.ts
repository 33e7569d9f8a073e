// Finds a Chromium for the browser tests and scripts without installing anything: CHROMIUM_PATH if
// set, else Playwright's own browser, else a Chrome or Chromium installed on the system (found by
// chrome-launcher, as Lighthouse finds one). Used by playwright.config.ts, ensure-browser.ts and the
// screenshot and audit scripts.
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Environment variable that names a Chromium or Chrome binary to use instead of any other. */
export const BROWSER_ENV = 'CHROMIUM_PATH';

export interface FoundBrowser {
  source: 'env' | 'playwright' | 'system';
  executablePath: string;
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const override = env[BROWSER_ENV];
  if (override) return { source: 'env', executablePath: override };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { source: 'playwright', executablePath: bundled };
  const [installed] = Launcher.getInstallations();
  return installed ? { source: 'system', executablePath: installed } : undefined;
}

/**
 * How Playwright launches the browser found: a system Chromium run as root needs --no-sandbox, and
 * background networking is off so the browser itself never reaches for another origin. Playwright's
 * own browser needs nothing.
 */
export function launchOptions(found: FoundBrowser | undefined = findChromium()): LaunchOptions {
  if (!found || found.source === 'playwright') return {};
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
