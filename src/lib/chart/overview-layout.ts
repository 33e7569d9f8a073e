// Layout of the timeline overview: how many claims came in each month (each week when the whole span
// is under three months), every bar stacked by status. Pure, like the breakdown layout: the component
// copies numbers into SVG and the maths is tested on its own.
//
// Form. One bar per period from the first claim to the last, empty periods included, so gaps in the
// reporting show as gaps. Statuses are stacked in the methodology's order, the same order every
// legend and table uses, from unverified at the bottom; the chart is drawn 320 units wide like the
// breakdown chart, so its text stays legible on a phone. Colour is not the only carrier: the legend
// and the table name each status, and each bar's title says its figures in words.
import { scaleBand, scaleLinear, utcMonday, utcMonth } from 'd3';
import { countByStatus, timelineDay, type ClaimLike } from '../claims.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';

export type OverviewUnit = 'month' | 'week';

export interface StatusSegment {
  status: ClaimStatus;
  count: number;
  y: number;
  height: number;
}

export interface OverviewBin {
  /** First day of the period, `YYYY-MM-DD`. */
  start: string;
  /** "March 2024", "Week of 4 March 2024". */
  label: string;
  total: number;
  counts: Record<ClaimStatus, number>;
  /** The first day in the period that has a claim; undefined for an empty period. */
  firstDay: string | undefined;
  x: number;
  width: number;
  /** Only the statuses the period has, bottom first. */
  segments: StatusSegment[];
}

export interface AxisLabel {
  text: string;
  x: number;
  y: number;
}

export interface OverviewLayout {
  unit: OverviewUnit;
  width: number;
  height: number;
  bins: OverviewBin[];
  /** Horizontal guides with their counts, on the left. */
  ticks: (AxisLabel & { lineY: number })[];
  /** Period names under the bars, thinned so they never collide. */
  periodLabels: AxisLabel[];
  plot: { left: number; right: number; top: number; bottom: number };
}

export const OVERVIEW_WIDTH = 320;
const PLOT_HEIGHT = 140;
const MARGIN = { top: 8, right: 4, bottom: 24, left: 40 };
/** Below this many months from first to last claim, a month is too coarse: the bars are weeks. */
const MONTHS_FOR_MONTHLY = 3;
// A period with one claim beside one with thousands would round to nothing: every status a period has
// keeps at least this height, so no claim vanishes from the picture (the table gives exact figures).
const MIN_SEGMENT = 1;
// The chart's text is 13 units (about 10 px on a 320 px screen); glyphs average at most 0.6 em, so
// labels spaced by this never overlap.
export const LABEL_CHAR_WIDTH = 0.6 * 13;

const day = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

/** Whole calendar months from the first to the last day, counting both. */
export function monthsSpanned(first: string, last: string): number {
  const months = (isoDay: string) => Number(isoDay.slice(0, 4)) * 12 + Number(isoDay.slice(5, 7));
  return months(last) - months(first) + 1;
}

/** Month bins when the span is three months or more, else week bins (weeks start on Monday). */
export function overviewUnit(first: string, last: string): OverviewUnit {
  return monthsSpanned(first, last) >= MONTHS_FOR_MONTHLY ? 'month' : 'week';
}

interface Tally {
  start: string;
  counts: Record<ClaimStatus, number>;
  firstDay: string | undefined;
}

/** One tally per period from the first claim's to the last's, empty ones included; `sorted` by day. */
function tallyPeriods(sorted: readonly { day: string; status: ClaimStatus }[], unit: OverviewUnit): Tally[] {
  const interval = unit === 'month' ? utcMonth : utcMonday;
  const first = dateOf(sorted[0]?.day ?? '1970-01-01');
  const last = dateOf(sorted.at(-1)?.day ?? '1970-01-01');
  const tallies = interval
    .range(interval.floor(first), interval.offset(interval.floor(last), 1))
    .map((start): Tally => ({ start: day(start), counts: countByStatus([]), firstDay: undefined }));
  let at = 0;
  for (const { day: claimDay, status } of sorted) {
    while (at + 1 < tallies.length && (tallies[at + 1]?.start ?? '') <= claimDay) at += 1;
    const tally = tallies[at];
    if (!tally) continue;
    tally.counts[status] += 1;
    tally.firstDay ??= claimDay;
  }
  return tallies;
}

const periodName = (start: string, unit: OverviewUnit, t: Translator) =>
  unit === 'month' ? t.month(start.slice(0, 7)) : t('overview.weekOf', { day: t.day(start) });

/**
 * The text under a bar: over many months, the year at each January (and the first bar); over fewer,
 * each month, with its year at January and the first bar; a week's first day.
 */
