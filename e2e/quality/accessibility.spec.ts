import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { builtPages, inShard, repeatsTranslatedTemplate, siteOf } from '../sites.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Two runs cover both schemes and both widths: the scheme alone sets colours, and the width alone
// sets layout (the test below keeps it so), so dark at 1280 px or light at 320 px would show axe
// nothing these two do not.
const combinations = [
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 320 },
] as const;

// Properties a width's media query may set: spacing and columns, which change neither what is shown
// nor how it contrasts (a larger or smaller font would change which contrast ratio applies).
const LAYOUT_ONLY =
  /^(margin|padding|gap|row-gap|column-gap|grid-template-|grid-column|grid-row|flex-|justify-|align-|order$|width$|min-width$|max-width$|height$|min-height$|max-height$)/;

/** Every declaration the built style sheets make inside a media query on the viewport's width. */
function widthRules(css: string): { query: string; property: string }[] {
  const found: { query: string; property: string }[] = [];
  for (const match of css.matchAll(/@media([^{]*)\{/g)) {
    const query = match[1]!.trim();
    if (!/width/.test(query)) continue;
    // The block runs to the brace that closes the query's own.
    let depth = 1;
    let end = match.index + match[0].length;
    for (; depth > 0 && end < css.length; end++) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0;
    const block = css.slice(match.index + match[0].length, end - 1);
    for (const [, body] of block.matchAll(/\{([^{}]*)\}/g)) {
      for (const declaration of body!.split(';')) {
        const property = declaration.split(':')[0]!.trim();
        if (property) found.push({ query, property });
      }
    }
  }
  return found;
}

test('a width changes layout only, never a colour, a size of text or what is shown', () => {
  const target = siteOf(test.info().project.name);
  const folder = join(target.outDir, '_astro');
  const sheets = readdirSync(folder).filter((name) => name.endsWith('.css'));
  expect(sheets.length).toBeGreaterThan(0);
  const rules = sheets.flatMap((name) => widthRules(readFileSync(join(folder, name), 'utf8')));
  // The site has width rules, so this reads them rather than nothing.
  expect(rules.length).toBeGreaterThan(0);
  expect(rules.filter(({ property }) => !LAYOUT_ONLY.test(property))).toEqual([]);
});

// The axe runs are independent: with two workers (playwright.config.ts) they run two at a time.
test.describe.configure({ mode: 'parallel' });

// axe is given to every page as it loads (a script the browser runs before the page's own, which no
// policy of the page's blocks), not injected after each load as AxeBuilder does: over every page of
// both sites, four times, that halves the gate's time.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Each combination's pages are checked in shards (inShard): one test over every page took 2.2 of its
// 3 minutes here, and more than 3 on a slower machine.
const SHARDS = 4;

for (const { scheme, width } of combinations) {
  for (let shard = 0; shard < SHARDS; shard++) {
    const title = `every page passes axe (WCAG 2.2 A and AA) in the ${scheme} scheme at ${width} px, shard ${shard + 1} of ${SHARDS}`;
    test(title, async ({ page }) => {
      test.setTimeout(180_000);
      await page.context().addInitScript({ content: axeSource });
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 800 });
      const violations: string[] = [];
      // A former address (alias) only redirects: it would navigate away mid-check. Its markup is still
      // checked by the HTML validator, and its behaviour by the alias tests.
      const target = siteOf(test.info().project.name);
      const pages = builtPages(target).filter(
        (p) => !p.document.querySelector('meta[http-equiv="refresh"]') && !repeatsTranslatedTemplate(target, p.url),
      );
      expect(pages.length).toBeGreaterThan(10 * SHARDS);
      for (const { url } of inShard(pages, shard, SHARDS)) {
        await page.goto(url);
        // Only violations are read: axe then skips the node details of passes and inapplicable rules.
        const results = await page.evaluate(
          (tags) =>
            (window as unknown as { axe: typeof axe }).axe.run(document, {
              runOnly: { type: 'tag', values: tags },
              resultTypes: ['violations'],
            }),
          WCAG_22_AA,
        );
        for (const violation of results.violations) {
          violations.push(
            `${url}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        }
      }
      expect(violations).toEqual([]);
    });
  }
}

/** Tab from the top of the page until focus comes round again, noting what is focused and how it looks. */
async function tabThrough(page: Page) {
  const stops: { key: string; visible: boolean }[] = [];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const index = [...document.querySelectorAll('*')].indexOf(element);
      return {
        key: `${index}:${element.tagName}:${element.getAttribute('href') ?? ''}`,
        visible: outline || style.boxShadow !== 'none',
      };
    });
    if (!stop || stops.some((seen) => seen.key === stop.key)) break;
    stops.push(stop);
  }
  return stops;
}

test('every link and control is reachable by keyboard, in document order, with a visible focus', async ({ page }) => {
  const target = siteOf(test.info().project.name);
  const pages = [
    target.urls.home(),
    target.urls.timeline(),
    target.urls.claim(target.claims[0]?.slug ?? ''),
    target.urls.actors(),
  ];
  for (const url of pages) {
    await page.goto(url);
    const focusable = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ]
        // Links inside a closed <details> are rendered nowhere and rightly skipped by Tab; links taken
        // out of the tab order (the overview chart's bars, whose table holds the same links) too.
        .filter((element) => element.checkVisibility() && element.getAttribute('tabindex') !== '-1')
        .map(
          (element) =>
            `${[...document.querySelectorAll('*')].indexOf(element)}:${element.tagName}:${element.getAttribute('href') ?? ''}`,
        ),
    );
    const stops = await tabThrough(page);
    expect(stops[0]?.key, `${url}: the skip link comes first`).toMatch(/:A:#main$/);
    expect(
      stops.map((stop) => stop.key),
      url,
    ).toEqual(focusable);
    expect(
      stops.filter((stop) => !stop.visible).map((stop) => stop.key),
      `${url}: focus is visible`,
    ).toEqual([]);
  }
});
