// The pages of a claim archive (the timeline, a status's, a party's, the unverified claims), each
// worked out once in getStaticPaths: what the page lists and the links around it, and a key over
// exactly that (src/lib/cache-key.ts). A rebuild then renders only the archive pages an edit reaches
// and copies the rest, as it does claim pages; the page renders its props and nothing else.
import type { Archive } from '../lib/archives.ts';
import { latestListing } from '../lib/archives.ts';
import { cacheKey } from '../lib/cache-key.ts';
import type { ClaimLike } from '../lib/claims.ts';
import { periodParam } from '../lib/urls.ts';
import {
  archiveIndex,
  archivePageView,
  latestLink,
  type ArchivePageView,
  type PeriodHref,
  type PeriodLink,
} from '../lib/views/archives.ts';
import type { SiteContent } from './content.ts';

/** One period's page: where it sits and what it lists. */
export interface PeriodModel<List> {
  view: ArchivePageView;
  list: List;
}

/** The archive's first page: its latest period, listed, and an index of every period. */
export interface LatestModel<List> {
  latest: PeriodLink | undefined;
  periods: PeriodLink[];
  list: List;
}

/** Which of the two a page is, with its model. */
type PageModel<List> =
  { period: PeriodModel<List>; first: undefined } | { period: undefined; first: LatestModel<List> };

export type ArchiveProps<List, Shown> = Shown & PageModel<List>;

interface ArchiveRoute<List, Shown, Params> {
  archive: Archive<ClaimLike>;
  href: PeriodHref;
  /** How the page lists its claims. */
  list: (claims: readonly ClaimLike[]) => List;
  /** The route's own parameters (a status, a party's slug), besides the period. */
  params: Params;
  /** What else the pages show that is not in the archive (a party's name, a total), as plain data. */
  shown: Shown;
  /** Whether the first page is keyed too (not when it shows more than its model, as the timeline's). */
  keyFirst?: boolean;
}

/** Every path of one archive: its first page, then one per period, each with its model and key. */
export function archivePaths<List, Shown extends object, Params extends object>(
  content: SiteContent,
  { archive, href, list, params, shown, keyFirst = true }: ArchiveRoute<List, Shown, Params>,
) {
  const first: LatestModel<List> = {
    latest: latestLink(archive, href, content.view.t, content.facetNames),
    periods: archiveIndex(archive, href, content.view.t),
    list: list(latestListing(archive)?.items ?? []),
  };
  const props = (model: PageModel<List>): ArchiveProps<List, Shown> => ({ ...shown, ...model });
  return [
    {
      params: { ...params, period: undefined },
      props: props({ period: undefined, first }),
      cacheKey: keyFirst ? cacheKey([params, shown, first]) : undefined,
    },
    ...archive.pages.map((page) => {
      const period: PeriodModel<List> = {
        view: archivePageView(archive, page, href, content.view.t, content.facetNames),
        list: list(page.items),
      };
      return {
        params: { ...params, period: periodParam(page.period) },
        props: props({ period, first: undefined }),
        cacheKey: cacheKey([params, shown, period]),
      };
    }),
  ];
}
