// Files that static hosts read beside the pages: `_redirects` (Netlify, Cloudflare Pages) with a
// permanent redirect from every former address of a claim to its live one, and `_headers` with the
// security headers (src/lib/security.ts). Both under the site's base path. Hosts that read neither
// still have the meta-refresh alias pages and each page's CSP meta tag.
import type { Urls } from './urls.ts';

export interface MovedClaim {
  /** The live slug. */
  slug: string;
  aliases: readonly string[];
  /** Whether the claim publishes a breakdown CSV. */
  hasBreakdown: boolean;
}

/**
 * One `from to 301` line for each former address: the page, its feed, its JSON and its CSV, and what
 * other sites embed (the status box, the chart, the oEmbed record).
 */
export function redirectsFile(claims: readonly MovedClaim[], urls: Urls): string {
  const lines = claims.flatMap(({ slug, aliases, hasBreakdown }) =>
    aliases.flatMap((alias) => [
      [urls.claim(alias), urls.claim(slug)],
      [urls.claimFeed(alias), urls.claimFeed(slug)],
      [urls.claimJson(alias), urls.claimJson(slug)],
      ...(hasBreakdown ? [[urls.claimCsv(alias), urls.claimCsv(slug)]] : []),
      [urls.claimEmbed(alias), urls.claimEmbed(slug)],
      ...(hasBreakdown ? [[urls.breakdownEmbed(alias), urls.breakdownEmbed(slug)]] : []),
      [urls.claimOembed(alias), urls.claimOembed(slug)],
    ]),
  );
  return lines.map(([from, to]) => `${from} ${to} 301\n`).join('');
}
