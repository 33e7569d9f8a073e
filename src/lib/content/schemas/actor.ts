// An actor: a party that makes claims or answers them.
import { z } from 'astro/zod';
import { enumOf, nonEmpty, SLUG_PATTERN, strictObject } from './fields.ts';

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

const AFFILIATION_RULE = "a lowercase id such as russia or ukraine, or an independent organisation's own slug";

export const actorSchema = strictObject({
  name: nonEmpty('a name').describe(
    'The one name every page gives the party: an institution by its name, a person who speaks for one by their office with their name in brackets, e.g. "Governor of Kaluga region (Vladislav Shapsha)".',
  ),
  shortName: nonEmpty('a short name')
    .optional()
    .describe(
      'A shorter form of `name` for claim titles, where the full name would be too long, e.g. "Governor of Kaluga region". A title starts with the name or this.',
    ),
  kind: enumOf(ACTOR_KINDS).describe('What kind of party it is.'),
  affiliation: z
    .string({ error: AFFILIATION_RULE })
    .regex(SLUG_PATTERN, { error: AFFILIATION_RULE, abort: true })
    .refine((value) => value !== 'independent', {
      error:
        'an id of the organisation\'s own, such as its slug: a shared "independent" would put unrelated organisations on one side, so none could corroborate another',
    })
    .describe(
      'Lowercase id of the side it belongs to, such as `russia` or `ukraine`; parties sharing one are not independent of each other. An independent organisation gets an id of its own (its slug), never a shared `independent`.',
    ),
  role: nonEmpty('a role').optional().describe('Its office or role, e.g. "Governor of Kaluga region".'),
});

export type ActorData = z.output<typeof actorSchema>;
