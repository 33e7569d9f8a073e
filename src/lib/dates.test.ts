import { describe, expect, it } from 'vitest';
import { todayUtc } from './dates.ts';
import { isoDay } from './content/schema.ts';

describe('dates', () => {
  it.each([
    ['2023-11-09', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-11-9', false],
    ['9 November 2023', false],
  ])('a content date of %s is accepted: %s', (value, expected) => {
    expect(isoDay.safeParse(value).success).toBe(expected);
  });

  it('takes today in UTC, not local time', () => {
    expect(todayUtc(new Date('2023-11-09T23:30:00-05:00'))).toBe('2023-11-10');
  });
});
