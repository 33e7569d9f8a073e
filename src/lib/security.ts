// The site's security policy, in one place: the CSP meta tag on every page (BaseLayout) and the
// headers file for hosts that read one (`_headers`, written by src/integrations/host-files.ts).
//
// Nothing runs and nothing is fetched from elsewhere: no script at all (JSON-LD is data, which CSP does
// not block), styles and images from the site itself only, no plugins, no forms, no <base> hijacking.
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

/** For the meta tag. frame-ancestors is ignored there (browsers warn), so it lives in the headers. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The search page alone runs script: Pagefind's, from this site, whose WebAssembly needs
 * 'wasm-unsafe-eval'. Everything else is as strict as on every other page.
 */
export const SEARCH_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((directive) =>
  directive === "script-src 'none'" ? "script-src 'self' 'wasm-unsafe-eval'" : directive,
).join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The `_headers` file (Netlify, Cloudflare Pages): every path under the site's base gets the security
 * headers; the search page, listed after, gets its own policy, which on Netlify replaces the site-wide
 * one for that path.
 */
export function headersFile(base: string, searchPath: string, { detachSitePolicy = false } = {}): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([name, value]) => (name.startsWith('!') ? `  ${name}` : `  ${name}: ${value}`))
      .join('\n')}\n`;
  return [
    block(`${base}*`, SECURITY_HEADERS),
    block(`${searchPath}*`, {
      // Cloudflare Pages joins a header set by two matching rules, so both policies would apply and
      // the stricter one block search; "! Name" detaches the site-wide one there (Netlify needs no
      // such line: the later rule replaces the header, and it reports the line as invalid).
      ...(detachSitePolicy ? { '! Content-Security-Policy': '' } : {}),
      'Content-Security-Policy': `${SEARCH_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    }),
  ].join('');
}
