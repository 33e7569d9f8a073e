// The building blocks every collection's schema is made of, each with the wording of what it allows:
// a validator's message is the *allowed* half of a problem report ("found X; allowed Y"), and the
// validator fills in the file, the line, the field and what was found.
import { z } from 'astro/zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'lowercase letters, digits and single hyphens (e.g. "kaluga-governor")';

export const oneOf = (values: readonly string[]): string => `one of ${values.join(', ')}`;

/** An object that rejects unknown fields, naming the known ones, so a typo never passes silently. */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `only the fields ${fields}` : `a set of fields: ${fields}`),
  });
}

export const slug = z.string({ error: `a slug: ${SLUG_RULE}` }).regex(SLUG_PATTERN, `a slug: ${SLUG_RULE}`);

export const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `${what} of ${min} to ${max} characters` })
    .trim()
    .min(min, `${what} of ${min} to ${max} characters`)
    .max(max, `${what} of ${min} to ${max} characters`);

export const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} (non-empty text)` })
    .trim()
    .min(1, `${what} (non-empty text)`);

export const enumOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values, { error: oneOf(values) });

/**
 * A calendar day, `YYYY-MM-DD`, that exists (Zod's ISO date knows month lengths and leap years).
 * Astro's own frontmatter parser turns an unquoted date into a Date, so one is turned back into a day.
 * The check aborts, so rules that compare dates never run on one that is not a day.
 */
const DAY_RULE = 'a real calendar date written YYYY-MM-DD';

export const isoDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: DAY_RULE, abort: true }),
);

export const HTTP_URL_PATTERN = /^https?:\/\//;
const URL_RULE = 'an absolute http(s) URL, given only when the source really has one';

export const httpUrl = z
  .string({ error: URL_RULE })
  .regex(HTTP_URL_PATTERN, { error: URL_RULE, abort: true })
  .refine((value) => URL.canParse(value), { error: URL_RULE });

/**
 * Places an entry names, by slug. Any text is let through here so that the cross-entry rules can
 * match a name or a former spelling ("Kaluga region") to the place it means and suggest its slug.
 */
export const placeList = z
  .array(nonEmpty('the slug of a place'), { error: 'a list of place slugs' })
  .min(1, 'at least one place slug, or no places field')
  .optional();
