// A translation of an entry: its words in another language, in a file beside the English one
// (`claims/<slug>.uk.mdx`). Only words are translated; an entry's facts (dates, status, claimant,
// sources, figures, coordinates) are the English file's alone, so no translation can state other ones.
import { z } from 'astro/zod';
import { enumOf, nonEmpty, slug, strictObject, text } from './fields.ts';

export const TRANSLATION_METHODS = ['machine-assisted', 'human'] as const;

const translationFields = {
  translation: enumOf(TRANSLATION_METHODS).describe(
    'How the text was translated: `machine-assisted` (a machine translation a person has checked against the English) or `human`.',
  ),
  translator: slug
    .optional()
    .describe('Slug of the editor who translated it, or checked the machine translation (a file in `editors/`).'),
  reviewer: slug
    .optional()
    .describe(
      'Slug of the editor, a speaker of the language, who reviewed the translation against the English. Until one has, its page says that it is not reviewed.',
    ),
};

export const claimTranslationSchema = strictObject({
  title: text(10, 120, 'one sentence').describe(
    "The claim's title in the language: the claimant's name as its translation gives it, then one of the language's attribution verbs (see the methodology).",
  ),
  summary: text(20, 280, 'a summary').describe("The claim's summary in the language."),
  ...translationFields,
});

export const actorTranslationSchema = strictObject({
  name: nonEmpty('a name').describe("The party's name in the language, as its own usage or standard usage gives it."),
  shortName: nonEmpty('a short name')
    .optional()
    .describe('The short name in the language; given exactly when the English has one.'),
  role: nonEmpty('a role').optional().describe('The role in the language; given exactly when the English has one.'),
  ...translationFields,
});

export const incidentTranslationSchema = strictObject({
  title: text(10, 120, 'a title').describe("The incident's neutral name in the language."),
  ...translationFields,
});

export const placeTranslationSchema = strictObject({
  name: nonEmpty('a name').describe("The place's name in the language, as the glossary gives it where it has one."),
  ...translationFields,
});

export type ClaimTranslationData = z.output<typeof claimTranslationSchema>;
export type ActorTranslationData = z.output<typeof actorTranslationSchema>;
export type IncidentTranslationData = z.output<typeof incidentTranslationSchema>;
export type PlaceTranslationData = z.output<typeof placeTranslationSchema>;

/** What a translation says of itself (how it was made, by whom), as against the entry's words. */
const CREDIT_FIELDS = new Set(Object.keys(translationFields));

/** A translation's words, in place of the English: every field but its credit. */
export const translatedWords = (data: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([field]) => !CREDIT_FIELDS.has(field)));

/** What any translation holds, whatever it translates. */
export type TranslationData =
  ClaimTranslationData | ActorTranslationData | IncidentTranslationData | PlaceTranslationData;
