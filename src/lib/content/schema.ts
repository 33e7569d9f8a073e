// The content model contributors write against. Astro validates every entry with these schemas
// (src/content.config.ts) and so does the stand-alone validator (validate.ts), so there is one
// definition of what a valid claim or actor is.
//
// Every check's message is the *allowed* half of a problem report ("found X; allowed Y"); the
// validator fills in the file, the field and what was found.
//
// Links between entries are plain slugs rather than Astro's `reference()`: reference() does not check
// that the target exists, and it lives in the `astro:content` virtual module, which the validator
// cannot import outside a build. Existence is checked by the cross-entry rules (rules.ts).
import { z } from 'astro/zod';
import { isRealDate } from '../dates.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'lowercase letters, digits and single hyphens (e.g. "kaluga-governor")';

export const CLAIM_STATUSES = [
  'unverified',
  'corroborated',
  'disputed',
  'confirmed',
  'refuted',
] as const;
export const STANCES = ['confirms', 'denies', 'no-comment', 'not-confirmed'] as const;
export const RELATIONS = ['contradicts', 'supports', 'context'] as const;
export const ACTOR_KINDS = [
  'government',
  'ministry',
  'military',
  'intelligence',
  'official',
  'media',
  'independent',
  'other',
] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type Stance = (typeof STANCES)[number];
export type Relation = (typeof RELATIONS)[number];

export const oneOf = (values: readonly string[]): string => `one of ${values.join(', ')}`;

/** An object that rejects unknown fields, naming the known ones, so a typo never passes silently. */
function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `only the fields ${fields}` : `a set of fields: ${fields}`,
  });
}

const slug = z.string({ error: `a slug: ${SLUG_RULE}` }).regex(SLUG_PATTERN, `a slug: ${SLUG_RULE}`);

const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `${what} of ${min} to ${max} characters` })
    .trim()
    .min(min, `${what} of ${min} to ${max} characters`)
    .max(max, `${what} of ${min} to ${max} characters`);

const nonEmpty = (what: string) =>
  z.string({ error: `${what} (non-empty text)` }).trim().min(1, `${what} (non-empty text)`);

const enumOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values, { error: oneOf(values) });

/**
 * A calendar day, `YYYY-MM-DD`. YAML turns an unquoted date into a Date (Astro's parser does), so
 * one is accepted and turned back into a day string.
 */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'a real calendar date written YYYY-MM-DD' })
    .refine(isRealDate, 'a real calendar date written YYYY-MM-DD'),
);

const httpUrl = z
  .string({ error: 'an absolute http(s) URL' })
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    error: 'an absolute http(s) URL, given only when the source really has one',
  });

const source = strictObject({
  /** The report's title as published, or a plain description when it has none. */
  title: nonEmpty('the title of the report'),
  /** Who published it, when the source names them. */
  publisher: nonEmpty('the publisher').optional(),
  /** When it was published. */
  date: isoDay,
  /** Its address, only when one is known: never a guess. */
  url: httpUrl.optional(),
});

const response = strictObject({
  /** Slug of the actor who responded. */
  actor: slug,
  /** What the response does to the claim. */
  stance: enumOf(STANCES),
  /** When the response was made or reported, where known. */
  date: isoDay.optional(),
  /** The response in a sentence, paraphrased and attributed. */
  note: nonEmpty('a note on the response'),
});

const breakdownPart = strictObject({
  /** What this part of the count is, e.g. "Destroyed by air defence". */
  label: nonEmpty('a label'),
  /** How many of the total fall in this part. */
  count: z
    .number({ error: 'a whole number of 0 or more' })
    .int('a whole number of 0 or more')
    .min(0, 'a whole number of 0 or more'),
});

const breakdown = strictObject({
  /** The claimed total. */
  total: z
    .number({ error: 'a whole number of 1 or more' })
    .int('a whole number of 1 or more')
    .min(1, 'a whole number of 1 or more'),
  /** What is counted, plural, e.g. "drones". */
  unit: nonEmpty('the unit counted'),
  /** The parts the total splits into; they must add up to it exactly. */
  parts: z.array(breakdownPart, { error: 'a list of { label, count }' }).min(1, 'at least one part'),
}).superRefine((value, ctx) => {
  const seen = new Set<string>();
  value.parts.forEach((part, index) => {
    if (seen.has(part.label)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parts', index, 'label'],
        message: 'a label not used by another part of this breakdown',
      });
    }
    seen.add(part.label);
  });
  const sum = value.parts.reduce((total, part) => total + part.count, 0);
  if (sum !== value.total) {
    ctx.addIssue({
      code: 'custom',
      path: ['parts'],
      params: { found: `counts adding up to ${sum}` },
      message: `counts adding up to exactly the total, ${value.total} (add a part such as "Not accounted for" for what the source leaves out)`,
    });
  }
});

