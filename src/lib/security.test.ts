import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  EMBED_HEADER_CONTENT_SECURITY_POLICY,
  EMBED_SECURITY_HEADERS,
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

  it('lets any site frame an embed, which still runs nothing and loads only from this site', () => {
    expect(EMBED_HEADER_CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
    expect(EMBED_SECURITY_HEADERS).toEqual({
      ...SECURITY_HEADERS,
      'Content-Security-Policy': EMBED_HEADER_CONTENT_SECURITY_POLICY,
    });
  });

  it('writes the headers file as one rule for every path under the base, then one per embed that detaches its policy first', () => {
    const rules = headersFile('/contested/').split(/\n(?=\/)/);
    expect(rules[0]).toBe(
      `/contested/*\n${Object.entries(SECURITY_HEADERS)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
    );
    // Each embed in every language: a translated claim's status box is framed from /uk/ and /ru/ too.
    const embeds = ['', 'uk/', 'ru/'].flatMap((language) =>
      ['claims/:slug/embed/', 'claims/:slug/embed/breakdown/', 'incidents/:slug/embed/'].map(
        (path) => `/contested/${language}${path}`,
      ),
    );
    expect(rules.slice(1).map((rule) => rule.trimEnd())).toEqual(
      embeds.map(
        (pattern) =>
          `${pattern}\n  ! Content-Security-Policy\n  Content-Security-Policy: ${EMBED_HEADER_CONTENT_SECURITY_POLICY}`,
      ),
    );
    expect(headersFile('/').split('\n')[0]).toBe('/*');
  });
});
