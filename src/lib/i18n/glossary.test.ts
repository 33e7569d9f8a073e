import { describe, expect, it } from 'vitest';
import en from '../../translations/en.json' with { type: 'json' };
import { forbiddenUses, forbiddenUsesByLine, GLOSSARY } from './glossary.ts';
import { LOCALES, type Locale } from './locales.ts';
import { translator } from './translator.ts';

describe('the glossary', () => {
  it('gives a neutral term in every language for each word that takes a side, and explains each', () => {
    for (const term of GLOSSARY) {
      for (const locale of Object.keys(LOCALES) as Locale[]) expect(term.neutral[locale], term.id).toBeTruthy();
      expect(Object.keys(en)).toEqual(
        expect.arrayContaining([`glossary.${term.id}.concept`, `glossary.${term.id}.note`]),
      );
    }
  });

  it('never forbids its own neutral term', () => {
    for (const term of GLOSSARY)
      for (const locale of Object.keys(LOCALES) as Locale[])
        expect(forbiddenUses(term.neutral[locale], locale), `${term.id} (${locale})`).toEqual([]);
  });
});

describe('forbidden words', () => {
  it('are found at the start of a word, in any case and with any ending', () => {
    expect(forbiddenUses('The Annexed peninsula', 'en')).toEqual([{ word: 'annexed', term: 'crimea-status' }]);
    expect(forbiddenUses('після анексії Криму', 'uk')).toEqual([{ word: 'анексі', term: 'crimea-status' }]);
    expect(forbiddenUses('события на Украине', 'ru')).toEqual([{ word: 'на Украине', term: 'ukraine-preposition' }]);
  });

  it('are not found inside another word', () => {
    expect(forbiddenUses('unliberated', 'en')).toEqual([]);
  });

  it('are found as themselves only when they are abbreviations', () => {
    expect(forbiddenUses('своя позиция', 'ru')).toEqual([]);
    expect(forbiddenUses('в ходе СВО', 'ru')).toEqual([{ word: 'СВО', term: 'war-name' }]);
  });

  it('are allowed in quotation marks: quoting a party is attribution', () => {
    expect(forbiddenUses('The ministry spoke of a «специальной военной операции».', 'ru')).toEqual([]);
    expect(forbiddenUses('It called the area "liberated".', 'en')).toEqual([]);
    expect(forbiddenUses('It called the area liberated.', 'en')).toEqual([{ word: 'liberated', term: 'control' }]);
  });

  it('are found on their line, and a quotation runs over lines but never past its paragraph', () => {
    expect(forbiddenUsesByLine('It spoke of the\n"liberated\narea", it said.', 'en')).toEqual([]);
    expect(forbiddenUsesByLine('A stray " mark.\n\nThe liberated area.\n', 'en')).toEqual([
      { word: 'liberated', term: 'control', line: 2 },
    ]);
  });

  it('are used in no dictionary', () => {
    for (const locale of Object.keys(LOCALES) as Locale[]) {
      const t = translator(locale);
      const uses = Object.keys(en).flatMap((key) =>
        // Every key, plural forms too, read as text.
        forbiddenUses(t(key as Parameters<typeof t>[0]), locale).map((use) => `${key}: ${use.word}`),
      );
      expect(uses, locale).toEqual([]);
    }
  });
});
