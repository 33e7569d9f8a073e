// Dates stay `YYYY-MM-DD` strings end to end: the sources give days, not instants, so a Date object
// would invent a time of day and shift across time zones. ISO day strings also sort as text.

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

// Made once: building an Intl.DateTimeFormat costs far more than formatting with it, and a large site
// formats tens of thousands of dates (profiled: 8 % of a 1,000-claim build when made per call).
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** "Mar" for a `YYYY-MM-DD` day: a month's short name, for chart labels. */
export function formatShortMonth(isoDay: string): string {
  return SHORT_MONTH_FORMAT.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
}

/** "9 November 2023": the day only, never a time the source did not give. */
export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return DAY_FORMAT.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "March 2024" for a `YYYY-MM` month. */
export function formatMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split('-').map(Number) as [number, number];
  return MONTH_FORMAT.format(new Date(Date.UTC(year, month - 1, 1)));
}
