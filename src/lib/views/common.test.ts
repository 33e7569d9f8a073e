import { describe, expect, it } from 'vitest';
import { latest } from './common.ts';

describe('the latest of a list', () => {
  it('takes the last items of a list in timeline order, keeping that order', () => {
    expect(latest([1, 2, 3, 4], 2)).toEqual([3, 4]);
    expect(latest([1], 5)).toEqual([1]);
  });
});
