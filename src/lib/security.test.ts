import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, SEARCH_CONTENT_SECURITY_POLICY } from './security.ts';
import { createUrls } from './urls.ts';

describe('security policy', () => {
  it('allows no script, no other origin and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|https?:|\*/);
  });

  it('lets the search page alone run scripts from this site, and WebAssembly', () => {
    expect(SEARCH_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(SEARCH_CONTENT_SECURITY_POLICY.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'none'")).toBe(
      CONTENT_SECURITY_POLICY,
    );
    expect(headersFile(createUrls('/').search())).toContain(
      `/search/*\n  Content-Security-Policy: ${SEARCH_CONTENT_SECURITY_POLICY}`,
    );
  });

  it('is what public/_headers sends', () => {
    const file = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    expect(file).toBe(headersFile(createUrls('/').search()));
  });
});
