import { describe, expect, it } from 'vitest';
import { createUrls } from './urls.ts';
import { siteLocation } from './site.ts';

describe('site URLs', () => {
  it('builds every URL under the base path', () => {
    const urls = createUrls('/contested/');
    expect(urls.home()).toBe('/contested/');
    expect(urls.claim('crimea-42-drones')).toBe('/contested/claims/crimea-42-drones/');
    expect(urls.actor('kaluga-governor')).toBe('/contested/actors/kaluga-governor/');
    expect(urls.page('/methodology/')).toBe('/contested/methodology/');
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
