// How the site words what its content records (statuses, stances, relations, kinds of date), from
// the locale's dictionary (src/translations/). The methodology page renders the definitions from the
// same keys, so a badge and its definition can never drift apart.
import type { ClaimedOnKind } from './content/schema.ts';
import type { TextKey } from './i18n/dictionary.ts';
import { ENTRY_LOCALE, entryLang } from './i18n/locales.ts';
import { DICTIONARIES, type Translator } from './i18n/translator.ts';

export interface ClaimedOnWording {
  /** The label of the day in a claim's facts and before it in lists: "Claimed on", "Reported by". */
  label: string;
  /** What the day is, where the page has room to say it; nothing for a day a source gives. */
  caveat: string | undefined;
  /** What the methodology says this kind of date is. */
  meaning: string;
}

/**
 * A claim's day, worded as precisely as the sources give it: a statement's own day is "claimed on"; a
 * report's date is only a day by which the statement had been made, never the day it was made.
 */
export const claimedOnWording = (t: Translator, kind: ClaimedOnKind): ClaimedOnWording => ({
  label: t(`claimedOn.${kind}.label`),
  caveat: kind === 'source-date' ? t('claimedOn.source-date.caveat') : undefined,
  meaning: t(`claimedOn.${kind}.meaning`),
});

/** How lists and archives file a claim under a day, and what the label beside each claim means. */
export const filingNote = (t: Translator): string =>
  t('filingNote', {
    eventFact: t('date.eventFact'),
    statementDay: t('claimedOn.statement-day.label'),
    sourceDate: t('claimedOn.source-date.label'),
  });

/** The name of a side, and the language it is written in where that is not the page's. */
export interface AffiliationName {
  name: string;
  lang: string | undefined;
}

/**
 * A side's name in the translator's language, where the dictionaries name it (`affiliation.russia`:
 * "Russia", "Росія", "Россия"). Any other is named from its id ("side-of-the-river" → "Side Of The
 * River"), which is English, and marked so on a page in another language.
 */
export function affiliationName(affiliation: string, t: Translator): AffiliationName {
  const key = `affiliation.${affiliation}`;
  if (Object.hasOwn(DICTIONARIES[ENTRY_LOCALE], key)) return { name: t(key as TextKey), lang: undefined };
  const name = affiliation
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return { name, lang: entryLang(t.locale) };
}

/**
 * What a party said about others' claims, and apart from it the silences the sources record of it:
 * "1 response", "1 response, 4 silences recorded". A silence is never counted as a response.
 */
export function responseTally(t: Translator, responses: number, silences: number): string {
  const said = t.count('count.response', responses);
  return silences === 0
    ? said
    : t('actor.responseTally', { responses: said, silences: t.count('count.silenceRecorded', silences) });
}

/** "130 km", "0.5 km". */
export const formatKm = (t: Translator, km: number): string => t('unit.km', { km: t.number(km) });
