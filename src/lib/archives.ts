// Date archives: how a long list of claims is cut into pages whose URLs keep their meaning. A page is
// a period of the calendar (a year, a month, a day), never "page 2": adding a claim only adds it to
// the page of its own period, so a link to "March 2024" still means March 2024 tomorrow.
//
// A list starts at years or at months. A period with more claims than a page may hold is cut into the
// periods one level down (a year into months, a month into days), and its own page lists those parts
// instead of the claims. A day is never cut: a day with more claims than the bound stays one page,
// because there is no finer period that keeps its meaning. Periods with no claims get no page.
import { timelineDay, type ClaimLike } from './claims.ts';

export type ArchiveLevel = 'year' | 'month' | 'day';

const LEVELS: readonly ArchiveLevel[] = ['year', 'month', 'day'];
/** Length of a period's key in a `YYYY-MM-DD` day: `YYYY`, `YYYY-MM`, the day itself. */
const KEY_LENGTH: Record<ArchiveLevel, number> = { year: 4, month: 7, day: 10 };

export interface ArchivePage<Item> {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  period: string;
  level: ArchiveLevel;
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
}

/** The key of the period of `level` that holds `day` (`YYYY-MM-DD`). */
export const periodOf = (day: string, level: ArchiveLevel): string => day.slice(0, KEY_LENGTH[level]);

/** The level of a period key, from its length. */
export function levelOf(period: string): ArchiveLevel {
  const level = LEVELS.find((candidate) => KEY_LENGTH[candidate] === period.length);
  if (!level) throw new Error(`"${period}" is not a period (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return level;
}

function periodsAt<Item>(
  items: readonly Item[],
  level: ArchiveLevel,
  bound: number,
  dayOf: (item: Item) => string,
): ArchivePage<Item>[] {
  const periods: ArchivePage<Item>[] = [];
  for (const item of items) {
    const period = periodOf(dayOf(item), level);
    const last = periods.at(-1);
    if (last?.period === period) last.items.push(item);
    else periods.push({ period, level, items: [item], parts: [] });
  }
  const below = LEVELS[LEVELS.indexOf(level) + 1];
  for (const page of periods)
    if (below && page.items.length > bound) page.parts = periodsAt(page.items, below, bound, dayOf);
  return periods;
}

/** The archive of items already in date order: claims sorted by sortChronologically, by default. */
export function buildArchive<Item>(
  items: readonly Item[],
  { top, bound, dayOf = (item) => timelineDay(item as ClaimLike) }: ArchiveOptions<Item>,
): Archive<Item> {
  const periods = periodsAt(items, top, bound, dayOf);
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

/** The listing that holds `day`, if any claim sits on that day or in its period. */
export function listingOf<Item>(archive: Archive<Item>, day: string): ArchivePage<Item> | undefined {
  return archive.listings.find((page) => day.startsWith(page.period));
}
