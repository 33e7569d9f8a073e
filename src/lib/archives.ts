// Date archives: how a long list of claims is cut into pages whose URLs keep their meaning. A page is
// a period of the calendar (a year, a month, a day), never "page 2": adding a claim only adds it to
// the page of its own period, so a link to "March 2024" still means March 2024 tomorrow.
//
// A list starts at years or at months. A period with more claims than a page may hold is cut into the
// periods one level down (a year into months, a month into days), and its own page lists those parts
// instead of the claims. A day over the bound (wars have such days) is cut by what its claims are about
// and who made them: by incident, then, for an incident-day still over the bound, by claimant. Those
// keep their meaning too: a claim added to another incident never moves a claim of this one. A facet
// every claim of the day shares (an incident's own archive) cuts nothing and is skipped; a claimant's
// claims of one incident on one day are never cut further. Periods with no claims get no page.
import { timelineDay, type ClaimLike } from './claims.ts';

/** The calendar's levels, then the facets a day is cut by. */
export type ArchiveLevel = 'year' | 'month' | 'day' | Facet;
export type Facet = 'incident' | 'claimant';

const DATE_LEVELS = ['year', 'month', 'day'] as const;
const FACETS: readonly Facet[] = ['incident', 'claimant'];
/** Length of a period's key in a `YYYY-MM-DD` day: `YYYY`, `YYYY-MM`, the day itself. */
const KEY_LENGTH: Record<(typeof DATE_LEVELS)[number], number> = { year: 4, month: 7, day: 10 };

export interface ArchivePage<Item> {
  /**
   * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; below a day, the day and each facet's value, joined by `/`
   * (`2024-03-14/night-strikes`, `2024-03-14/night-strikes/ministry-a`).
   */
  period: string;
  level: ArchiveLevel;
  /** Which facet each value after the day is (empty above a day's parts). */
  facets: Facet[];
  /** Everything of the period (claims, or incidents), in the order given: oldest first. */
  items: Item[];
  /** The periods one level down, when this one holds too many claims for one page; else empty. */
  parts: ArchivePage<Item>[];
}

export interface Archive<Item> {
  /** The top-level periods, oldest first. */
  periods: ArchivePage<Item>[];
  /** Every page, each period before its parts, oldest first. */
  pages: ArchivePage<Item>[];
  /** The pages that list claims themselves (not cut into parts), oldest first. */
  listings: ArchivePage<Item>[];
}

export interface ArchiveOptions<Item> {
  /** The level of the list's first cut. */
  top: 'year' | 'month';
  /** The most items one page may list. */
  bound: number;
  /** The day an item is filed under; a claim's timeline day unless given. */
  dayOf?: (item: Item) => string;
  /** What a day over the bound is cut by, in turn; a claim's incident and claimant unless given. */
  facets?: Partial<Record<Facet, (item: Item) => string>>;
}

/** The key of the period of a calendar `level` that holds `day` (`YYYY-MM-DD`). */
export const periodOf = (day: string, level: (typeof DATE_LEVELS)[number]): string => day.slice(0, KEY_LENGTH[level]);

/** The day a period lies in or the year or month it is (a facet's period without its facets). */
export const calendarPeriod = (period: string): string => period.split('/')[0] ?? period;

