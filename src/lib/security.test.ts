import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  HEADER_CONTENT_SECURITY_POLICY,
  headersFile,
  SEARCH_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from './security.ts';

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

  it("sends the search page's policy as the header, with frame-ancestors, which only a header carries", () => {
    expect(HEADER_CONTENT_SECURITY_POLICY).toBe(`${SEARCH_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(HEADER_CONTENT_SECURITY_POLICY);
    expect(HEADER_CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('writes the headers file as one rule under the base path, so no host has two policies to combine', () => {
    expect(headersFile('/contested/')).toBe(
      `/contested/*\n${Object.entries(SECURITY_HEADERS)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}\n`,
    );
    expect(headersFile('/').split('\n')[0]).toBe('/*');
  });
});
