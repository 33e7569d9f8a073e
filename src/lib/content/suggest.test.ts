import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './suggest.ts';

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('unverifed', 'unverified')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('claimaint', 'claimant')).toBe(1);
  });

  it('suggests the one close candidate', () => {
    expect(closest('unverifed', ['unverified', 'corroborated', 'disputed'])).toBe('unverified');
    expect(closest('russian-defense-ministry', ['russian-defence-ministry', 'kaluga-governor'])).toBe(
      'russian-defence-ministry',
    );
    expect(didYouMean('claimaint', ['title', 'claimant'])).toBe(' (did you mean "claimant"?)');
  });

  it('suggests nothing for far-off values, exact matches, ties or non-text', () => {
    expect(closest('banana', ['unverified', 'disputed'])).toBeUndefined();
    expect(closest('ab', ['ac', 'ad'])).toBeUndefined();
    expect(didYouMean(42, ['40'])).toBe('');
  });
});
