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
  });

  it('detaches the site-wide policy on the search page where the host joins headers (Cloudflare Pages)', () => {
    const urls = createUrls('/');
    expect(headersFile(urls.home(), urls.search(), { detachSitePolicy: true })).toContain(
      `/search/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${SEARCH_CONTENT_SECURITY_POLICY}`,
    );
  });

  it('writes the headers file under the base path, the search page after the rest', () => {
    const urls = createUrls('/contested/');
    const file = headersFile(urls.home(), urls.search());
    expect(file.split('\n').filter((line) => !line.startsWith('  '))).toEqual([
      '/contested/*',
      '/contested/search/*',
      '',
    ]);
    expect(file).toContain(
      `/contested/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    expect(file).toContain(
      `/contested/search/*\n  Content-Security-Policy: ${SEARCH_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });
});
