import { describe, expect, it } from 'vitest';
import { sampleClaim as claim } from '../__fixtures__/claims.ts';
import { t } from '../__fixtures__/view-context.ts';
import { overviewView } from './overview.ts';

const href = (bin: { label: string }) => `/periods/${bin.label}/`;

describe('the timeline overview', () => {
  it('is nothing for no claims, and one sentence when every claim falls in one month', () => {
    expect(overviewView([], 'overview', href, t)).toBeUndefined();
    expect(overviewView([claim('a')], 'overview', href, t)).toEqual({
      kind: 'sentence',
      text: 'The one claim so far concerns days in January 2024: 1 unverified.',
    });
    expect(overviewView([claim('a'), claim('b', { status: 'disputed' })], 'overview', href, t)).toMatchObject({
      kind: 'sentence',
      text: 'All 2 claims so far concern days in January 2024: 1 unverified, 1 disputed.',
    });
  });

  it('draws claims per period by status, each bar in words and linked, the table only periods with claims', () => {
    const view = overviewView(
      [
        claim('a', { claimedOn: '2024-01-10' }),
        claim('b', { claimedOn: '2024-03-02', status: 'disputed' }),
        claim('c', { claimedOn: '2024-03-05' }),
      ],
      'overview',
      href,
      t,
    );
    if (view?.kind !== 'chart') throw new Error(`a chart was expected, not ${JSON.stringify(view)}`);
    expect(view.legend.map((entry) => entry.label)).toEqual(['Unverified', 'Disputed']);
    expect(view.bars.map((bar) => bar.title)).toEqual([
      'January 2024: 1 claim, 1 unverified',
      'February 2024: 0 claims',
      'March 2024: 2 claims, 1 unverified, 1 disputed',
    ]);
    expect(view.bars.map((bar) => bar.href)).toEqual([
      '/periods/January 2024/',
      '/periods/February 2024/',
      '/periods/March 2024/',
    ]);
    expect(view.table.rows.map((row) => [row.label, ...row.counts, row.total])).toEqual([
      ['January 2024', '1', '0', '1'],
      ['March 2024', '1', '1', '2'],
    ]);
  });
});
