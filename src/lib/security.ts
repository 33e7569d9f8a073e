// The site's security policy, in one place: the CSP meta tag on every page (BaseLayout), the headers
// file for hosts that read one (`_headers`, written by src/integrations/host-files.ts), the preview
// server's headers (scripts/astro-site.ts) and the nginx block in docs/deploy.md. Embeds are the one
// kind of page other sites may frame: their own rule follows.
//
// Nothing runs and nothing is fetched from elsewhere: no script at all (JSON-LD is data, which CSP does
// not block), styles and images from the site itself only, no plugins, no forms, no <base> hijacking.
import { DEFAULT_LOCALE, LOCALE_LIST } from './i18n/locales.ts';

export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  // Same-origin fetches only: what Pagefind's index will need, and what Lighthouse uses to read
  // robots.txt from inside the page (GoogleChrome/lighthouse#4386). No script here makes any.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
] as const;

/** For every page's meta tag but the search page's. frame-ancestors is ignored there (browsers warn), so it lives in the header. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The search page alone runs script: Pagefind's, from this site, whose WebAssembly needs
 * 'wasm-unsafe-eval'. Everything else is as strict as on every other page.
 */
export const SEARCH_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((directive) =>
  directive === "script-src 'none'" ? "script-src 'self' 'wasm-unsafe-eval'" : directive,
).join('; ');

/**
 * The policy every response carries as a header, on every host: the search page's, which lets this
 * site's own scripts and Pagefind's WebAssembly run, plus frame-ancestors (which only a header can
 * carry). One rule for every path, because hosts combine matching rules differently (Cloudflare joins
 * two policies into one header, so the stricter one applies; nginx drops a server's headers in a
 * location with its own), and because Pagefind searches in a Web Worker, whose policy is its own
 * response's header, not the page's. Every page narrows it again with its meta tag, which a browser
 * enforces on top of the header: each page but /search/ runs no script at all, as before.
 */
export const HEADER_CONTENT_SECURITY_POLICY = `${SEARCH_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The policy of an embed (a claim's status box, a breakdown chart, an incident's status bar): any site
 * may frame it, and it runs nothing (no page of this kind needs a worker, so no script at all).
 */
export const EMBED_HEADER_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors *`;

export const EMBED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': EMBED_HEADER_CONTENT_SECURITY_POLICY,
};

/**
 * The embeds' addresses as `_headers` patterns (a `:name` stands for one path segment), under `base`,
 * in every language: a translated entry's embeds are under /uk/ and /ru/ too.
 */
export const embedPatterns = (base: string): string[] =>
  LOCALE_LIST.flatMap((locale) =>
    ['claims/:slug/embed/', 'claims/:slug/embed/breakdown/', 'incidents/:slug/embed/'].map(
      (path) => `${base}${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${path}`,
    ),
  );

/**
 * The `_headers` file (Netlify, Cloudflare Pages): every path under the site's base gets the site's
 * headers; each embed's path then trades the policy for the embed's. Hosts combine two rules that set
 * one header differently, so each embed rule first detaches the site-wide policy (`! Name`, Cloudflare
 * Pages' syntax; Netlify's parser skips the line, and Netlify gives a path the later rule's value of a
 * header). Both hosts then send an embed exactly one policy.
 */
export function headersFile(base: string): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  const embedRules = embedPatterns(base).map(
    (pattern) =>
      `${pattern}\n  ! Content-Security-Policy\n  Content-Security-Policy: ${EMBED_HEADER_CONTENT_SECURITY_POLICY}\n`,
  );
  return [`${base}*\n${lines.join('\n')}\n`, ...embedRules].join('');
}
