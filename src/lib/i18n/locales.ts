// The languages the site is written in. English is the default: its pages keep the addresses they
// have always had.

export interface LocaleSettings {
  /** The language tag pages carry in `<html lang>` and `hreflang`. */
  lang: string;
  /** The tag numbers and dates are formatted for: British English writes "9 November 2023". */
  intl: string;
  /** The language's name in itself, for the language switcher. */
  name: string;
  /** Open Graph's locale (`og:locale`). */
  ogLocale: string;
  /**
   * Whether a speaker of the language has reviewed its dictionary. Until one has, every page in it says
   * that the translation is machine-assisted and not yet reviewed.
   */
  reviewed: boolean;
}

export const LOCALES = {
  en: { lang: 'en', intl: 'en-GB', name: 'English', ogLocale: 'en_GB', reviewed: true },
  uk: { lang: 'uk', intl: 'uk', name: 'Українська', ogLocale: 'uk_UA', reviewed: false },
  ru: { lang: 'ru', intl: 'ru', name: 'Русский', ogLocale: 'ru_RU', reviewed: false },
} as const satisfies Record<string, LocaleSettings>;

export type Locale = keyof typeof LOCALES;

/** Every locale, the default first: the languages the site is written in. */
export const LOCALE_LIST = Object.keys(LOCALES) as Locale[];

export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: string | undefined): value is Locale =>
  value !== undefined && Object.hasOwn(LOCALES, value);

/** The language the entries (claims, actors, incidents, places) are written in. */
export const ENTRY_LOCALE: Locale = 'en';

/**
 * The `lang` an entry's own words (a claim's title, a party's name) need on a page in `locale`: none
 * where the page is in the entry's language, the entry's elsewhere, so that a screen reader reads an
 * English title on a Ukrainian page as English.
 */
export const entryLang = (locale: string | undefined): string | undefined =>
  isLocale(locale) && locale !== ENTRY_LOCALE ? LOCALES[ENTRY_LOCALE].lang : undefined;
