import { describe, expect, it } from 'vitest';
import type { ClaimLike } from '../claims.ts';
import type { ClaimStatus } from '../content/schema.ts';
import {
  describeOverview,
  LABEL_CHAR_WIDTH,
  layoutOverview,
  monthsSpanned,
  OVERVIEW_WIDTH,
  overviewUnit,
} from './overview-layout.ts';
import { t } from '../__fixtures__/view-context.ts';

let serial = 0;
const claims = (day: string, n = 1, status: ClaimStatus = 'unverified'): ClaimLike[] =>
  Array.from({ length: n }, () => ({
    id: `claim-${(serial += 1)}`,
    data: {
      title: 'A ministry says something',
      claimant: 'ministry',
      incident: 'an-incident',
      claimedOn: day,
      claimedOnKind: 'source-date',
      status,
      summary: 'A summary long enough.',
      sources: [{ title: 'A report', date: day }],
    },
  }));

const mustLayout = (list: ClaimLike[]) => {
  const layout = layoutOverview(list, t);
  if (!layout) throw new Error('expected a chart');
  return layout;
};

describe('overview layout', () => {
  it('draws nothing for no claims, or for claims all in one month', () => {
    expect(layoutOverview([], t)).toBeUndefined();
    expect(layoutOverview([...claims('2023-11-01'), ...claims('2023-11-30', 5, 'disputed')], t)).toBeUndefined();
  });

  it('has one bar per month from the first claim to the last, empty months included', () => {
    const layout = mustLayout([...claims('2023-11-09', 2), ...claims('2024-02-29'), ...claims('2024-04-01', 3)]);
    expect(layout.unit).toBe('month');
    expect(layout.bins.map((bin) => [bin.start, bin.total])).toEqual([
      ['2023-11-01', 2],
      ['2023-12-01', 0],
      ['2024-01-01', 0],
      ['2024-02-01', 1],
      ['2024-03-01', 0],
      ['2024-04-01', 3],
    ]);
    expect(layout.bins.map((bin) => bin.firstDay)).toEqual([
      '2023-11-09',
      undefined,
      undefined,
      '2024-02-29',
      undefined,
      '2024-04-01',
    ]);
    expect(layout.bins[0]?.label).toBe('November 2023');
  });

  it('uses weeks starting on Monday when the span is under three months', () => {
    expect(overviewUnit('2024-01-31', '2024-02-01')).toBe('week');
    expect(overviewUnit('2024-01-31', '2024-03-01')).toBe('month');
    expect(monthsSpanned('2023-12-31', '2024-01-01')).toBe(2);
    // 29 January 2024 and 5 February 2024 are Mondays.
    const layout = mustLayout([...claims('2024-01-31'), ...claims('2024-02-04'), ...claims('2024-02-05', 2)]);
    expect(layout.unit).toBe('week');
    expect(layout.bins.map((bin) => [bin.start, bin.total])).toEqual([
      ['2024-01-29', 2],
      ['2024-02-05', 2],
    ]);
    expect(layout.bins[0]?.label).toBe('Week of 29 January 2024');
  });

  it('stacks each bar by status in the methodology order, heights proportional to counts', () => {
    const layout = mustLayout([
      ...claims('2024-01-10', 3, 'disputed'),
      ...claims('2024-01-11', 1, 'unverified'),
      ...claims('2024-03-01', 2, 'confirmed'),
    ]);
    const january = layout.bins[0]!;
    expect(january.segments.map((s) => [s.status, s.count])).toEqual([
      ['unverified', 1],
      ['disputed', 3],
    ]);
    const [bottom, top] = january.segments;
    expect(top!.height / bottom!.height).toBeCloseTo(3, 1);
    // Stacked without gaps or overlaps: the upper segment ends where the lower one starts.
    expect(top!.y + top!.height).toBeCloseTo(bottom!.y, 5);
    expect(bottom!.y + bottom!.height).toBeCloseTo(layout.plot.bottom, 5);
  });

  it('draws a month with one status only as one segment', () => {
    const layout = mustLayout([...claims('2024-01-10', 4, 'refuted'), ...claims('2024-03-10')]);
    expect(layout.bins[0]?.segments.map((s) => s.status)).toEqual(['refuted']);
  });

  it('keeps a very large month inside the plot, and the small ones visible', () => {
    const layout = mustLayout([...claims('2024-01-10', 5000), ...claims('2024-02-10', 1), ...claims('2024-03-10', 7)]);
    const [huge, tiny] = layout.bins;
    expect(huge!.segments[0]!.y).toBeGreaterThanOrEqual(layout.plot.top);
    expect(tiny!.segments[0]!.height).toBeGreaterThan(0);
    expect(layout.ticks.at(-1)?.text).toBe('5,000');
  });

  it('keeps every bar and label inside the chart and no two period labels overlapping', () => {
    const many = Array.from({ length: 36 }, (_, i) =>
      claims(`${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`, i + 1),
    ).flat();
    const layout = mustLayout(many);
    expect(layout.bins).toHaveLength(36);
    for (const bin of layout.bins) {
      expect(bin.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(bin.x + bin.width).toBeLessThanOrEqual(OVERVIEW_WIDTH);
    }
    expect(layout.periodLabels.map((label) => label.text)).toEqual(['2023', '2024', '2025']);
    const short = mustLayout([...claims('2024-01-10'), ...claims('2024-06-10')]);
    const xs = short.periodLabels.map((label) => label.x);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThanOrEqual(3 * LABEL_CHAR_WIDTH + 4));
  });

  it('describes the figures in words', () => {
    const layout = mustLayout([...claims('2023-12-31', 2), ...claims('2024-02-01', 1, 'refuted')]);
    expect(describeOverview(layout, t)).toBe(
      '3 claims over 3 months, from December 2023 to February 2024. The most, 2, in December 2023. ' +
        'By status: 2 unverified, 1 refuted.',
    );
  });
});
