import { describe, expect, it } from 'vitest';
import en from '../../translations/en.json' with { type: 'json' };
import { dictionarySchema, placeholdersOf } from './dictionary.ts';
import { LOCALES } from './locales.ts';

const issues = (intl: string, dictionary: object) => {
  const result = dictionarySchema(intl).safeParse(dictionary);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the dictionaries', () => {
  it.each(Object.entries(LOCALES))('%s has every key, every plural form and every placeholder', (_, { intl }) => {
    expect(issues(intl, en)).toEqual([]);
  });
});

describe('the dictionary schema', () => {
  it('names a missing key', () => {
    const missing: Partial<typeof en> = { ...en };
    delete missing['nav.search'];
    expect(issues('en-GB', missing)).toEqual([expect.stringMatching(/^nav\.search: /)]);
  });

  it('refuses a key English does not have', () => {
    expect(issues('en-GB', { ...en, 'nav.extra': 'Extra' })).toEqual([expect.stringContaining('nav.extra')]);
  });

  it('names a placeholder a translation drops, and says which it must use', () => {
    expect(issues('en-GB', { ...en, 'incident.dateRange': 'from {{start}}' })).toEqual([
      'incident.dateRange: must use exactly {{end}}, {{start}}, as the English does',
    ]);
  });

  it('asks for every plural form the language has: Ukrainian and Russian have four', () => {
    const problems = issues('uk', en);
    expect(problems).toContainEqual(expect.stringMatching(/^count\.claim_few: /));
    expect(problems).toContainEqual(expect.stringMatching(/^count\.claim_many: /));
  });

  it('reads the placeholders of a text', () => {
    expect(placeholdersOf('{{b}} and {{a}}, {{b}}')).toEqual(['a', 'b']);
  });
});
