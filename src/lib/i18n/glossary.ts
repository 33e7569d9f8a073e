// The glossary (src/translations/glossary.json): for each word that takes a side, the neutral term in
// every language the site is written in, and the words its text may not use. The methodology shows it;
// the dictionaries are held to it (dictionary.test.ts), and so is translated content.
import glossary from '../../translations/glossary.json' with { type: 'json' };
import type { TextKey } from './dictionary.ts';
import type { Locale } from './locales.ts';
import type { Translator } from './translator.ts';

export interface GlossaryTerm {
  id: string;
  /** The word the site uses, in each language. */
  neutral: Record<Locale, string>;
  /** The words a text in each language may not use, each matched at the start of a word. */
  forbidden: Record<Locale, string[]>;
}

export const GLOSSARY: readonly GlossaryTerm[] = glossary.terms;

/**
 * What a term is about and why the glossary rules as it does, in the translator's language. (Every
 * term's two texts are in the English dictionary, and so in every other: glossary.test.ts.)
 */
export const glossaryText = (t: Translator, term: GlossaryTerm) => ({
  concept: t(`glossary.${term.id}.concept` as TextKey),
  note: t(`glossary.${term.id}.note` as TextKey),
});

/** A forbidden word found in a text: which, and the glossary entry that forbids it. */
export interface ForbiddenUse {
  word: string;
  term: string;
}

// Quoting a party is attribution, not the site's own word: text in quotation marks is not checked. A
// quotation stays within its paragraph, so that a stray quotation mark cannot hide the text after it.
const within = (close: string) => `(?:[^${close}\\n]|\\n(?![ \\t]*\\n))*`;
const QUOTED = new RegExp(`«${within('»')}»|“${within('”')}”|„${within('“”')}[“”]|"${within('"')}"`, 'g');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a forbidden word is found: at the start of a word, in any case, so that a stem covers its endings;
 * an abbreviation (all capitals, "СВО") only as itself, so that it never matches the start of a word.
 */
function matcher(word: string): RegExp {
  const start = `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}`;
  return /\p{Lu}/u.test(word) && word === word.toUpperCase()
    ? new RegExp(`${start}(?![\\p{L}\\p{N}])`, 'u')
    : new RegExp(start, 'iu');
}

/** Each locale's forbidden words with their matchers, made once: every field of every entry is read. */
const matchers = new Map<Locale, { word: string; term: string; pattern: RegExp }[]>();
const forbiddenIn = (locale: Locale) => {
  let made = matchers.get(locale);
  if (made === undefined) {
    made = GLOSSARY.flatMap((term) =>
      term.forbidden[locale].map((word) => ({ word, term: term.id, pattern: matcher(word) })),
    );
    matchers.set(locale, made);
  }
  return made;
};

/** The glossary's forbidden words of `locale` that `text` uses outside quotation marks. */
export function forbiddenUses(text: string, locale: Locale): ForbiddenUse[] {
  const unquoted = text.replace(QUOTED, ' ');
  return forbiddenIn(locale)
    .filter(({ pattern }) => pattern.test(unquoted))
    .map(({ word, term }) => ({ word, term }));
}

/**
 * The forbidden words of `locale` in a text of several lines, each with the line (from 0) it is on. A
 * quotation may run over lines: it is blanked out, line breaks kept, before the lines are read.
 */
export function forbiddenUsesByLine(text: string, locale: Locale): (ForbiddenUse & { line: number })[] {
  const unquoted = text.replace(QUOTED, (quote) => quote.replace(/[^\n]/g, ' '));
  return unquoted
    .split('\n')
    .flatMap((line, index) => forbiddenUses(line, locale).map((use) => ({ ...use, line: index })));
}
