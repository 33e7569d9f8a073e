import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { breakdownCsv } from './breakdown-csv.ts';

describe('breakdown CSV', () => {
  it('has one row per part that reads back to the same figures, quoting what needs it', () => {
    const csv = breakdownCsv({
      claim: 'crimea-42-drones',
      claimant: 'Russian Ministry of Defence',
      status: 'unverified',
      breakdown: {
        total: 42,
        unit: 'drones',
        parts: [
          { label: 'Destroyed by air defence', count: 9 },
          { label: 'Suppressed, then "crashed"', count: 33 },
        ],
      },
    });
    expect(csv.split('\n')[0]).toBe('claim,claimant,status,unit,part,count,total');
    const rows = csvParse(csv);
    expect(rows.map((row) => [row['part'], Number(row['count'])])).toEqual([
      ['Destroyed by air defence', 9],
      ['Suppressed, then "crashed"', 33],
    ]);
    expect(rows.every((row) => row['claimant'] === 'Russian Ministry of Defence' && row['total'] === '42')).toBe(true);
  });
});
