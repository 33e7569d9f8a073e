// What an archive page shows (see ../archives.ts): its period in words, the periods it is cut into,
// the way up and the pages either side, each as a link with its number of claims.
import {
  ancestorsOf,
  calendarPeriod,
  facetValues,
  latestListing,
  levelOf,
  listingOf,
  neighboursOf,
  type Archive,
  type ArchiveLevel,
  type ArchivePage,
  type Facet,
} from '../archives.ts';
import type { Translator } from '../i18n/translator.ts';

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
  /** What the parts are: months, days, or a day's incidents or claimants. */
  partsBy: ArchiveLevel | undefined;
  /** The enclosing periods, outermost first: a day's year and month. */
  trail: PeriodLink[];
  earlier: PeriodLink | undefined;
  later: PeriodLink | undefined;
}

/** What a facet's value is called: an incident's title, a claimant's name. */
export type FacetNames = Record<Facet, (value: string) => string>;

/** For lists whose pages are never cut below a day (incidents) or tests: values as they are. */
export const SLUG_NAMES: FacetNames = { incident: (value) => value, claimant: (value) => value };

/** A calendar period in words, at its own level of detail: "2024", "March 2024", "5 March 2024". */
export function periodLabel(period: string, t: Translator): string {
  const calendar = calendarPeriod(period);
  const level = levelOf(calendar);
  if (level === 'year') return calendar;
  return level === 'month' ? t.month(calendar) : t.day(calendar);
}

/** A page's period in words, with what a day's part is: "14 March 2024 · Night strikes · Ministry A". */
export function pageLabel(page: ArchivePage<unknown>, t: Translator, names: FacetNames = SLUG_NAMES): string {
  const values = facetValues(page.period);
  return [periodLabel(page.period, t), ...page.facets.map((facet, index) => names[facet](values[index] ?? ''))].join(
    t('list.metaSeparator'),
  );
}

export const periodLink = (
  page: ArchivePage<unknown>,
  href: PeriodHref,
  t: Translator,
  names?: FacetNames,
): PeriodLink => ({
  period: page.period,
  label: pageLabel(page, t, names),
  href: href(page.period),
  count: page.items.length,
});

/** The list's top-level periods, newest first: the index on the list's first page. */
export const archiveIndex = (archive: Archive<unknown>, href: PeriodHref, t: Translator): PeriodLink[] =>
  archive.periods.map((page) => periodLink(page, href, t)).reverse();

/** The latest period that lists its claims: what a list's first page shows in full. */
export function latestLink(
  archive: Archive<unknown>,
  href: PeriodHref,
  t: Translator,
  names?: FacetNames,
): PeriodLink | undefined {
  const latest = latestListing(archive);
  return latest && periodLink(latest, href, t, names);
}

export function archivePageView(
  archive: Archive<unknown>,
  page: ArchivePage<unknown>,
  href: PeriodHref,
  t: Translator,
  names?: FacetNames,
): ArchivePageView {
  const { earlier, later } = neighboursOf(archive, page);
  const link = (other: ArchivePage<unknown> | undefined) => other && periodLink(other, href, t, names);
  return {
    period: page.period,
    label: pageLabel(page, t, names),
    count: page.items.length,
    parts: page.parts.map((part) => periodLink(part, href, t, names)),
    partsBy: page.parts[0]?.level,
    trail: ancestorsOf(archive, page).map((other) => periodLink(other, href, t, names)),
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
