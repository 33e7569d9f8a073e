// One name per party: every page names an actor the same way, by its name (or, at the start of a claim
// title, its short name), in links, titles, chart captions, share cards and structured data.
import { describe, expect, it } from 'vitest';
import { opensWithClaimant } from '../../src/lib/content/attribution.ts';
import { builtPages, site, sites, urlsIn } from '../sites.ts';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(sites)('$name', (target) => {
  const pages = builtPages(target);
  const actorOf = new Map(target.actors.map((actor) => [actor.slug, actor.data]));
  const claimPage = (slug: string) => pages.find((page) => page.url === target.urls.claim(slug));

  it("links every actor by its one name in each language: its translation's on its translated page", () => {
    // Each address an actor's page has, with the name its page there gives it.
    const addresses = target.actors.flatMap((actor) => [
      [target.urls.actor(actor.slug), actor.data.name] as const,
      ...LOCALE_LIST.flatMap((locale) => {
        const translation = target.translationOf('actors', actor.slug, locale);
        const name = (translation?.data as { name?: string } | undefined)?.name;
        return name === undefined ? [] : [[urlsIn(target, locale).actor(actor.slug), name] as const];
      }),
    ]);
    const ways = addresses.map(([href]) => {
      const texts = new Set(
        pages.flatMap((page) =>
          page.document
            // The language switcher and a translation's note name a language, not the actor.
            .querySelectorAll(`a[href="${href}"]:not([hreflang])`)
            .map((a) => squash(a.text)),
        ),
      );
      return [href, [...texts]];
    });
    expect(ways).toEqual(addresses.map(([href, name]) => [href, [name]]));
  });

  it("titles each claim with its claimant's name or short name, and uses the name on its card, chart and data", () => {
    for (const claim of target.claims) {
      const actor = actorOf.get(claim.data.claimant);
      const names = [actor?.name, actor?.shortName].filter((name) => name !== undefined);
      const page = claimPage(claim.slug);
      const title = squash(page?.document.querySelector('h1')?.text ?? '');
      expect(
        names.some((name) => opensWithClaimant(title, name)),
        title,
      ).toBe(true);
      const alt = page?.document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
      expect(alt).toContain(`Claimed by ${actor?.name}`);
      for (const caption of page?.document.querySelectorAll('figure.breakdown figcaption') ?? []) {
        if (/claimed by/i.test(caption.text)) expect(squash(caption.text)).toContain(`claimed by ${actor?.name}`);
      }
      for (const script of page?.document.querySelectorAll('script[type="application/ld+json"]') ?? []) {
        const data = JSON.parse(script.text) as { itemReviewed?: { author?: { name?: string } } };
        if (data.itemReviewed) expect(data.itemReviewed.author?.name).toBe(actor?.name);
      }
    }
  });
});

describe('the seed', () => {
  it('names no party in a form of its own, such as "Russia\'s defence ministry" for the Russian Ministry of Defence', () => {
    // Typographic apostrophes too: Markdown turns ' into ’.
    const variants = [/Russia['’]s defen[cs]e ministry/i, /defense ministry/i, /Shapsha (?:says|said)/];
    const found = builtPages(site).flatMap((page) => {
      const text = squash(page.document.querySelector('main')?.text ?? '');
      return variants.filter((variant) => variant.test(text)).map((variant) => `${page.url}: ${String(variant)}`);
    });
    expect(found).toEqual([]);
  });
});