function shortLabel(
  start: string,
  unit: OverviewUnit,
  index: number,
  manyMonths: boolean,
  t: Translator,
): string | undefined {
  const date = dateOf(start);
  const month = t.shortMonth(start);
  if (unit === 'week') return t('overview.dayMonthTick', { day: date.getUTCDate(), month });
  const startsYear = date.getUTCMonth() === 0 || index === 0;
  if (manyMonths) return startsYear ? String(date.getUTCFullYear()) : undefined;
  return startsYear ? t('overview.monthYearTick', { month, year: date.getUTCFullYear() }) : month;
}

/** Keeps labels left to right, dropping any that would overlap the one kept before it. */
function thinLabels(candidates: readonly AxisLabel[]): AxisLabel[] {
  const kept: AxisLabel[] = [];
  for (const label of candidates) {
    const previous = kept.at(-1);
    const halfWidths = ((previous?.text.length ?? 0) + label.text.length) * (LABEL_CHAR_WIDTH / 2);
    if (!previous || label.x - previous.x >= halfWidths + 4) kept.push(label);
  }
  return kept;
}

/**
 * The overview of claims in time, or undefined when there is nothing to chart: no claims, or all of
 * them in one calendar month (a page says that in a sentence instead of drawing one bar).
 */
export function layoutOverview(
  claims: readonly ClaimLike[],
  t: Translator,
  width = OVERVIEW_WIDTH,
): OverviewLayout | undefined {
  const days = claims
    .map((claim) => ({ day: timelineDay(claim), status: claim.data.status }))
    .sort((a, b) => a.day.localeCompare(b.day));
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  if (!first || !last || first.slice(0, 7) === last.slice(0, 7)) return undefined;
  const unit = overviewUnit(first, last);
  const tallies = tallyPeriods(days, unit);
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: MARGIN.top + PLOT_HEIGHT };
  const totals = tallies.map((tally) => CLAIM_STATUSES.reduce((sum, status) => sum + tally.counts[status], 0));
  const x = scaleBand<string>()
    .domain(tallies.map((tally) => tally.start))
    .range([plot.left, plot.right])
    .paddingInner(tallies.length > 24 ? 0.15 : 0.25);
  const y = scaleLinear()
    .domain([0, Math.max(...totals)])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const bins = tallies.map((tally, index): OverviewBin => {
    let top = plot.bottom;
    const segments = CLAIM_STATUSES.filter((status) => tally.counts[status] > 0).map((status) => {
      const count = tally.counts[status];
      const height = round(Math.max(MIN_SEGMENT, plot.bottom - y(count)));
      top = round(top - height);
      return { status, count, y: top, height };
    });
    return {
      start: tally.start,
      label: periodName(tally.start, unit, t),
      total: totals[index] ?? 0,
      counts: tally.counts,
      firstDay: tally.firstDay,
      x: round(x(tally.start) ?? 0),
      width: round(x.bandwidth()),
      segments,
    };
  });
  const manyMonths = unit === 'month' && tallies.length > 12;
  const periodLabels = thinLabels(
    bins.flatMap((bin, index) => {
      const text = shortLabel(bin.start, unit, index, manyMonths, t);
      return text === undefined ? [] : [{ text, x: round(bin.x + bin.width / 2), y: plot.bottom + 17 }];
    }),
  );
  const ticks = y.ticks(4).map((value) => ({
    text: t.number(value),
    x: plot.left - 5,
    y: round(y(value) + 4),
    lineY: round(y(value)),
  }));
  return { unit, width, height: plot.bottom + MARGIN.bottom, bins, ticks, periodLabels, plot };
}

/** The figures the description gives: span, total, busiest period, and the count of each status. */
export function describeOverview(layout: OverviewLayout, t: Translator): string {
  const { bins } = layout;
  const total = bins.reduce((sum, bin) => sum + bin.total, 0);
  const busiest = bins.reduce((top, bin) => (bin.total > top.total ? bin : top));
  const byStatus = CLAIM_STATUSES.map(
    (status) => [status, bins.reduce((sum, bin) => sum + bin.counts[status], 0)] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([status, count]) =>
      t('status.counted', { count: t.number(count), status: t(`status.${status}.label`).toLowerCase() }),
    );
  return t('overview.description', {
    claims: t.count('count.claim', total),
    periods: t.count(layout.unit === 'month' ? 'count.month' : 'count.week', bins.length),
    first: bins[0]?.label ?? '',
    last: bins.at(-1)?.label ?? '',
    most: t.number(busiest.total),
    busiest: layout.unit === 'month' ? busiest.label : t('overview.theWeekOf', { day: t.day(busiest.start) }),
    statuses: byStatus.join(t('list.separator')),
  });
}
