import { describe, expect, it } from 'vitest';
import { cacheKey } from './cache-key.ts';
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
