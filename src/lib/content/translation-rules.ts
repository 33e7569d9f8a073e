// The rules a translation is held to beyond its schema: it translates an entry that exists, says
// nothing the English does not (no other number, no other name for the claimant), attributes a claim
// with its own language's verbs, and uses none of the words the glossary forbids in its language. The
// glossary holds the English entries too.
import { forbiddenUses, forbiddenUsesByLine } from '../i18n/glossary.ts';
import type { Locale } from '../i18n/locales.ts';
import { ATTRIBUTION_VERBS, isAttributed, opensWithClaimant } from './attribution.ts';
import { COLLECTIONS, TRANSLATED_COLLECTIONS, type CollectionName, type TranslatedCollection } from './collections.ts';
import { describeFound, type Problem } from './problems.ts';
import { problemAt, stringsIn, type EntriesByCollection, type Entry } from './rules.ts';
import {
  translatedWords,
  type ActorTranslationData,
  type ClaimTranslationData,
  type TranslationData,
} from './schema.ts';
import { didYouMean } from './suggest.ts';

/** A translation that passed its schema: the entry it translates (collection, slug) and its language. */
export type TranslationEntry = Entry<TranslationData> & { collection: TranslatedCollection; language: Locale };

export interface TranslationInput extends Readonly<EntriesByCollection> {
  translations: readonly TranslationEntry[];
  /** Slugs of every file in each collection, valid or not. */
  slugs: Readonly<Record<CollectionName, ReadonlySet<string>>>;
}

// Not the site's words: sources are records of what was published, titles as their publishers wrote
// them; a place's aliases are the names others give it (its other spellings), so that search finds it.
const NOT_THE_SITES_WORDS = new Set<PropertyKey>(['sources', 'aliases']);

/** The site's own words in an entry's fields: every text but its sources', with its path. */
const wordsOf = (data: unknown) => stringsIn(data).filter(([path]) => !NOT_THE_SITES_WORDS.has(path[0] ?? ''));

/** Where an entry uses a word the glossary forbids in its language: in a field, or on a line of its body. */
function forbiddenWordProblems(entry: Entry<unknown>, locale: Locale): Problem[] {
  const allowed = (term: string) =>
    `the glossary's neutral term for "${term}" (the methodology's "Words that take sides"), or the word inside quotation marks as a party's own`;
  const inFields = wordsOf(entry.data).flatMap(([path, value]) =>
    forbiddenUses(value, locale).map(({ word, term }) =>
      problemAt(entry, path, `"${word}" in ${describeFound(value)}`, allowed(term)),
    ),
  );
  const inBody = forbiddenUsesByLine(entry.body, locale).map(({ word, term, line }) => ({
    file: entry.file,
    line: entry.bodyLine + line,
    field: 'body',
    found: `"${word}"`,
    allowed: allowed(term),
  }));
  return [...inFields, ...inBody];
}

/** Entries written in English use none of the words the glossary forbids in English. */
export function glossaryProblems(entries: Readonly<EntriesByCollection>): Problem[] {
  return TRANSLATED_COLLECTIONS.flatMap((name) =>
    (entries[name] as readonly Entry<unknown>[]).flatMap((entry) => forbiddenWordProblems(entry, 'en')),
  );
}

/**
 * Numbers written in digits ("42", "9", "2023", the 200 of "S-200"), compared as their digits: the
 * separators languages differ in ("10,000", "10 000", "1.5", "1,5") and leading zeros left out.
 */
