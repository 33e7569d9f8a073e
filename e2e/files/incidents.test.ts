// Incident pages as built: schema.org Event data linking the claims' reviews, a feed per incident, and
// every incident page in the sitemap.
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readContentFiles, validateContentFiles } from '../../src/lib/content/validate.ts';
import { sites } from '../sites.ts';

describe.each(sites)('$name', (site) => {
  const { urls, settings } = site;
  const { incidents } = validateContentFiles(readContentFiles(settings.contentDir), { today: '9999-12-31' });
  const absolute = (url: string) => `${settings.site}${url}`;

  it('has an explainer for every incident, with Event data naming its claims', () => {
    expect(incidents.length).toBeGreaterThan(0);
    for (const incident of incidents) {
      const document = parse(readFileSync(site.distFile(urls.incident(incident.slug)), 'utf8'));
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.text ?? '{}') as {
        '@type': string;
        name: string;
        startDate?: string;
        location?: { name: string; url: string; geo: { '@type': string } }[];
        subjectOf: { '@type': string; url: string }[];
      };
      const claims = site.claims.filter((claim) => claim.data.incident === incident.slug);
      expect(data['@type']).toBe('Event');
      expect(data.name).toBe(incident.data.title);
      // The date an incident was first reported is not when the event began.
      expect(data).not.toHaveProperty('startDate');
      // Each place it names, with its page and as precisely as it is located: a point or a circle.
      expect((data.location ?? []).map((place) => place.url)).toEqual(
        (incident.data.places ?? []).map((slug) => absolute(urls.place(slug))),
      );
      for (const place of data.location ?? []) expect(['GeoCoordinates', 'GeoCircle']).toContain(place.geo['@type']);
      expect(data.subjectOf.map((review) => review.url).sort()).toEqual(
        claims.map((claim) => absolute(urls.claim(claim.slug))).sort(),
      );
      expect(data.subjectOf.every((review) => review['@type'] === 'ClaimReview')).toBe(true);
    }
  });

  it('reads an incident with more claims than a page may list in parts, each claim on exactly one', () => {
    const large = incidents.filter(
      (incident) => site.claims.filter((claim) => claim.data.incident === incident.slug).length > settings.pageSize,
    );
    // The fixture site's bound is small enough that one of its incidents is cut into parts.
    if (site.name === 'fixture-site') expect(large.length).toBeGreaterThan(0);
    for (const incident of large) {
      const root = urls.incident(incident.slug);
      const parts = site
        .htmlPages()
        .filter((url) => url.startsWith(root) && url !== root)
        .map((url) => parse(readFileSync(site.distFile(url), 'utf8')));
      const listed = parts.flatMap((document) =>
        document.querySelectorAll('main .claim-title').map((link) => link.getAttribute('href')),
      );
      const claims = site.claims.filter((claim) => claim.data.incident === incident.slug);
      expect(listed.sort()).toEqual(claims.map((claim) => urls.claim(claim.slug)).sort());
      const explainer = parse(readFileSync(site.distFile(root), 'utf8'));
      expect(explainer.querySelectorAll('section:has(#claimed) .claim-title')).toHaveLength(0);
    }
  });

  it('writes a feed per incident holding its claims, and lists incident pages in the sitemap', () => {
    const sitemap = readFileSync(site.distFile(`${settings.base}sitemap-0.xml`), 'utf8');
    for (const incident of incidents) {
      const feed = readFileSync(site.distFile(urls.incidentFeed(incident.slug)), 'utf8');
      for (const claim of site.claims.filter((c) => c.data.incident === incident.slug))
        expect(feed).toContain(`<link>${absolute(urls.claim(claim.slug))}</link>`);
      expect(sitemap).toContain(`<loc>${absolute(urls.incident(incident.slug))}</loc>`);
    }
  });
});
