import { describe, expect, it } from 'vitest';
import { kept } from './memo.ts';

describe('kept', () => {
  it('makes a value the first time it is asked for, and hands back that same value after', () => {
    const store = new Map<string, { made: number }>();
    let made = 0;
    const make = () => ({ made: ++made });
    const first = kept(store, 'crimea', make);
    expect(kept(store, 'crimea', make)).toBe(first);
    expect(kept(store, 'kaluga', make)).toEqual({ made: 2 });
    expect(made).toBe(2);
  });

  it('keeps by object in a WeakMap', () => {
    const store = new WeakMap<object, string>();
    const entry = {};
    expect(kept(store, entry, () => 'first')).toBe('first');
    expect(kept(store, entry, () => 'second')).toBe('first');
    expect(kept(store, {}, () => 'other')).toBe('other');
  });
});
