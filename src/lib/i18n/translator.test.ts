import { describe, expect, it } from 'vitest';
import en from '../../translations/en.json' with { type: 'json' };
import { createTranslator, translator } from './translator.ts';

const t = translator('en');

describe('texts', () => {
  it('fills each placeholder with its value, and leaves one without a value as it is', () => {
    expect(t('incident.dateRange', { start: 'a', end: 'b' })).toBe('a to b');
    expect(t('incident.dateRange', { start: 'a' })).toBe('a to {{end}}');
  });

  it('writes one full stop where a value ends a sentence with its own', () => {
    expect(t('breakdown.part', { label: 'Drones', count: 'about 40 etc.' })).toBe('Drones: about 40 etc.');
    expect(t('breakdown.part', { label: 'Drones', count: '40' })).toBe('Drones: 40.');
  });

  it('gives the default locale for a page outside any locale', () => {
    expect(translator(undefined)).toBe(t);
    expect(translator('xx').locale).toBe('en');
  });
});

describe('counts', () => {
  it('picks the plural form the language uses for the number, and writes the number as the locale does', () => {
    expect(t.count('count.claim', 1)).toBe('1 claim');
    expect(t.count('count.claim', 0)).toBe('0 claims');
    expect(t.count('count.claim', 1200)).toBe('1,200 claims');
  });

  it('gives every plural form of a count the language has, for a script to count with', () => {
    expect(t.forms('search.results')).toEqual({ one: '{{count}} result', other: '{{count}} results' });
  });

  it('falls back on the "other" form where the dictionary lacks the one the language asks for', () => {
    const withoutOne: Partial<typeof en> = { ...en };
    delete withoutOne['count.claim_one'];
    const partial = createTranslator('en', withoutOne as typeof en);
    expect(partial.count('count.claim', 1)).toBe('1 claims');
  });
});

describe('numbers and dates', () => {
  it('writes figures, fixed decimals and percentages as the locale does', () => {
    expect(t.number(1200)).toBe('1,200');
    expect(t.number(12.345, 1)).toBe('12.3');
    expect(t.percent(9 / 42, 1)).toBe('21.4%');
    expect(t.percent(1, 1)).toBe('100.0%');
  });

  it('writes a day, never a time, whatever the time zone', () => {
    expect(t.day('2023-11-09')).toBe('9 November 2023');
    expect(t.day('2024-02-29')).toBe('29 February 2024');
    expect(t.month('2024-03')).toBe('March 2024');
    expect(t.shortMonth('2024-03-14')).toBe('Mar');
  });
});

describe('sentences with elements in them', () => {
  it('cuts a text at each placeholder left to an element, in the order the language puts them', () => {
    expect(t.slots('claim.lastReviewed')).toEqual([
      { text: 'Last reviewed ' },
      { slot: 'day' },
      { text: ' by ' },
      { slot: 'editor' },
      { text: '.' },
    ]);
  });

  it('fills the placeholders it is given values for', () => {
    expect(t.slots('embed.footer', { site: 'Contested' })).toEqual([{ text: 'Contested · ' }, { slot: 'link' }]);
  });

  it('cuts a counted sentence in its plural form, with the count filled', () => {
    expect(t.countSlots('home.unverifiedOf', 1)).toEqual([
      { slot: 'all' },
      { text: ', of which 1 is ' },
      { slot: 'unverified' },
      { text: ': no one independent of the claimant has confirmed it.' },
    ]);
  });
});