const numbersIn = (text: string): string[] =>
  (text.match(/\d{1,3}(?:[\s.,\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g) ?? []).map((number) =>
    number.replace(/\D/g, '').replace(/^0+(?=\d)/, ''),
  );

export function translationProblems(input: TranslationInput): Problem[] {
  const { translations, slugs } = input;
  const originals = new Map(
    TRANSLATED_COLLECTIONS.map((name) => [
      name,
      new Map((input[name] as readonly Entry<unknown>[]).map((entry) => [entry.slug, entry])),
    ]),
  );
  const translated = new Map(
    translations.map((entry) => [`${entry.collection}/${entry.slug}.${entry.language}`, entry]),
  );
  return translations.flatMap((translation) => {
    const { collection, slug, language } = translation;
    const { entry, folder } = COLLECTIONS[collection];
    if (!slugs[collection].has(slug))
      return [
        {
          file: translation.file,
          line: 1,
          field: 'file',
          found: `a translation of "${slug}", but there is no ${entry} content/${folder}/${slug}.mdx`,
          allowed: `a file named after the ${entry} it translates, <slug>.${language}.mdx, beside it${didYouMean(slug, slugs[collection])}`,
        },
      ];
    const original = originals.get(collection)?.get(slug);
    // An English file with problems of its own is reported there; there is nothing sound to compare with.
    if (!original) return [];
    return [
      ...editorProblems(translation, slugs.editors),
      ...sameFieldProblems(translation, original),
      ...numberProblems(translation, original),
      ...forbiddenWordProblems(translation, language),
      ...(collection === 'claims'
        ? attributionProblems(
            translation as Entry<ClaimTranslationData> & TranslationEntry,
            original,
            (actor) => translated.get(`actors/${actor}.${language}`) as Entry<ActorTranslationData> | undefined,
          )
        : []),
    ];
  });
}

/** Who translated and who reviewed are editors of the site (files in `editors/`). */
function editorProblems(translation: TranslationEntry, editors: ReadonlySet<string>): Problem[] {
  return (['translator', 'reviewer'] as const).flatMap((field) => {
    const editor = translation.data[field];
    if (editor === undefined || editors.has(editor)) return [];
    return [
      problemAt(
        translation,
        [field],
        describeFound(editor),
        editors.size === 0
          ? 'the slug of an editor (a file in editors/), and there is none yet: leave the field out'
          : `the slug of an editor (a file in editors/): ${[...editors].sort().join(', ')}${didYouMean(editor, editors)}`,
      ),
    ];
  });
}

/** An actor's short name and role are translated exactly when the English has them: no more, no fewer. */
function sameFieldProblems(translation: TranslationEntry, original: Entry<unknown>): Problem[] {
  if (translation.collection !== 'actors') return [];
  const english = original.data as Record<string, unknown>;
  const words = translation.data as Record<string, unknown>;
  return (['shortName', 'role'] as const).flatMap((field) => {
    if ((english[field] === undefined) === (words[field] === undefined)) return [];
    return [
      problemAt(
        translation,
        [field],
        describeFound(words[field]),
        english[field] === undefined
          ? `no ${field}: the English ${original.file} has none`
          : `the ${field} in the language, as the English ${original.file} gives one (${describeFound(english[field])})`,
      ),
    ];
  });
}

/**
 * A translation gives no number the English does not, field by field (its title only the English
 * title's, its body only the English body's): a figure is a fact, and facts are the English file's.
 */
function numberProblems(translation: TranslationEntry, original: Entry<unknown>): Problem[] {
  const english = original.data as Record<string, unknown>;
  const numbersOf = (text: unknown) => new Set(typeof text === 'string' ? numbersIn(text) : []);
  const allowed = (field: string, numbers: ReadonlySet<string>) =>
    `only numbers the English ${field} gives (${[...numbers].sort((a, b) => Number(a) - Number(b)).join(', ') || 'none'}), in ${original.file}`;
  const inFields = Object.entries(translatedWords(translation.data)).flatMap(([field, value]) => {
    const known = numbersOf(english[field]);
    return numbersIn(String(value))
      .filter((number) => !known.has(number))
      .map((number) =>
        problemAt(translation, [field], `the number ${number} in ${describeFound(value)}`, allowed(field, known)),
      );
  });
  const known = numbersOf(original.body);
  const inBody = translation.body.split('\n').flatMap((line, index) =>
    numbersIn(line)
      .filter((number) => !known.has(number))
      .map((number) => ({
        file: translation.file,
        line: translation.bodyLine + index,
        field: 'body',
        found: `the number ${number}`,
        allowed: allowed('body', known),
      })),
  );
  return [...inFields, ...inBody];
}

/**
 * A translated title attributes the claim with its language's verbs, and opens with the claimant's
 * name as the claimant's own translation gives it: a claim is translated after its claimant, so that
 * its page names the claimant in the page's language and no title can name another party.
 */
function attributionProblems(
  translation: Entry<ClaimTranslationData> & TranslationEntry,
  original: Entry<unknown>,
  actorTranslation: (slug: string) => Entry<ActorTranslationData> | undefined,
): Problem[] {
  const { title } = translation.data;
  const { language } = translation;
  const claimant = (original.data as { claimant: string }).claimant;
  const actorFile = `content/actors/${claimant}.${language}.mdx`;
  const verbs = `(attribution verbs in this language: ${ATTRIBUTION_VERBS[language].join(', ')})`;
  if (!isAttributed(title, language))
    return [
      problemAt(
        translation,
        ['title'],
        describeFound(title),
        `a sentence that attributes the statement to its claimant ${verbs}`,
      ),
    ];
  const names = actorTranslation(claimant)?.data;
  if (!names)
    return [
      problemAt(
        translation,
        ['title'],
        `a title naming the claimant "${claimant}", which has no translation into this language`,
        `a claim translated after its claimant: ${actorFile}, whose name the title then opens with`,
      ),
    ];
  const forms = [names.name, names.shortName].filter((name) => name !== undefined);
  if (forms.some((name) => opensWithClaimant(title, name, language))) return [];
  return [
    problemAt(
      translation,
      ['title'],
      describeFound(title),
      `a title that opens with the claimant's name as its translation (${actorFile}) gives it, ${forms.map((name) => `"${name}"`).join(' or ')}, followed by an attribution verb or a comma`,
    ),
  ];
}