/** The calendar level of a period key, from its length (a facet's period is a day's). */
export function levelOf(period: string): (typeof DATE_LEVELS)[number] {
  const calendar = calendarPeriod(period);
  const level = DATE_LEVELS.find((candidate) => KEY_LENGTH[candidate] === calendar.length);
  if (!level) throw new Error(`"${period}" is not a period (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return level;
}

/** The values of a period's facets, in order: `2024-03-14/a/b` → `['a', 'b']`. */
export const facetValues = (period: string): string[] => period.split('/').slice(1);

interface Cutting<Item> {
  bound: number;
  dayOf: (item: Item) => string;
  facets: [Facet, (item: Item) => string][];
}

/** Items grouped by key, in the order each key first appears (each group keeps the items' order). */
function groupInOrder<Item>(items: readonly Item[], keyOf: (item: Item) => string): [string, Item[]][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}

/** A day's (or facet's) page over the bound cut by the next facet that divides it; none left, no parts. */
function facetParts<Item>(page: ArchivePage<Item>, from: number, cutting: Cutting<Item>): ArchivePage<Item>[] {
  for (const [index, [facet, valueOf]] of cutting.facets.entries()) {
    if (index < from) continue;
    const groups = groupInOrder(page.items, valueOf);
    if (groups.length < 2) continue;
    return groups.map(([value, items]) => {
      const part: ArchivePage<Item> = {
        period: `${page.period}/${value}`,
        level: facet,
        facets: [...page.facets, facet],
        items,
        parts: [],
      };
      if (items.length > cutting.bound) part.parts = facetParts(part, index + 1, cutting);
      return part;
    });
  }
  return [];
}

function periodsAt<Item>(
  items: readonly Item[],
  level: (typeof DATE_LEVELS)[number],
  cutting: Cutting<Item>,
): ArchivePage<Item>[] {
  const periods: ArchivePage<Item>[] = [];
  for (const item of items) {
    const period = periodOf(cutting.dayOf(item), level);
    const last = periods.at(-1);
    if (last?.period === period) last.items.push(item);
    else periods.push({ period, level, facets: [], items: [item], parts: [] });
  }
  const below = DATE_LEVELS[DATE_LEVELS.indexOf(level) + 1];
  for (const page of periods) {
    if (page.items.length <= cutting.bound) continue;
    page.parts = below ? periodsAt(page.items, below, cutting) : facetParts(page, 0, cutting);
  }
  return periods;
}

const CLAIM_FACETS: Record<Facet, (claim: ClaimLike) => string> = {
  incident: (claim) => claim.data.incident,
  claimant: (claim) => claim.data.claimant,
};

/** The archive of items already in date order: claims sorted by sortChronologically, by default. */
export function buildArchive<Item>(
  items: readonly Item[],
  {
    top,
    bound,
    dayOf = (item) => timelineDay(item as ClaimLike),
    facets = CLAIM_FACETS as unknown as Partial<Record<Facet, (item: Item) => string>>,
  }: ArchiveOptions<Item>,
): Archive<Item> {
  const cutting: Cutting<Item> = {
    bound,
    dayOf,
    facets: FACETS.flatMap((facet): [Facet, (item: Item) => string][] => {
      const valueOf = facets[facet];
      return valueOf ? [[facet, valueOf]] : [];
    }),
  };
  const periods = periodsAt(items, top, cutting);
  const pages: ArchivePage<Item>[] = [];
  const visit = (page: ArchivePage<Item>) => {
    pages.push(page);
    page.parts.forEach(visit);
  };
  periods.forEach(visit);
  return { periods, pages, listings: pages.filter((page) => page.parts.length === 0) };
}

export interface Neighbours<Item> {
  /** The page before, or undefined at the start. */
  earlier: ArchivePage<Item> | undefined;
  later: ArchivePage<Item> | undefined;
}

/**
 * The pages either side of a page, for "earlier" and "later" links. A listing's neighbours are the
 * listings either side, so following them reads every claim in order; a period cut into parts links
 * to the periods of its own level either side.
 */
export function neighboursOf<Item>(archive: Archive<Item>, page: ArchivePage<Item>): Neighbours<Item> {
  const row = page.parts.length === 0 ? archive.listings : archive.pages.filter((other) => other.level === page.level);
  const at = row.indexOf(page);
  return { earlier: row[at - 1], later: row[at + 1] };
}

/** The most recent listing: what the top page of a list shows in full. */
export const latestListing = <Item>(archive: Archive<Item>): ArchivePage<Item> | undefined => archive.listings.at(-1);

/**
 * The page that lists `day`'s claims: the listing of its day or a longer period, or the day's own page
 * where the day is cut into parts; undefined if no claim sits on that day or in its period.
 */
export function listingOf<Item>(archive: Archive<Item>, day: string): ArchivePage<Item> | undefined {
  return archive.pages.find(
    (page) =>
      !page.period.includes('/') && day.startsWith(page.period) && (page.parts.length === 0 || page.level === 'day'),
  );
}

/** The pages a page lies within, outermost first: a facet's day, month and year. */
export function ancestorsOf<Item>(archive: Archive<Item>, page: ArchivePage<Item>): ArchivePage<Item>[] {
  const path = (pages: readonly ArchivePage<Item>[]): ArchivePage<Item>[] | undefined => {
    for (const candidate of pages) {
      if (candidate === page) return [];
      const below = path(candidate.parts);
      if (below) return [candidate, ...below];
    }
    return undefined;
  };
  return path(archive.periods) ?? [];
}
