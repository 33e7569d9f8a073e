// The one way the site's code writes words: `t('key')` for a text, `t.count('claim', n)` for a
// counted noun, and `t.number`, `t.day`, `t.month` for figures and dates as the locale writes them.
// Views and chart layouts are handed a translator in their view context; components read
// `translator(Astro.currentLocale)`.
import en from '../../translations/en.json' with { type: 'json' };
import ru from '../../translations/ru.json' with { type: 'json' };
import uk from '../../translations/uk.json' with { type: 'json' };
import { PLACEHOLDER, type CountKey, type Dictionary, type TextKey, type TextValues } from './dictionary.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales.ts';

/** A piece of a sentence: its own text, or the name of a placeholder a component fills with an element. */
export type SentencePart = { text: string } | { slot: string };

export interface Translator {
  /** The text of `key`, its `{{placeholders}}` filled from `values`. */
  (key: TextKey, values?: TextValues): string;
  /** `n` and the noun of `key` in the plural form the language uses for it: "1 claim", "1,200 claims". */
  count: (key: CountKey, n: number, values?: TextValues) => string;
  /** A figure as the locale writes it: "1,200"; with `fractionDigits`, exactly that many: "12.3". */
  number: (n: number, fractionDigits?: number) => string;
  /** A fraction as a percentage with exactly `fractionDigits` decimals: 0.214 → "21.4%". */
  percent: (fraction: number, fractionDigits: number) => string;
  /** "9 November 2023" for a `YYYY-MM-DD` day: the day only, never a time the source did not give. */
  day: (isoDay: string) => string;
  /** "March 2024" for a `YYYY-MM` month. */
  month: (isoMonth: string) => string;
  /** "Mar" for a `YYYY-MM-DD` day: a month's short name, for chart labels. */
  shortMonth: (isoDay: string) => string;
  /**
   * The text of `key` cut at each placeholder `values` does not fill, for a component to put an element
   * (a link, a date) there, wherever the language's word order puts it.
   */
  slots: (key: TextKey, values?: TextValues) => SentencePart[];
  /**
   * Each plural form of a counted text, by the category `Intl.PluralRules` gives ("one", "other"), for
   * a script that counts in the browser.
   */
  forms: (key: CountKey) => Record<string, string>;
  /** The same for a counted sentence: the plural form for `n`, with `{{count}}` filled. */
  countSlots: (key: CountKey, n: number, values?: TextValues) => SentencePart[];
  locale: Locale;
  /** The language tag of the text it writes. */
  lang: string;
  /** The locale as Open Graph names it: "en_GB". */
  ogLocale: string;
}

/** Every locale's dictionary: English defines the keys, the others are held to it (dictionary.ts). */
export const DICTIONARIES: Record<Locale, Dictionary> = { en, uk, ru };

function fill(text: string, values: TextValues | undefined): string {
  if (values === undefined) return text;
  return slotsOf(text, values)
    .map((part) => ('slot' in part ? `{{${part.slot}}}` : part.text))
    .join('');
}

/** Days as UTC midnights: a day string never shifts with the machine's time zone. */
const utcDay = (isoDay: string): Date => {
  const [year, month, day] = isoDay.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day ?? 1));
};

/**
 * A date's words, worked out once: a site of many claims writes the same few thousand days on page
 * after page, and formatting a date costs far more than looking it up.
 */
function remembered(format: (isoDay: string) => string): (isoDay: string) => string {
  const known = new Map<string, string>();
  return (isoDay) => {
    let words = known.get(isoDay);
    if (words === undefined) {
      words = format(isoDay);
      known.set(isoDay, words);
    }
    return words;
  };
}

/** A translator over a given dictionary (the site's own come from `translator`). */
export function createTranslator(locale: Locale, dictionary: Dictionary): Translator {
  const { intl, lang, ogLocale } = LOCALES[locale];
  const texts: Readonly<Record<string, string>> = dictionary;
  // Made once per locale: building an Intl formatter costs far more than formatting with it, and a
  // large site formats tens of thousands of dates and figures.
  const plural = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  const fixed = new Map<string, Intl.NumberFormat>();
  const fixedTo = (digits: number, style: 'decimal' | 'percent' = 'decimal') => {
    const known = fixed.get(`${style}${digits}`);
    if (known !== undefined) return known;
    const made = new Intl.NumberFormat(intl, { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixed.set(`${style}${digits}`, made);
    return made;
  };
  const days = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonths = new Intl.DateTimeFormat(intl, { month: 'short', timeZone: 'UTC' });
  const number = (n: number, fractionDigits?: number) =>
    (fractionDigits === undefined ? numbers : fixedTo(fractionDigits)).format(n);
  const t = ((key: TextKey, values?: TextValues) => fill(texts[key] ?? key, values)) as Translator;
  const form = (key: CountKey, n: number) => texts[`${key}_${plural.select(n)}`] ?? texts[`${key}_other`] ?? key;
  t.count = (key, n, values) => fill(form(key, n), { ...values, count: numbers.format(n) });
  t.forms = (key) =>
    Object.fromEntries(
      plural
        .resolvedOptions()
        .pluralCategories.map((category) => [category, texts[`${key}_${category}`] ?? texts[`${key}_other`] ?? key]),
    );
  t.number = number;
  t.percent = (fraction, fractionDigits) => fixedTo(fractionDigits, 'percent').format(fraction);
  t.day = remembered((isoDay) => days.format(utcDay(isoDay)));
  t.month = remembered((isoMonth) => months.format(utcDay(isoMonth)));
  t.shortMonth = remembered((isoDay) => shortMonths.format(utcDay(isoDay)));
  t.slots = (key, values) => slotsOf(texts[key] ?? key, values);
  t.countSlots = (key, n, values) => slotsOf(form(key, n), { ...values, count: numbers.format(n) });
  t.locale = locale;
  t.lang = lang;
  t.ogLocale = ogLocale;
  return t;
}

/** A template's text and placeholders in order, worked out once per template. */
const segments = new Map<string, (string | { slot: string })[]>();

function segmentsOf(template: string): (string | { slot: string })[] {
  let known = segments.get(template);
  if (known === undefined) {
    known = [];
    let from = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      if (match.index > from) known.push(template.slice(from, match.index));
      known.push({ slot: match[1] ?? '' });
      from = match.index + match[0].length;
    }
    if (from < template.length) known.push(template.slice(from));
    segments.set(template, known);
  }
  return known;
}

/** A template cut at each placeholder `values` does not fill. */
function slotsOf(template: string, values: TextValues | undefined): SentencePart[] {
  const parts: SentencePart[] = [];
  let text = '';
  // A value that ends a sentence itself ("9 листопада 2023 р.") takes the sentence's full stop.
  let endsSentence = false;
  for (const segment of segmentsOf(template)) {
    if (typeof segment === 'string') {
      text += endsSentence && segment.startsWith('.') ? segment.slice(1) : segment;
      endsSentence = false;
      continue;
    }
    const value = values?.[segment.slot];
    if (value !== undefined) {
      text += String(value);
      endsSentence = text.endsWith('.');
      continue;
    }
    if (text !== '') parts.push({ text });
    parts.push({ slot: segment.slot });
    text = '';
    endsSentence = false;
  }
  if (text !== '') parts.push({ text });
  return parts;
}

const translators = new Map<Locale, Translator>();

/** The translator of a locale; the default locale's for a page outside any (`Astro.currentLocale` unset). */
export function translator(locale?: string): Translator {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const known = translators.get(chosen);
  if (known !== undefined) return known;
  const made = createTranslator(chosen, DICTIONARIES[chosen]);
  translators.set(chosen, made);
  return made;
}
