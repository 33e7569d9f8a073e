// Files that static hosts read beside the pages: `_redirects` (Netlify, Cloudflare Pages) with a
// permanent redirect from every former address of a claim to its live one, and `_headers` with the
// security headers (src/lib/security.ts). Both under the site's base path. Hosts that read neither
// still have the meta-refresh alias pages and each page's CSP meta tag.
import { createUrls } from './urls.ts';
import type { Locale } from './i18n/locales.ts';

export interface MovedClaim {
  /** The live slug. */
  slug: string;
  aliases: readonly string[];
  /** Whether the claim publishes a breakdown CSV. */
  hasBreakdown: boolean;
  /** The languages besides English it is translated into: its page in each had the former addresses too. */
  languages: readonly Locale[];
}

/**
 * One `from to 301` line for each former address: the page and its feed (and both in each language
 * the claim is translated into), its JSON and its CSV, and what other sites embed (the status box, the
 * chart, the oEmbed record). `base` is the site's base path.
 */
export function redirectsFile(claims: readonly MovedClaim[], base: string): string {
  const urls = createUrls(base);
  const inLanguage = (locale: Locale) => createUrls(base, locale, () => true);
  const lines = claims.flatMap(({ slug, aliases, hasBreakdown, languages }) =>
    aliases.flatMap((alias) => [
      [urls.claim(alias), urls.claim(slug)],
      ...languages.map((locale) => [inLanguage(locale).claim(alias), inLanguage(locale).claim(slug)]),
      [urls.claimFeed(alias), urls.claimFeed(slug)],
      ...languages.map((locale) => [inLanguage(locale).claimFeed(alias), inLanguage(locale).claimFeed(slug)]),
      [urls.claimJson(alias), urls.claimJson(slug)],
      ...(hasBreakdown ? [[urls.claimCsv(alias), urls.claimCsv(slug)]] : []),
      [urls.claimEmbed(alias), urls.claimEmbed(slug)],
      ...(hasBreakdown ? [[urls.breakdownEmbed(alias), urls.breakdownEmbed(slug)]] : []),
      [urls.claimOembed(alias), urls.claimOembed(slug)],
    ]),
  );
  return lines.map(([from, to]) => `${from} ${to} 301\n`).join('');
}
