// Share cards: every claim page, actor page and the home page, in every language, names a 1200×630 PNG
// under 300 KB that exists, in the page's language; and a rebuild draws only the cards whose content
// changed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/astro-site.ts';
import { fixtureCopy } from '../fixture-site/settings.ts';
import { sites, urlsIn } from '../sites.ts';
import { DEFAULT_LOCALE, LOCALE_LIST } from '../../src/lib/i18n/locales.ts';
import { translator } from '../../src/lib/i18n/translator.ts';

/** Width and height from a PNG's header (IHDR). */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe.each(sites)('$name', (site) => {
  const { urls } = site;
  const written = (collection: 'claims' | 'actors', slug: string, locale: (typeof LOCALE_LIST)[number]) =>
    locale === DEFAULT_LOCALE || site.translationOf(collection, slug, locale) !== undefined;
  const pages = LOCALE_LIST.flatMap((locale) => {
    const inLocale = urlsIn(site, locale);
    return [
      inLocale.home(),
      ...site.claims.filter((claim) => written('claims', claim.slug, locale)).map((c) => inLocale.claim(c.slug)),
      ...site.actors.filter((actor) => written('actors', actor.slug, locale)).map((a) => inLocale.actor(a.slug)),
    ];
  });

  it('gives every claim, actor and the home page, in every language, a share card: a 1200×630 PNG under 300 KB', () => {
    expect(pages.filter((page) => page.includes('/uk/')).length).toBeGreaterThan(1);
    for (const page of pages) {
      const document = parse(readFileSync(site.distFile(page), 'utf8'));
      const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(document.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
      expect(document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toMatch(/.{20,}/);
      const png = readFileSync(site.distFile(new URL(image).pathname));
      expect(pngSize(png), page).toEqual([1200, 630]);
      expect(png.length).toBeLessThan(300 * 1024);
    }
  });

  it("gives a translated claim's and actor's page, and every language's other pages, a card of their own in its language", () => {
    for (const locale of LOCALE_LIST.filter((locale) => locale !== DEFAULT_LOCALE)) {
      const inLocale = urlsIn(site, locale);
      const t = translator(locale);
      const cardOf = (page: string) =>
        parse(readFileSync(site.distFile(page), 'utf8'))
          .querySelector('meta[property="og:image"]')
          ?.getAttribute('content');
      expect(cardOf(inLocale.home())).toBe(site.settings.site + inLocale.siteCard());
      for (const claim of site.claims.filter((claim) => written('claims', claim.slug, locale))) {
        const page = inLocale.claim(claim.slug);
        expect(cardOf(page)).toBe(site.settings.site + inLocale.claimCard(claim.slug));
        // Drawn from the translation: not the English card.
        expect(readFileSync(site.distFile(inLocale.claimCard(claim.slug)))).not.toEqual(
          readFileSync(site.distFile(urls.claimCard(claim.slug))),
        );
        const alt = parse(readFileSync(site.distFile(page), 'utf8'))
          .querySelector('meta[property="og:image:alt"]')
          ?.getAttribute('content');
        expect(alt).toContain(t(`status.${claim.data.status}.label`));
      }
      for (const actor of site.actors.filter((actor) => written('actors', actor.slug, locale))) {
        expect(cardOf(inLocale.actor(actor.slug))).toBe(site.settings.site + inLocale.actorCard(actor.slug));
        expect(readFileSync(site.distFile(inLocale.actorCard(actor.slug)))).not.toEqual(
          readFileSync(site.distFile(urls.actorCard(actor.slug))),
        );
      }
    }
  });

  it("puts each claim's own card on its page, saying its status in words", () => {
    for (const claim of site.claims) {
      const document = parse(readFileSync(site.distFile(urls.claim(claim.slug)), 'utf8'));
      expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
        site.settings.site + urls.claimCard(claim.slug),
      );
      expect(document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toContain(
        `status ${claim.data.status.charAt(0).toUpperCase()}${claim.data.status.slice(1)}:`,
      );
    }
  });
});

it('draws, on a rebuild with one claim changed, that one card only', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'contested-cards-'));
  try {
    const env = fixtureCopy(scratch);
    const cards = join(env.CACHE_DIR, 'cards');
    const drawn = () => new Map(readdirSync(cards).map((file) => [file, statSync(join(cards, file)).mtimeMs]));
    buildSite(env);
    const first = drawn();
    const claim = join(env.CONTENT_DIR, 'claims', 'east-quiet.mdx');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace(/^title: (.*)$/m, 'title: $1, again'));
    buildSite(env);
    const second = drawn();
    const added = [...second.keys()].filter((file) => !first.has(file));
    expect(added).toHaveLength(1);
    expect([...first].filter(([file, time]) => second.get(file) !== time)).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 120_000);
