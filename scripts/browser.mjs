// Finds a Chromium for the end-to-end tests without installing anything. Shared by
// scripts/ensure-browser.mjs (which installs one when none is found) and playwright.config.ts.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/** Environment variable that names a Chromium or Chrome binary to use instead of any other. */
export const BROWSER_ENV = 'CHROMIUM_PATH';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(command) {
  try {
    return (
      execFileSync('which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/**
 * @returns {{ source: 'env' | 'playwright' | 'system', executablePath: string } | undefined}
 *   `executablePath` is the binary to launch; Playwright's own browser needs none passed.
 */
export function findChromium(env = process.env) {
  const override = env[BROWSER_ENV];
  if (override) return { source: 'env', executablePath: override };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { source: 'playwright', executablePath: bundled };
  for (const candidate of ['/usr/bin/chromium', ...SYSTEM_BROWSERS]) {
    const path = candidate.startsWith('/') ? (existsSync(candidate) ? candidate : undefined) : onPath(candidate);
    if (path) return { source: 'system', executablePath: path };
  }
  return undefined;
}
