// npm run weight: prints each built page's weight and fails when a limit is broken: no JavaScript and
// no web fonts anywhere, images with dimensions, and every claim page's HTML and CSS within the first
// round trip (14 KB gzipped). Part of npm test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSettings } from '../src/lib/site.ts';
import { FIRST_ROUND_TRIP, measurePage, weightProblems } from '../src/lib/page-weight.ts';

const { outDir, base } = buildSettings();
const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
const readAsset = (path: string) => {
  const file = join(outDir, path.slice(base.length));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const weights = files
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) =>
    measurePage(
      base + relative(outDir, join(outDir, file)).replace(/index\.html$/, ''),
      readFileSync(join(outDir, file), 'utf8'),
      readAsset,
    ),
  );
const isClaimPage = (url: string) => new RegExp(`^${base}claims/[^/]+/$`).test(url);

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(5);
console.log(`${'page'.padEnd(58)} html.gz  css.gz   total  js`);
for (const w of weights) {
  const flag = isClaimPage(w.url)
    ? ` ${Math.round(((w.htmlGzip + w.cssGzip) / FIRST_ROUND_TRIP) * 100)}% of budget`
    : '';
  console.log(
    `${w.url.padEnd(58)} ${kb(w.htmlGzip)}K  ${kb(w.cssGzip)}K  ${kb(w.htmlGzip + w.cssGzip)}K  ${w.javascript}${flag}`,
  );
}
const fontFiles = files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file));
const scriptFiles = files.filter((file) => /\.m?js$/.test(file));
const problems = [
  ...weightProblems(weights, { budgeted: isClaimPage, budget: FIRST_ROUND_TRIP }),
  ...fontFiles.map((file) => `${file}: a web font in the build (allowed: system fonts only)`),
  ...scriptFiles.map((file) => `${file}: a script file in the build (allowed: none)`),
];
const claimPages = weights.filter((w) => isClaimPage(w.url));
const heaviest = Math.max(...claimPages.map((w) => w.htmlGzip + w.cssGzip));
console.log(
  `\n${weights.length} pages; ${claimPages.length} claim pages, the heaviest ${kb(heaviest).trim()} KB of ${FIRST_ROUND_TRIP / 1024} KB; ` +
    `${scriptFiles.length} script files; ${fontFiles.length} font files.`,
);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
