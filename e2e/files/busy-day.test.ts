// A day with more claims than a page may list, built: the fixture's 7 March 2024 given five claims, four
// by two parties in one incident and one in another, with a page bound of 2. The day is cut by
// incident, and the incident's day, still over the bound, by claimant (src/lib/archives.ts; the unit tests hold a day of 1,000
// claims). Every list page stays within the bound, the day's page lists its parts with their counts,
// and each claim is on exactly one page of the timeline.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../../scripts/astro-site.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { fixtureCopy } from '../fixture-site/settings.ts';

const BOUND = 2;
const DAY = '2024/03/07';
const scratch = mkdtempSync(join(tmpdir(), 'contested-busy-day-'));
const site = { ...fixtureCopy(scratch), PAGE_SIZE: String(BOUND) };
const urls = createUrls(new URL(site.SITE_URL).pathname);
/** The claims of the busy day: east-quiet, already on it, and four more. */
const DAY_CLAIMS = ['east-quiet', 'east-quiet-2', 'east-winter', 'governor-quiet-1', 'governor-quiet-2'];

beforeAll(() => {
  // Copies of east-quiet (Eastern Monitoring Group, fixture-incident, 7 March 2024): one its own
  // party's, one its party's in the other incident, two the northern governor's.
  const original = readFileSync(join(site.CONTENT_DIR, 'claims/east-quiet.mdx'), 'utf8');
  const governors = (text: string) =>
    text
      .replace('claimant: monitor-east', 'claimant: governor-north')
      .replace(
        'title: Eastern Monitoring Group says the front was quiet for a day',
        'title: Governor of the Northern Province says the province was quiet for a day',
      );
  writeFileSync(join(site.CONTENT_DIR, 'claims/east-quiet-2.mdx'), original);
  writeFileSync(
    join(site.CONTENT_DIR, 'claims/east-winter.mdx'),
    original.replace('incident: fixture-incident', 'incident: fixture-winter'),
  );
  writeFileSync(join(site.CONTENT_DIR, 'claims/governor-quiet-1.mdx'), governors(original));
  writeFileSync(join(site.CONTENT_DIR, 'claims/governor-quiet-2.mdx'), governors(original));
  buildSite(site);
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every page under the timeline, by its address, with the claims it lists. */
function timelinePages(): Map<string, string[]> {
  const root = join(site.OUT_DIR, 'timeline');
  return new Map(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => {
        const document = parse(readFileSync(join(root, file), 'utf8'));
        const listed = document.querySelectorAll('main .claim-title').map((link) => link.getAttribute('href') ?? '');
        return [`${urls.timeline()}${file.replace(/index\.html$/, '')}`, [...new Set(listed)]];
      }),
  );
}

it('cuts the day by incident, then by claimant, each part within the bound', () => {
  const pages = timelinePages();
  const overfull = [...pages].filter(([, listed]) => listed.length > BOUND).map(([url]) => url);
  expect(overfull).toEqual([]);
  const dayParts = [...pages.keys()].filter((url) => url.startsWith(urls.timeline(DAY)) && url !== urls.timeline(DAY));
  expect(dayParts).toEqual(
    expect.arrayContaining([
      urls.timeline(`${DAY}/fixture-incident`),
      urls.timeline(`${DAY}/fixture-incident/monitor-east`),
      urls.timeline(`${DAY}/fixture-incident/governor-north`),
      urls.timeline(`${DAY}/fixture-winter`),
    ]),
  );
});

it("lists the day's parts with their counts on the day's page", () => {
  const html = readFileSync(join(site.OUT_DIR, 'timeline', DAY, 'index.html'), 'utf8');
  const text = parse(html).querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
  expect(html).toContain(`href="${urls.timeline(`${DAY}/fixture-incident`)}"`);
  expect(html).toContain(`href="${urls.timeline(`${DAY}/fixture-winter`)}"`);
  expect(text).toMatch(/5 claims, too many for one page/);
  expect(text).toMatch(/A fictional incident for the tests 4 claims/);
});

it('lists each of the day’s claims on exactly one page of the timeline', () => {
  const listings = [...timelinePages()]
    .filter(([url]) => url.startsWith(urls.timeline(DAY)))
    .flatMap(([, listed]) => listed);
  expect(listings.sort()).toEqual(DAY_CLAIMS.map((slug) => urls.claim(slug)).sort());
});
