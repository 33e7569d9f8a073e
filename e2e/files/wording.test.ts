// No claimed fact is stated as fact anywhere the site shows it: pages, feeds and structured data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAttributed } from '../../src/lib/content/attribution.ts';
import { translator } from '../../src/lib/i18n/translator.ts';
import { builtPages, localeOf, sites, wordsOf } from '../sites.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

// A date labelled as what happened, as lists once did ("Happened 1 March 2024"), states a claimed
// event as fact.
const AS_FACT = /\b(?:happened|took place)\s+(?:on\s+)?\d/i;

describe.each(sites)('$name', (site) => {
  const pages = builtPages(site);

  it('never labels a claimed date as what happened', () => {
    expect(
      pages.filter((page) => AS_FACT.test(page.document.querySelector('main')?.text ?? '')).map((p) => p.url),
    ).toEqual([]);
    const feed = readFileSync(site.distFile(site.urls.feed()), 'utf8');
    expect(feed).not.toMatch(AS_FACT);
  });

  it('labels every event date on a claim page "as claimed"', () => {
    const claimPages = site.claims.map((claim) => pages.find((page) => page.url === site.urls.claim(claim.slug)));
    for (const page of claimPages) {
      const terms = page?.document.querySelectorAll('dl.facts dt').map((dt) => dt.text) ?? [];
      expect(
        terms.filter((term) => /event/i.test(term)),
        page?.url,
      ).toEqual([t('date.eventFact')]);
    }
  });

  it('labels every event date in a list "as claimed"', () => {
    const withEventDate = new Set(
      site.claims.filter((claim) => claim.data.eventDate).map((c) => site.urls.claim(c.slug)),
    );
    let seen = 0;
    for (const page of pages) {
      for (const item of page.document.querySelectorAll('li.claim-item')) {
        const href = item.querySelector('.claim-title')?.getAttribute('href') ?? '';
        if (!withEventDate.has(href)) continue;
        seen++;
        expect(item.querySelector('.meta')?.text, `${page.url}: ${href}`).toContain(
          wordsOf(site, page.url)('date.eventAsClaimed'),
        );
      }
    }
    if (site.name === 'fixture-site') expect(seen).toBeGreaterThan(0);
  });

  it('labels each claim\'s day with what it is: "Claimed on" only for a day a source gives the statement', () => {
    const kindOf = new Map(site.claims.map((claim) => [site.urls.claim(claim.slug), claim.data.claimedOnKind]));
    for (const claim of site.claims) {
      const page = pages.find((candidate) => candidate.url === site.urls.claim(claim.slug));
      const terms = page?.document.querySelectorAll('dl.facts dt').map((dt) => dt.text) ?? [];
      expect(terms, page?.url).toContain(t(`claimedOn.${claim.data.claimedOnKind}.label`));
    }
    for (const page of pages) {
      for (const item of page.document.querySelectorAll('li.claim-item')) {
        const kind = kindOf.get(item.querySelector('.claim-title')?.getAttribute('href') ?? '');
        const meta = item.querySelector('.meta')?.text ?? '';
        const words = wordsOf(site, page.url);
        if (kind && !meta.includes(words('date.eventAsClaimed')))
          expect(meta, page.url).toContain(words(`claimedOn.${kind}.label`));
      }
    }
    if (site.name === 'fixture-site')
      expect(new Set(site.claims.map((claim) => claim.data.claimedOnKind))).toEqual(
        new Set(['statement-day', 'source-date']),
      );
  });

  it('reviews only attributed statements in its structured data', () => {
    for (const page of pages) {
      for (const script of page.document.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(script.text) as { claimReviewed?: string };
        if (data.claimReviewed !== undefined)
          expect(isAttributed(data.claimReviewed, localeOf(site, page.url)), page.url).toBe(true);
      }
    }
  });
});

