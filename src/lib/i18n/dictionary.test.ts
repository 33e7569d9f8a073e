import { describe, expect, it } from 'vitest';
import en from '../../translations/en.json' with { type: 'json' };
import { dictionarySchema, PLACEHOLDER, placeholdersOf } from './dictionary.ts';
import { LOCALES, type Locale } from './locales.ts';
import { DICTIONARIES } from './translator.ts';

const issues = (intl: string, dictionary: object) => {
  const result = dictionarySchema(intl).safeParse(dictionary);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the dictionaries', () => {
  it.each(Object.entries(LOCALES))('%s has every key, every plural form and every placeholder', (locale, { intl }) => {
    expect(issues(intl, DICTIONARIES[locale as Locale])).toEqual([]);
  });
});

// Names and codes every language writes as they are: the site's name, formats, datasets, licences, the
// few technical words the languages borrow as they are, and the data's file names, field names and
// values (the field reference quotes them).
const KEPT_AS_THEY_ARE =
  /[\w-]+\.(?:json|csv)|statement-day|source-date|declined-to-comment|not-commented|not-confirmed|confirms|denies|claimedOnKind|claimedOn|slug|Frictionless|Contested|JavaScript|JSON Schema|pull request|cookie|URL|RSS|CSV|JSON|OPML|BibTeX|CSL|Data Package|WordPress|oEmbed|ACLED|UCDP|Natural Earth|world-atlas|GitHub Pages|Git|Creative Commons Attribution|CC BY|MIT|RFC|UTF-8|CRLF|YYYY-MM-DD|claimedOnKind|\b(?:machine-assisted|human|true|false|claim|actor|place)\b/g;

describe('a translation', () => {
  const translations = Object.keys(LOCALES).filter((locale) => locale !== 'en');

  it.each(translations)('%s writes no English: no Latin word outside names and placeholders', (locale) => {
    const dictionary = DICTIONARIES[locale as Locale] as Record<string, string>;
    const english = Object.entries(dictionary)
      .map(([key, text]) => [key, text.replace(PLACEHOLDER, '').replace(KEPT_AS_THEY_ARE, '')] as const)
      .filter(([, text]) => /[A-Za-z]{3,}/.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(english).toEqual([]);
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
