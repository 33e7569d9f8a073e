import { describe, expect, it } from 'vitest';
import { count } from './wording.ts';

describe('counts in words', () => {
  it('writes one thing in the singular and any other number in the plural', () => {
    expect(count(1, 'claim')).toBe('1 claim');
    expect(count(0, 'claim')).toBe('0 claims');
    expect(count(3, 'party', 'parties')).toBe('3 parties');
  });

  it('writes large counts as the site writes every figure, so a sentence never mixes "1200" and "1,200"', () => {
    expect(count(1200, 'claim')).toBe('1,200 claims');
  });
});
