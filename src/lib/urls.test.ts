import { describe, expect, it } from 'vitest';
import { createUrls } from './urls.ts';
import { siteLocation } from './site.ts';

describe('site URLs', () => {
  it('builds every URL under the base path', () => {
    const urls = createUrls('/contested/');
    expect(urls.home()).toBe('/contested/');
    expect(urls.claim('crimea-42-drones')).toBe('/contested/claims/crimea-42-drones/');
    expect(urls.actor('kaluga-governor')).toBe('/contested/actors/kaluga-governor/');
    expect(urls.statusTimeline('disputed')).toBe('/contested/timeline/status/disputed/');
    expect(urls.actorTimeline('kaluga-governor')).toBe('/contested/timeline/actor/kaluga-governor/');
    expect(urls.timeline('2024-03')).toBe('/contested/timeline/2024/03/');
    expect(urls.timeline('2024-02-29')).toBe('/contested/timeline/2024/02/29/');
    // A busy day's parts: its incident, then a claimant; their slugs keep their hyphens.
    expect(urls.timeline('2024-03-14/night-strikes/ministry-a')).toBe(
      '/contested/timeline/2024/03/14/night-strikes/ministry-a/',
    );
    expect(urls.actorTimeline('kaluga-governor', '2023')).toBe('/contested/timeline/actor/kaluga-governor/2023/');
    expect(urls.statusTimeline('disputed', '2023-11')).toBe('/contested/timeline/status/disputed/2023/11/');
    expect(urls.unverified('2023')).toBe('/contested/unverified/2023/');
    expect(urls.incidents()).toBe('/contested/incidents/');
    expect(urls.incidents('2023')).toBe('/contested/incidents/archive/2023/');
    expect(urls.incident('2023-11-09-kaluga-crimea')).toBe('/contested/incidents/2023-11-09-kaluga-crimea/');
    expect(urls.incident('x', '2024-03-05')).toBe('/contested/incidents/x/2024/03/05/');
    expect(urls.incidentFeed('x')).toBe('/contested/incidents/x/feed.xml');
    expect(urls.statusDefinition('refuted')).toBe('/contested/methodology/#status-refuted');
    expect(urls.claimCsv('crimea-42-drones')).toBe('/contested/claims/crimea-42-drones/breakdown.csv');
    expect(urls.claimFeed('crimea-42-drones')).toBe('/contested/claims/crimea-42-drones/feed.xml');
    expect(urls.feed()).toBe('/contested/feed.xml');
    expect(createUrls('/').methodology()).toBe('/methodology/');
  });

  it('keeps no path outside this module: every builder starts at the base', () => {
    const urls = createUrls('/base/');
    expect(urls.claimSlugAt('/base/claims/a-b/')).toBe('a-b');
    expect(urls.claimSlugAt('/base/claims/')).toBeUndefined();
    expect(urls.claimSlugAt('/base/claims/a-b/feed.xml')).toBeUndefined();
    expect(urls.incidentSlugAt('/base/incidents/a-b/')).toBe('a-b');
    expect(urls.incidentSlugAt('/base/incidents/archive/')).toBeUndefined();
    for (const path of [urls.claimEmbed('a'), urls.breakdownEmbed('a'), urls.incidentEmbed('a')]) {
      expect(urls.isEmbed(path), path).toBe(true);
      expect(urls.isEmbed(`${path}index.html`), path).toBe(true);
    }
    for (const path of [urls.claim('embed'), urls.incident('embed'), urls.claimOembed('a'), '/claims/a/embed/']) {
      expect(urls.isEmbed(path), path).toBe(false);
    }
    for (const [name, build] of Object.entries(urls)) {
      if (name === 'claimSlugAt' || name === 'incidentSlugAt' || name === 'isEmbed') continue;
      expect((build as (arg: string) => string)('disputed'), name).toMatch(/^\/base\//);
    }
  });

  it("leads to an entry's page in a language where it is translated into it, else to its English page", () => {
    const translated = new Set(['claims/a', 'actors/b', 'places/c']);
    const urls = createUrls('/base/', 'uk', (collection, slug) => translated.has(`${collection}/${slug}`));
    expect(urls.claim('a')).toBe('/base/uk/claims/a/');
    expect(urls.claim('z')).toBe('/base/claims/z/');
    expect(urls.actor('b')).toBe('/base/uk/actors/b/');
    expect(urls.place('c', '2024')).toBe('/base/uk/places/c/2024/');
    expect(urls.incident('a')).toBe('/base/incidents/a/');
    // An entry's feed, embeds and oEmbed record are where its page is; the interface and its feeds are always in the page's
    // language; an entry's data in English.
    expect(urls.claimFeed('a')).toBe('/base/uk/claims/a/feed.xml');
    expect(urls.claimFeed('z')).toBe('/base/claims/z/feed.xml');
    expect(urls.actorFeed('b')).toBe('/base/uk/actors/b/feed.xml');
    expect(urls.placeFeed('c')).toBe('/base/uk/places/c/feed.xml');
    expect(urls.incidentFeed('a')).toBe('/base/incidents/a/feed.xml');
    expect(urls.claimEmbed('a')).toBe('/base/uk/claims/a/embed/');
    expect(urls.breakdownEmbed('z')).toBe('/base/claims/z/embed/breakdown/');
    expect(urls.claimOembed('a')).toBe('/base/uk/claims/a/oembed.json');
    expect(urls.claimOembed('z')).toBe('/base/claims/z/oembed.json');
    expect(urls.isEmbed('/base/uk/claims/a/embed/')).toBe(true);
    expect(urls.isEmbed('/base/uk/claims/a/')).toBe(false);
    expect(urls.timeline()).toBe('/base/uk/timeline/');
    expect(urls.statusFeed('unverified')).toBe('/base/uk/timeline/status/unverified/feed.xml');
    expect(urls.feedsOpml()).toBe('/base/uk/feeds.opml');
    expect(urls.claimJson('a')).toBe('/base/claims/a.json');
    expect(urls.actorCard('b')).toBe('/base/uk/cards/actors/b.png');
    expect(urls.claimCard('z')).toBe('/base/cards/claims/z.png');
    expect(urls.siteCard()).toBe('/base/uk/cards/site.png');
  });

  it('splits SITE_URL into origin and base path', () => {
    expect(siteLocation('https://example.org/contested')).toEqual({ site: 'https://example.org', base: '/contested/' });
    expect(siteLocation('https://example.org')).toEqual({ site: 'https://example.org', base: '/' });
    expect(siteLocation()).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
});

describe('edit links', () => {
  it('point at the file in the configured repository, and are absent without one', async () => {
    const { buildSettings, editUrl } = await import('./site.ts');
    const configured = buildSettings({ REPOSITORY_URL: 'https://github.com/example/contested/' });
    expect(editUrl('content/claims/a.mdx', configured)).toBe(
      'https://github.com/example/contested/edit/main/content/claims/a.mdx',
    );
    expect(
      editUrl(
        'content/claims/a.mdx',
        buildSettings({ REPOSITORY_URL: 'https://git.example.org/c', REPOSITORY_BRANCH: 'live' }),
      ),
    ).toBe('https://git.example.org/c/edit/live/content/claims/a.mdx');
    expect(editUrl('content/claims/a.mdx', buildSettings({}))).toBeUndefined();
  });
});