const related = strictObject({
  /** Slug of the other claim. */
  claim: slug,
  /** How this claim bears on the other one. */
  relation: enumOf(RELATIONS),
});

export const claimSchema = strictObject({
  /** One neutral sentence stating what is claimed, attributed to the claimant. */
  title: text(10, 120, 'one sentence'),
  /** Slug of the actor who made the claim. */
  claimant: slug,
  /** When the claim was made or first reported. */
  claimedOn: isoDay,
  /** When the claimed event happened, only where the source says. */
  eventDate: isoDay.optional(),
  /** Order among claims of the same date, 1 first. */
  order: z
    .number({ error: 'a whole number of 1 or more' })
    .int('a whole number of 1 or more')
    .min(1, 'a whole number of 1 or more')
    .optional(),
  /** How far the claim is verified, as defined on the methodology page. */
  status: enumOf(CLAIM_STATUSES),
  /** A short summary for lists, previews and the meta description. */
  summary: text(20, 280, 'a summary'),
  /** Places named in the claim. */
  places: z.array(nonEmpty('a place name'), { error: 'a list of place names' }).optional(),
  /** Where the claim was reported: at least one source. */
  sources: z
    .array(source, { error: 'a list of sources, each { title, publisher?, date, url? }' })
    .min(1, 'at least one source'),
  /** What other parties said about the claim. */
  responses: z
    .array(response, { error: 'a list of { actor, stance, date?, note }' })
    .optional(),
  /** A count the claim splits into parts, drawn as a chart. */
  breakdown: breakdown.optional(),
  /** How this claim bears on other claims. */
  related: z.array(related, { error: 'a list of { claim, relation }' }).optional(),
  /** Former slugs of this claim, whose URLs must keep working. */
  aliases: z.array(slug, { error: 'a list of former slugs' }).optional(),
}).superRefine((claim, ctx) => {
  if (claim.eventDate && claim.eventDate > claim.claimedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['eventDate'],
      message: `a date on or before claimedOn (${claim.claimedOn})`,
    });
  }
  claim.responses?.forEach((item, index) => {
    if (item.date && item.date < claim.claimedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['responses', index, 'date'],
        message: `a date on or after claimedOn (${claim.claimedOn})`,
      });
    }
  });
  if ((claim.status === 'confirmed' || claim.status === 'refuted') && claim.sources.length < 2) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      params: { found: `${claim.sources.length} source` },
      message: `at least two sources for status "${claim.status}"`,
    });
  }
  if (claim.status === 'disputed' && !claim.responses?.some((item) => item.stance === 'denies')) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: '"disputed" only with a response whose stance is "denies"',
    });
  }
});

export const actorSchema = strictObject({
  /** The party's name as the sources give it. */
  name: nonEmpty('a name'),
  /** What kind of party it is. */
  kind: enumOf(ACTOR_KINDS),
  /** Lowercase id of the side it belongs to; parties sharing one are not independent of each other. */
  affiliation: z
    .string({ error: 'a lowercase id such as russia, ukraine or independent' })
    .regex(SLUG_PATTERN, 'a lowercase id such as russia, ukraine or independent'),
  /** Its office or role, e.g. "Governor of Kaluga region". */
  role: nonEmpty('a role').optional(),
});

export const incidentSchema = strictObject({
  /** A neutral name for the incident, e.g. "Missile and drone claims of 9 November 2023". */
  title: text(10, 120, 'a title'),
  /** The day the incident was first reported. */
  date: isoDay,
});

export type ClaimData = z.output<typeof claimSchema>;
export type IncidentData = z.output<typeof incidentSchema>;
export type ActorData = z.output<typeof actorSchema>;
export type Source = ClaimData['sources'][number];
export type Response = NonNullable<ClaimData['responses']>[number];
export type Breakdown = NonNullable<ClaimData['breakdown']>;
