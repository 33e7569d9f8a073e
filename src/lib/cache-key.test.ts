import { describe, expect, it } from 'vitest';
import { cacheKey, sharedViewKey } from './cache-key.ts';
import { buildSettings } from './site.ts';

const settings = buildSettings({});
const page = { title: 'A says B', related: [{ title: 'C says D', status: 'disputed' }] };

describe('incremental build keys', () => {
  it('stay the same while what a page shows stays the same', () => {
    expect(cacheKey(page, settings)).toBe(cacheKey(structuredClone(page), settings));
  });

  it('change when anything a page shows changes, however deep', () => {
    const renamed = { ...page, related: [{ title: 'C says D', status: 'confirmed' }] };
    expect(cacheKey(renamed, settings)).not.toBe(cacheKey(page, settings));
  });

  it('change when the build settings change, such as the repository that edit links point to', () => {
    const elsewhere = buildSettings({ REPOSITORY_URL: 'https://example.org/fork' });
    expect(cacheKey(page, elsewhere)).not.toBe(cacheKey(page, settings));
  });
});

describe('keys of views many pages show', () => {
  const item = { title: 'C says D', status: 'disputed', claimant: { name: 'C', href: '/actors/c/' } };

  it('are the same in every build for a view that shows the same, so a page listing it is copied', () => {
    expect(sharedViewKey(item)).toBe(sharedViewKey(structuredClone(item)));
  });

  it('differ for views that show anything differently, however deep', () => {
    const renamed = { ...item, claimant: { ...item.claimant, name: 'C (renamed)' } };
    expect(sharedViewKey(renamed)).not.toBe(sharedViewKey(item));
  });

  it('make a page key change when a view it lists changes', () => {
    const page = (items: object[]) => cacheKey({ heading: 'March 2024', items: items.map(sharedViewKey) }, settings);
    const restated = { ...item, status: 'confirmed' };
    expect(page([item])).not.toBe(page([restated]));
    expect(page([item])).toBe(page([structuredClone(item)]));
  });
});