describe('the seed, read against the report', () => {
  const [site] = sites;
  const pages = builtPages(site);
  /** What a page says in its own voice: its main text, less the corrections, which quote what was wrong. */
  const ownWords = (page: (typeof pages)[number]) => {
    const main = page.document.querySelector('main')?.clone() as typeof page.document | undefined;
    main?.querySelector('section[aria-labelledby="history"]')?.remove();
    return (main?.text ?? '').replace(/\s+/g, ' ');
  };
  const text = (url: string) => {
    const page = pages.find((candidate) => candidate.url === url);
    return page ? ownWords(page) : '';
  };

  it('says no word the report does not: no aim, no "its units", no drones that all missed, no opinion', () => {
    const beyond = [/aiming/i, /\bits units\b/i, /none reached/i, /most contested/i, /caused no casualties/i];
    const found = pages.flatMap((page) =>
      beyond.filter((pattern) => pattern.test(ownWords(page))).map((pattern) => `${page.url}: ${String(pattern)}`),
    );
    expect(found).toEqual([]);
  });

  it('gives no day the report does not: each claim is "reported by" its date, on every page, card, feed and record', () => {
    expect(site.claims.map((claim) => claim.data.claimedOnKind)).toEqual(site.claims.map(() => 'source-date'));
    const claimedOnDay = /claimed on 9 November 2023|on 9 November 2023/i;
    const saying = pages.flatMap((page) => {
      const cardAlt = page.document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
      return [page.document.querySelector('main')?.text ?? '', cardAlt]
        .filter((words) => /claimed on 9 November 2023/i.test(words.replace(/\s+/g, ' ')))
        .map(() => page.url);
    });
    expect(saying).toEqual([]);
    // Nor that a party did anything on the report's date: "On 9 November 2023 it reported …".
    const actedOnTheDay =
      /\bon 9 November 2023,? (?:it|he|she|they|the)\b|\b(?:said|says|claimed|stated|announced|confirmed|denied) on 9 November 2023/i;
    const acted = pages.filter((page) =>
      actedOnTheDay.test(page.document.querySelector('main')?.text.replace(/\s+/g, ' ') ?? ''),
    );
    expect(acted.map((page) => page.url)).toEqual([]);
    const records = JSON.parse(readFileSync(site.distFile(site.urls.dataFile('claims.json')), 'utf8')) as {
      claimedOnKind: string;
    }[];
    expect(records.map((record) => record.claimedOnKind)).toEqual(site.claims.map(() => 'source-date'));
    const csv = readFileSync(site.distFile(site.urls.dataFile('claims.csv')), 'utf8');
    expect(csv.split('\n')[0]).toContain('claimedOn,claimedOnKind');
    for (const claim of site.claims) {
      const page = pages.find((candidate) => candidate.url === site.urls.claim(claim.slug));
      const alt = page?.document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
      expect(alt).toContain('reported by 9 November 2023');
      expect(alt).not.toMatch(claimedOnDay);
      for (const script of page?.document.querySelectorAll('script[type="application/ld+json"]') ?? []) {
        const data = JSON.parse(script.text) as { itemReviewed?: Record<string, unknown> };
        if (data.itemReviewed) expect(data.itemReviewed).not.toHaveProperty('datePublished');
      }
    }
    const feed = readFileSync(site.distFile(site.urls.feed()), 'utf8');
    expect(feed).toContain('reported by 9 November 2023 (the date of the report that records it');
    expect(feed).not.toMatch(/claimed on 9 November 2023/i);
  });

  it("gives the blame to whom the report gives it, the Russian authorities, and keeps the reporter's aside out of Ukraine's response", () => {
    const claimantOf = new Map(site.claims.map((claim) => [claim.slug, claim.data.claimant]));
    expect(claimantOf.get('s200-missile-launched-by-ukraine')).toBe('russian-authorities');
    expect(claimantOf.get('crimea-drones-launched-by-ukraine')).toBe('russian-authorities');
    const responses = site.claims.flatMap((claim) => claim.data.responses ?? []);
    expect(responses.filter((response) => /responsibility/i.test(response.note))).toEqual([]);
    expect(text(site.urls.claim('s200-missile-launched-by-ukraine'))).toMatch(/rarely takes responsibility/);
  });

  it('tells the whole incident: the firefight, and no immediate reports of casualties or damage', () => {
    const summary = text(site.urls.incident('2023-11-09-kaluga-crimea'));
    expect(summary).toMatch(/fought Russian forces/);
    expect(summary).toMatch(/no immediate reports of casualties or damage/);
  });

  it('records each correction of meaning on the claim, dated', () => {
    const corrected = site.claims.filter((claim) =>
      claim.data.updates?.some((update) => /^Corrected:/.test(update.note)),
    );
    expect(corrected.map((claim) => claim.slug).sort()).toEqual(site.claims.map((claim) => claim.slug).sort());
  });

  it('counts silences apart from responses: the government that had not commented has silences, not responses', () => {
    const actor = text(site.urls.actor('ukrainian-government'));
    expect(actor).toMatch(/Responses to others' claims \(0\)/);
    expect(actor).toMatch(/Silences recorded \(4\)/);
    expect(text(site.urls.actors())).toMatch(/0 responses, 4 silences recorded/);
  });
});
