// npm run weight: prints each built page's weight (HTML and CSS gzipped, and any JavaScript), after a
// build. The limits are checked by e2e/files/weight.test.ts in npm test; this shows the figures.
import { buildSettings } from '../src/lib/site.ts';
import { FIRST_ROUND_TRIP, isBudgetedPage, measureSite } from '../src/lib/page-weight.ts';

const { outDir, base } = buildSettings();
const weights = measureSite(outDir, base);
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(5);
console.log(`${'page'.padEnd(58)} html.gz  css.gz   total  js`);
for (const w of weights) {
  const share = isBudgetedPage(w.url, base)
    ? ` ${Math.round(((w.htmlGzip + w.cssGzip) / FIRST_ROUND_TRIP) * 100)}% of budget`
    : '';
  console.log(
    `${w.url.padEnd(58)} ${kb(w.htmlGzip)}K  ${kb(w.cssGzip)}K  ${kb(w.htmlGzip + w.cssGzip)}K  ${w.javascript}${share}`,
  );
}
const budgeted = weights.filter((w) => isBudgetedPage(w.url, base));
const heaviest = Math.max(...budgeted.map((w) => w.htmlGzip + w.cssGzip));
console.log(
  `\n${weights.length} pages; ${budgeted.length} claim and incident pages, the heaviest ${kb(heaviest).trim()} KB of ${FIRST_ROUND_TRIP / 1024} KB.`,
);
