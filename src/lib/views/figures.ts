// What a breakdown figure shows: chart layout, caption, table and CSV link; and the home page's
// headline figure.
import type { ClaimLike } from '../claims.ts';
import { breakdownTitle, describeBreakdown, layoutBreakdown, type BreakdownLayout } from '../chart/breakdown-layout.ts';
import type { Breakdown } from '../content/schema.ts';
import type { ViewContext } from './common.ts';

export interface BreakdownFigureView {
  /** Prefix for the figure's ids, unique on the page. */
  idPrefix: string;
  title: string;
  /** The unit counted, in the title: never translated, so marked on a page in another language. */
  unit: string;
  /** Unless the figures are confirmed: the claim's status, linked to its definition. */
  unverifiedNote: { label: string; href: string } | undefined;
  layout: BreakdownLayout;
  description: string;
  table: {
    caption: string;
    unitHeading: string;
    rows: { label: string; count: string; share: string }[];
    total: { count: string; share: string };
  };
  csvHref: string;
}

/** The home page's headline figure: the breakdown of the latest claim, in timeline order, that has one. */
export function headlineFigure(
  chronological: readonly ClaimLike[],
  context: ViewContext,
): { claimHref: string; figure: BreakdownFigureView } | undefined {
  for (const claim of [...chronological].reverse()) {
    const { breakdown } = claim.data;
    if (breakdown)
      return {
        claimHref: context.urls.claim(claim.id),
        figure: breakdownFigure(claim, breakdown, context.nameOf(claim.data.claimant), context),
      };
  }
  return undefined;
}

/** A claim's breakdown as its figure shows it: chart, caption, table and CSV link. */
export function breakdownFigure(
  claim: ClaimLike,
  breakdown: Breakdown,
  claimantName: string,
  { urls, t }: Pick<ViewContext, 'urls' | 't'>,
): BreakdownFigureView {
  const confirmed = claim.data.status === 'confirmed';
  const share = (fraction: number) => t.percent(fraction, 1);
  return {
    idPrefix: `breakdown-${claim.id}`,
    title: breakdownTitle(breakdown, claimantName, confirmed, t),
    unit: breakdown.unit,
    unverifiedNote: confirmed
      ? undefined
      : {
          label: t(`status.${claim.data.status}.label`).toLowerCase(),
          href: urls.statusDefinition(claim.data.status),
        },
    layout: layoutBreakdown(breakdown, { confirmed, t }),
    description: describeBreakdown(breakdown, claimantName, confirmed, t),
    table: {
      caption: confirmed
        ? t('breakdown.caption.confirmed')
        : t('breakdown.caption.asClaimed', { claimant: claimantName }),
      unitHeading: breakdown.unit.charAt(0).toUpperCase() + breakdown.unit.slice(1),
      rows: breakdown.parts.map((part) => ({
        label: part.label,
        count: t.number(part.count),
        share: share(part.count / breakdown.total),
      })),
      total: { count: t.number(breakdown.total), share: share(1) },
    },
    csvHref: urls.claimCsv(claim.id),
  };
}
