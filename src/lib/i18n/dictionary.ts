// Every word the site's interface writes comes from one dictionary per locale
// (src/translations/<locale>.json), as Starlight's translation system does. English defines the keys;
// every other locale's dictionary is held to them by the schema here.
//
// Keys are flat and dotted ("status.unverified.label"). A count has one key per plural category
// `Intl.PluralRules` knows for the language ("count.claim_one", "count.claim_other"; Ukrainian and
// Russian add "_few" and "_many"). Values name what they are given in double braces: "{{count}}".
import { z } from 'astro/zod';
import en from '../../translations/en.json' with { type: 'json' };

export type Dictionary = typeof en;
type Key = keyof Dictionary;

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = `_${(typeof PLURAL_CATEGORIES)[number]}`;

/** A key that takes a count: the plural forms' common stem ("count.claim"). */
export type CountKey = Key extends infer K ? (K extends `${infer Stem}_other` ? Stem : never) : never;

/** A key of a sentence or label that does not vary with a count. */
export type TextKey = Exclude<Key, `${string}${PluralSuffix}`>;

/** The values a text is given, by the names in its braces. */
export type TextValues = Readonly<Record<string, string | number>>;

export const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The names a text's braces hold, sorted: what the text must be given. */
export const placeholdersOf = (text: string): string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map(([, name]) => name ?? ''))].sort();

const pluralStem = (key: string): string | undefined => {
  const suffix = PLURAL_CATEGORIES.find((category) => key.endsWith(`_${category}`));
  return suffix === undefined ? undefined : key.slice(0, -suffix.length - 1);
};

/**
 * The schema of a locale's dictionary: every English key, each text with the same placeholders as the
 * English one, and each count in every plural form the language has (per `Intl.PluralRules`), no more.
 */
export function dictionarySchema(intl: string) {
  const categories = new Intl.PluralRules(intl).resolvedOptions().pluralCategories;
  const texts = Object.keys(en).filter((key) => pluralStem(key) === undefined);
  const stems = [
    ...new Set(
      Object.keys(en)
        .map(pluralStem)
        .filter((stem) => stem !== undefined),
    ),
  ];
  // A plural form may leave its number out ("The one claim so far"); every other placeholder it keeps.
  const withPlaceholders = (english: string, optional: readonly string[] = []) => {
    const wanted = placeholdersOf(english).filter((name) => !optional.includes(name));
    const described = wanted.length === 0 ? 'no placeholders' : wanted.map((name) => `{{${name}}}`).join(', ');
    return z
      .string()
      .min(1)
      .refine(
        (text) =>
          placeholdersOf(text)
            .filter((name) => !optional.includes(name))
            .join() === wanted.join(),
        {
          error: `must use exactly ${described}${optional.length > 0 ? ' (and may use {{count}})' : ''}, as the English does`,
        },
      );
  };
  const shape: Record<string, z.ZodType<string>> = {};
  for (const key of texts) shape[key] = withPlaceholders(en[key as Key]);
  for (const stem of stems) {
    const english = en[`${stem}_other` as Key];
    for (const category of categories) shape[`${stem}_${category}`] = withPlaceholders(english, ['count']);
  }
  return z.strictObject(shape);
}
