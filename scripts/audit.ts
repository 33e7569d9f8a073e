// npm run audit: Lighthouse (mobile) on the home page, the timeline and a claim page, with the local
// Chromium, printing the four category scores. The goal is 100 in each. The site is built for the
// audit into a scratch folder with SITE_URL set to the address it is served at, so canonical links
// point where Lighthouse expects them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './browser.ts';
import { buildSite, previewSite } from './astro-site.ts';
import { createUrls } from '../src/lib/urls.ts';

const PORT = 4396;
const scratch = mkdtempSync(join(tmpdir(), 'contested-audit-'));
const env = {
  SITE_URL: `http://127.0.0.1:${PORT}/`,
  OUT_DIR: join(scratch, 'dist'),
  CACHE_DIR: join(scratch, 'cache'),
};

buildSite(env);
const { origin, stop } = await previewSite(PORT, env);

const found = findChromium();
const chrome = await chromeLauncher.launch({
  ...(found ? { chromePath: found.executablePath } : {}),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const urls = createUrls('/');
const pages = [urls.home(), urls.timeline(), urls.claim('crimea-42-drones')];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
let below = 0;
try {
  console.log(`${'page'.padEnd(30)}${categories.map((c) => c.padStart(16)).join('')}`);
  for (const path of pages) {
    const result = await lighthouse(origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    console.log(`${path.padEnd(30)}${scores.map((s) => String(s).padStart(16)).join('')}`);
    for (const category of categories) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          below++;
          console.log(
            `  ${category}: ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
          );
          if (audit.explanation) console.log(`    ${audit.explanation}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await stop();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  below === 0
    ? '\nEvery audit passed: 100 in every category on every page.'
    : `\n${below} audit(s) below full marks, listed above.`,
);
