// What the timeline overview shows: the chart of claims per period stacked by status, its legend and
// table, with each period linked to its archive page; or, when every claim falls in one month, one
// sentence instead of a one-bar chart.
import { countByStatus, timelineDay, type ClaimLike } from '../claims.ts';
import { describeOverview, layoutOverview, type OverviewLayout } from '../chart/overview-layout.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import { statusesInWords } from './common.ts';

export interface OverviewBar {
  /** "March 2024: 12 claims, 8 unverified, 4 disputed": the bar's figures in words. */
  title: string;
  href: string | undefined;
  bin: OverviewLayout['bins'][number];
}

export interface OverviewChartView {
  kind: 'chart';
  idPrefix: string;
  title: string;
  description: string;
  layout: OverviewLayout;
  bars: OverviewBar[];
  /** The statuses drawn, in stacking order (bottom first). */
  legend: { status: ClaimStatus; label: string }[];
  table: {
    caption: string;
    /** The status columns, in the legend's order. */
    statuses: { status: ClaimStatus; label: string }[];
    rows: { label: string; href: string | undefined; counts: string[]; total: string }[];
  };
}

export interface OverviewSentenceView {
  kind: 'sentence';
  text: string;
}

export type OverviewView = OverviewChartView | OverviewSentenceView;

/**
 * The overview of `claims` (in timeline order), or undefined for none. `barHref` says where a
 * period's bar and table row lead (see overviewBarHref).
 */
export function overviewView(
  claims: readonly ClaimLike[],
  idPrefix: string,
  barHref: (bin: OverviewBar['bin'], unit: OverviewLayout['unit']) => string | undefined,
  t: Translator,
): OverviewView | undefined {
  const first = claims[0];
  if (!first) return undefined;
  const layout = layoutOverview(claims, t);
  if (!layout) {
    return {
      kind: 'sentence',
      text: t('overview.sentence', {
        all: t.count('overview.allConcern', claims.length),
        month: t.month(timelineDay(first).slice(0, 7)),
        statuses: statusesInWords(countByStatus(claims), t),
      }),
    };
  }
  const drawn = CLAIM_STATUSES.filter((status) => layout.bins.some((bin) => bin.counts[status] > 0));
  const statuses = drawn.map((status) => ({ status, label: t(`status.${status}.label`) }));
  const bars = layout.bins.map((bin) => {
    const period = { period: bin.label, claims: t.count('count.claim', bin.total) };
    return {
      bin,
      href: barHref(bin, layout.unit),
      title:
        bin.total > 0
          ? t('overview.barTitleByStatus', { ...period, statuses: statusesInWords(bin.counts, t) })
          : t('overview.barTitle', period),
    };
  });
  const title = t(`overview.title.${layout.unit}`);
  return {
    kind: 'chart',
    idPrefix,
    title,
    description: describeOverview(layout, t),
    layout,
    bars,
    legend: statuses,
    table: {
      caption: title,
      statuses,
      rows: bars
        .filter(({ bin }) => bin.total > 0)
        .map(({ bin, href }) => ({
          label: bin.label,
          href,
          counts: drawn.map((status) => t.number(bin.counts[status])),
          total: t.number(bin.total),
        })),
    },
  };
}
