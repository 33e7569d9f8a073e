import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile } from './security.ts';

describe('security policy', () => {
  it('allows no script, no other origin and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|https?:|\*/);
  });

  it('is what public/_headers sends', () => {
    const file = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    expect(file).toBe(headersFile());
  });
});
