// Makes sure the browser tests have a Chromium that starts: finds or installs one (the chain in
// browser.ts), then launches it once, so a browser that cannot run fails here with one line rather
// than in every test. Set CHROMIUM_PATH to use a particular binary.
import { chromium } from '@playwright/test';
import { ensureChromium, launchOptions } from './browser.ts';

const outcome = ensureChromium();
if ('problem' in outcome) {
  console.error(outcome.problem);
  process.exit(1);
}
const { found } = outcome;
const name = found.source === 'playwright' ? "Playwright's Chromium" : found.executablePath;
try {
  const browser = await chromium.launch(launchOptions(found));
  console.log(`contested: browser tests use ${name} (${browser.version()})`);
  await browser.close();
} catch (error) {
  const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  console.error(`contested: ${name} was found but does not start: ${reason}`);
  process.exit(1);
}
