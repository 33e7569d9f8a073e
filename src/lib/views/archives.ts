// What an archive page shows (see ../archives.ts): its period in words, the periods it is cut into,
// the way up and the pages either side, each as a link with its number of claims.
import { latestListing, levelOf, listingOf, neighboursOf, type Archive, type ArchivePage } from '../archives.ts';
import { formatDay, formatMonth } from '../dates.ts';

/** The URL of a period's page in one list (the timeline, a status's, an actor's, the unverified list). */
export type PeriodHref = (period: string) => string;

export interface PeriodLink {
  period: string;
  /** "2024", "March 2024", "5 March 2024". */
  label: string;
  href: string;
  count: number;
}

export interface ArchivePageView {
  period: string;
  label: string;
  count: number;
  /** The periods this page is cut into, when it holds too many claims to list; else empty. */
  parts: PeriodLink[];
  /** What the parts are: "month" or "day". */
  partsBy: string | undefined;
  /** The enclosing periods, outermost first: a day's year and month. */
  trail: PeriodLink[];
  earlier: PeriodLink | undefined;
  later: PeriodLink | undefined;
}

/** A period in words, at its own level of detail. */
export function periodLabel(period: string): string {
  const level = levelOf(period);
  if (level === 'year') return period;
  return level === 'month' ? formatMonth(period) : formatDay(period);
}

export const periodLink = (page: ArchivePage<unknown>, href: PeriodHref): PeriodLink => ({
  period: page.period,
  label: periodLabel(page.period),
  href: href(page.period),
  count: page.items.length,
});

/** The list's top-level periods, newest first: the index on the list's first page. */
export const archiveIndex = (archive: Archive<unknown>, href: PeriodHref): PeriodLink[] =>
  archive.periods.map((page) => periodLink(page, href)).reverse();

/** The latest period that lists its claims: what a list's first page shows in full. */
export function latestLink(archive: Archive<unknown>, href: PeriodHref): PeriodLink | undefined {
  const latest = latestListing(archive);
  return latest && periodLink(latest, href);
}

export function archivePageView(
  archive: Archive<unknown>,
  page: ArchivePage<unknown>,
  href: PeriodHref,
): ArchivePageView {
  const { earlier, later } = neighboursOf(archive, page);
  const link = (other: ArchivePage<unknown> | undefined) => other && periodLink(other, href);
  return {
    period: page.period,
    label: periodLabel(page.period),
    count: page.items.length,
    parts: page.parts.map((part) => periodLink(part, href)),
    partsBy: page.parts[0]?.level,
    trail: archive.pages
      .filter((other) => other !== page && page.period.startsWith(other.period))
      .map((other) => periodLink(other, href)),
    earlier: link(earlier),
    later: link(later),
  };
}

/**
 * Where a bar of the overview chart leads: a month's own page where the list has one, otherwise the
 * page that lists the period's first day, at that day.
 */
export function overviewBarHref(
  archive: Archive<unknown>,
  href: PeriodHref,
): (bin: { start: string; firstDay: string | undefined }, unit: 'month' | 'week') => string | undefined {
  const periods = new Set(archive.pages.map((page) => page.period));
  return ({ start, firstDay }, unit) => {
    if (firstDay === undefined) return undefined;
    const month = start.slice(0, 7);
    if (unit === 'month' && periods.has(month)) return href(month);
    const listing = listingOf(archive, firstDay);
    return listing && `${href(listing.period)}#day-${firstDay}`;
  };
}
