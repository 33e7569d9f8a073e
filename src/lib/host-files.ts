// Files that static hosts read beside the pages: `_redirects` (Netlify, Cloudflare Pages) with a
// permanent redirect from every former address of a claim to its live one, and `_headers` with the
// security headers (src/lib/security.ts). Both under the site's base path. Hosts that read neither
// still have the meta-refresh alias pages and each page's CSP meta tag.
import { createUrls, type Urls } from './urls.ts';
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
 * One `from to 301` line for each former address: the page, its feed, what other sites frame (the
 * status box, the chart) and its oEmbed record, each in English and in every language the claim is
 * translated into; its JSON and its CSV. `base` is the site's base path.
 */
export function redirectsFile(claims: readonly MovedClaim[], base: string): string {
  const urls = createUrls(base);
  const lines = claims.flatMap(({ slug, aliases, hasBreakdown, languages }) => {
    const inEachLanguage = [urls, ...languages.map((locale) => createUrls(base, locale, () => true))];
    return aliases.flatMap((alias) => {
      /** The former address and the live one of a file the claim has in every language it is in. */
      const moved = (address: (urls: Urls) => (slug: string) => string) =>
        inEachLanguage.map((inLanguage) => [address(inLanguage)(alias), address(inLanguage)(slug)]);
      return [
        ...moved((at) => at.claim),
        ...moved((at) => at.claimFeed),
        [urls.claimJson(alias), urls.claimJson(slug)],
        ...(hasBreakdown ? [[urls.claimCsv(alias), urls.claimCsv(slug)]] : []),
        ...moved((at) => at.claimEmbed),
        ...(hasBreakdown ? moved((at) => at.breakdownEmbed) : []),
        ...moved((at) => at.claimOembed),
      ];
    });
  });
  return lines.map(([from, to]) => `${from} ${to} 301\n`).join('');
}
