// The content model contributors write against. Astro validates every entry with these schemas
// (src/content.config.ts) and so does the stand-alone validator (validate.ts), so there is one
// definition of what a valid claim or actor is.
//
// Every check's message is the *allowed* half of a problem report ("found X; allowed Y"); the
// validator fills in the file, the line, the field and what was found.
//
// Links between entries are plain slugs rather than Astro's `reference()`: reference() does not check
// that the target exists, and it lives in the `astro:content` virtual module, which the validator
// cannot import outside a build. Existence is checked by the cross-entry rules (rules.ts).
import { z } from 'astro/zod';
import { ATTRIBUTION_VERBS } from './attribution.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'lowercase letters, digits and single hyphens (e.g. "kaluga-governor")';

export const CLAIM_STATUSES = ['unverified', 'corroborated', 'disputed', 'confirmed', 'refuted'] as const;
export const STANCES = ['confirms', 'denies', 'declined-to-comment', 'not-commented', 'not-confirmed'] as const;
/**
 * Stances that record a silence a source reports, not something the party said: counted apart from
 * statements everywhere, never as responses.
 */
export const SILENT_STANCES: readonly (typeof STANCES)[number][] = ['not-commented', 'not-confirmed'];
/**
 * What a claim's date is: the day the source says the statement was made, or, where the source does not
 * say, only the date of the source that reports it (the statement was made then or earlier).
 */
export const CLAIMED_ON_KINDS = ['statement-day', 'source-date'] as const;
export const RELATIONS = ['same-statement', 'contradicts', 'supports', 'context'] as const;
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
export type ClaimedOnKind = (typeof CLAIMED_ON_KINDS)[number];

export const oneOf = (values: readonly string[]): string => `one of ${values.join(', ')}`;

/** An object that rejects unknown fields, naming the known ones, so a typo never passes silently. */
function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `only the fields ${fields}` : `a set of fields: ${fields}`),
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
  z
    .string({ error: `${what} (non-empty text)` })
    .trim()
    .min(1, `${what} (non-empty text)`);

const enumOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
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

const httpUrl = z
  .string({ error: URL_RULE })
  .regex(HTTP_URL_PATTERN, { error: URL_RULE, abort: true })
  .refine((value) => URL.canParse(value), { error: URL_RULE });

const source = strictObject({
  title: nonEmpty('the title of the report').describe(
    "The report's title as published, or a plain description when it has none.",
  ),
  publisher: nonEmpty('the publisher').optional().describe('Who published it, when the source names them.'),
  date: isoDay.describe('When it was published.'),
  url: httpUrl.optional().describe('Its address, only when one is known: never a guess.'),
  archiveUrl: httpUrl
    .optional()
    .describe('A snapshot of the page in a public web archive; required with `url`, so the source outlives its site.'),
  retrieved: isoDay.optional().describe('When the page at `url` was read; required with `url`.'),
}).superRefine((value, ctx) => {
  // A live page can change or vanish: a cited address needs a dated, archived copy beside it.
  for (const field of ['archiveUrl', 'retrieved'] as const) {
    if (value.url !== undefined && value[field] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message:
          field === 'archiveUrl'
            ? 'an absolute http(s) URL of an archived copy, required because the source has a url'
            : 'the date the page was read (YYYY-MM-DD), required because the source has a url',
      });
    }
  }
});

const update = strictObject({
  date: isoDay.describe('When the correction or update was made.'),
  note: nonEmpty('a note on what changed').describe('What changed and why, in a sentence or two.'),
  status: enumOf(CLAIM_STATUSES)
    .optional()
    .describe("The claim's status after this update, when the update changed or confirmed it."),
});

const review = strictObject({
  by: slug.describe('Slug of the editor who reviewed the claim (a file in `editors/`), never its writer.'),
  date: isoDay.describe('The day of the review.'),
  note: nonEmpty('a note on what the review checked').describe(
    'What the reviewer checked and found, in a sentence: the sources read, the status confirmed or changed.',
  ),
});

const response = strictObject({
  actor: slug.describe('Slug of the actor who responded.'),
  stance: enumOf(STANCES).describe('What the response does to the claim.'),
  date: isoDay.optional().describe('When the response was made or reported, where known.'),
  note: nonEmpty('a note on the response').describe('The response in a sentence, paraphrased and attributed.'),
});

const breakdownPart = strictObject({
  label: nonEmpty('a label').describe('What this part of the count is, e.g. "Destroyed by air defence".'),
  count: z
    .number({ error: 'a whole number of 0 or more' })
    .int('a whole number of 0 or more')
    .min(0, 'a whole number of 0 or more')
    .describe('How many of the total fall in this part.'),
});

const breakdown = strictObject({
  total: z
    .number({ error: 'a whole number of 1 or more' })
    .int('a whole number of 1 or more')
    .min(1, 'a whole number of 1 or more')
    .describe('The claimed total.'),
  unit: nonEmpty('the unit counted').describe('What is counted, plural, e.g. "drones".'),
  parts: z
    .array(breakdownPart, { error: 'a list of { label, count }' })
    .min(1, 'at least one part')
    .describe('The parts the total splits into; they must add up to it exactly.'),
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
  claim: slug.describe('Slug of the other claim.'),
  relation: enumOf(RELATIONS).describe(
    'How this claim bears on the other one: `same-statement` for the parts of one statement split into claims, `contradicts`, `supports`, or `context`.',
  ),
});

const claimFields = {
  title: text(10, 120, 'one sentence').describe(
    `One neutral sentence that reports the claim as its claimant's statement, never as fact: the claimant's name (or short name), then an attribution verb ("Ministry of X says …"). It must contain one of the attribution verbs ${ATTRIBUTION_VERBS.join(', ')}.`,
  ),
  claimant: slug.describe('Slug of the actor who made the claim.'),
  incident: slug.describe(
    'Slug of the incident the claim belongs to (a file in `incidents/`); the claim is listed on its explainer page.',
  ),
  claimedOn: isoDay.describe(
    'The day of the claim, as precise as the source: the day a source says the statement was made, or the date of a source that reports it. `claimedOnKind` says which.',
  ),
  claimedOnKind: enumOf(CLAIMED_ON_KINDS).describe(
    'What `claimedOn` is: `statement-day` when a source says the statement was made that day; `source-date` when the sources give no day for it, and `claimedOn` is the date of a source that reports it (normally the first).',
  ),
  eventDate: isoDay.optional().describe('When the claimed event happened, only where the source says.'),
  order: z
    .number({ error: 'a whole number of 1 or more' })
    .int('a whole number of 1 or more')
    .min(1, 'a whole number of 1 or more')
    .optional()
    .describe('Order among claims of the same date, 1 first.'),
  status: enumOf(CLAIM_STATUSES).describe('How far the claim is verified, as defined on the methodology page.'),
  summary: text(20, 280, 'a summary').describe('A short summary for lists, previews and the meta description.'),
  places: z
    .array(nonEmpty('a place name'), { error: 'a list of place names' })
    .optional()
    .describe('Places named in the claim.'),
  sources: z
    .array(source, { error: 'a list of sources, each { title, publisher?, date, url? }' })
    .min(1, 'at least one source')
    .describe('Where the claim was reported: at least one source.'),
  responses: z
    .array(response, { error: 'a list of { actor, stance, date?, note }' })
    .optional()
    .describe('What other parties said about the claim.'),
  breakdown: breakdown.optional().describe('A count the claim splits into parts, drawn as a chart.'),
  related: z
    .array(related, { error: 'a list of { claim, relation }' })
    .optional()
    .describe('How this claim bears on other claims.'),
  aliases: z
    .array(slug, { error: 'a list of former slugs' })
    .optional()
    .describe('Former slugs of this claim, whose URLs must keep working.'),
  updates: z
    .array(update, { error: 'a list of { date, note, status? }' })
    .optional()
    .describe('Dated corrections and updates, shown on the page as its history.'),
  writtenBy: slug
    .optional()
    .describe(
      'Slug of the editor who wrote the claim (a file in `editors/`); needed once it has reviews, which must be by someone else.',
    ),
  reviews: z
    .array(review, { error: 'a list of { by, date, note }' })
    .optional()
    .describe(
      "Reviews by a second editor: someone other than `writtenBy` who checked the claim against its sources. A status other than unverified needs one, dated on or after the status's latest change.",
    ),
};

type ClaimInput = z.output<z.ZodObject<typeof claimFields>>;
type RefinementContext = z.RefinementCtx<ClaimInput>;

/** Dates within a claim: updates and responses come after the claim, the event not after it. */
function checkClaimDates(claim: ClaimInput, ctx: RefinementContext) {
  claim.updates?.forEach((item, index) => {
    if (item.date < claim.claimedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['updates', index, 'date'],
        message: `a date on or after claimedOn (${claim.claimedOn})`,
      });
    }
  });
  if (claim.eventDate && claim.eventDate > claim.claimedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['eventDate'],
      message: `a date on or before claimedOn (${claim.claimedOn})`,
    });
  }
  claim.reviews?.forEach((item, index) => {
    if (item.date < claim.claimedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviews', index, 'date'],
        message: `a date on or after claimedOn (${claim.claimedOn})`,
      });
    }
  });
  const sourceDates = claim.sources.map((item) => item.date);
  const latestSource = [...sourceDates].sort().at(-1);
  if (claim.claimedOnKind === 'statement-day' && latestSource !== undefined && claim.claimedOn > latestSource) {
    // Some source reports the statement, so it was made by that source's date at the latest.
    ctx.addIssue({
      code: 'custom',
      path: ['claimedOn'],
      message: `a day on or before ${latestSource}, the date of the latest source: a statement is made before a source reports it`,
    });
  }
  if (claim.claimedOnKind === 'source-date' && sourceDates.length > 0 && !sourceDates.includes(claim.claimedOn)) {
    // A source date is a fact about a source; any other day would be one that no source gives.
    ctx.addIssue({
      code: 'custom',
      path: ['claimedOn'],
      params: { found: `${claim.claimedOn}, which is not the date of any of its sources` },
      message: `the date of the source that reports the claim (${[...new Set(sourceDates)].sort().join(', ')}) as claimedOnKind is "source-date", or claimedOnKind "statement-day" if a source says the statement was made on ${claim.claimedOn}`,
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
}

/** What a status needs within the claim: its record in the updates, sources, a denial. */
function checkClaimStatus(claim: ClaimInput, ctx: RefinementContext) {
  const recorded = latestRecordedStatus(claim.updates ?? []);
  if (recorded && recorded.status !== claim.status) {
    // A change of verdict is never silent: it needs an update that records it.
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: `"${recorded.status}", the status recorded by the latest update (updates[${recorded.index}], ${recorded.date}), or a new update recording "${claim.status}"`,
    });
  }
  if ((claim.status === 'confirmed' || claim.status === 'refuted') && claim.sources.length < 2) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      params: { found: `${claim.sources.length} source` },
      message: `at least two sources for status "${claim.status}"`,
    });
  }
  const denial = claim.responses?.findIndex((item) => item.stance === 'denies') ?? -1;
  if (claim.status === 'unverified' && denial >= 0) {
    // The methodology defines unverified as a claim no one has denied on the record.
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      params: {
        found: `"unverified" although responses[${denial}] (${claim.responses?.[denial]?.actor ?? ''}) denies it`,
      },
      message: '"disputed", the status of a claim someone has denied on the record (unverified means no one has)',
    });
  }
  if (claim.status === 'disputed' && denial < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: '"disputed" only with a response whose stance is "denies"',
    });
  }
}

/**
 * A second editor's review: by someone other than the claim's writer, whom the claim must then name; and
 * for any status above unverified, one dated on or after the status's latest change.
 */
function checkClaimReviews(claim: ClaimInput, ctx: RefinementContext) {
  const reviews = claim.reviews ?? [];
  if (reviews.length > 0 && claim.writtenBy === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['writtenBy'],
      message:
        "the slug of the editor who wrote the claim, as it has reviews: a review counts only as a second editor's",
    });
  }
  reviews.forEach((item, index) => {
    if (item.by === claim.writtenBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviews', index, 'by'],
        message: `an editor other than ${claim.writtenBy}, who wrote the claim (writtenBy): a review is a second editor's`,
      });
    }
  });
  // Any status above unverified, and a claim moved back down to it: every change of verdict.
  const changed = latestRecordedStatus(claim.updates ?? [])?.date;
  const movedDown = claim.updates?.some((item) => item.status !== undefined && item.status !== 'unverified');
  if (claim.status === 'unverified' && !movedDown) return;
  const counted = reviews.filter((item) => item.by !== claim.writtenBy && (!changed || item.date >= changed));
  if (counted.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      params: {
        found: `"${claim.status}" with no second editor's review${changed ? ` since the status changed (${changed})` : ''}`,
      },
      message: `"${claim.status}" once a second editor has reviewed it: an entry in reviews (by, date, note) by an editor other than the writer (writtenBy)${changed ? `, dated on or after ${changed}` : ''}${claim.status === 'unverified' ? '' : '; until then "unverified"'}`,
    });
  }
}

export const claimFieldsSchema = strictObject(claimFields);

export const claimSchema = claimFieldsSchema.superRefine((claim, ctx) => {
  checkClaimDates(claim, ctx);
  checkClaimStatus(claim, ctx);
  checkClaimReviews(claim, ctx);
});

/** The latest update that records a status: by date, and by position among updates of the same date. */
export function latestRecordedStatus(
  updates: readonly { date: string; status?: ClaimStatus | undefined }[],
): { status: ClaimStatus; date: string; index: number } | undefined {
  let latest: { status: ClaimStatus; date: string; index: number } | undefined;
  updates.forEach((item, index) => {
    if (item.status !== undefined && (latest === undefined || item.date >= latest.date)) {
      latest = { status: item.status, date: item.date, index };
    }
  });
  return latest;
}

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

export const incidentSchema = strictObject({
  title: text(10, 120, 'a title').describe(
    'A neutral name for the incident, e.g. "Missile and drone claims reported on 9 November 2023".',
  ),
  date: isoDay.describe('The day the incident was first reported.'),
  end: isoDay
    .optional()
    .describe('The last day the incident covers, when it spans several days; leave out for a single day.'),
  places: z
    .array(nonEmpty('a place name'), { error: 'a list of place names' })
    .optional()
    .describe('Places the incident concerns, as the sources name them.'),
}).superRefine((incident, ctx) => {
  if (incident.end !== undefined && incident.end < incident.date)
    ctx.addIssue({ code: 'custom', path: ['end'], message: `a date on or after date (${incident.date})` });
});

/** An editor of the site: who writes and reviews claims, named on the About page. */
export const editorSchema = strictObject({
  name: nonEmpty('a name').describe('The name the editor signs reviews with.'),
  role: nonEmpty('a role').optional().describe('Their role on the site, e.g. "Editor" or "Managing editor".'),
});

/** The About page (content/about.mdx): who stands behind the site, as IFCN's transparency principles ask. */
export const aboutSchema = strictObject({
  publisher: nonEmpty('who publishes the site').describe(
    'Who publishes the site: the organisation or people responsible for it, by name.',
  ),
  funding: nonEmpty('how the site is funded').describe(
    'How the site is funded, naming every funder, or that it has none.',
  ),
  conflicts: nonEmpty('its conflicts of interest').describe(
    'Conflicts of interest of the publisher and editors, or a statement that there are none they know of.',
  ),
  contact: nonEmpty('how to reach the editors').describe('How readers reach the editors: an address or a form.'),
});

/**
 * The field names a schema accepts at `path` (through lists and optional fields), for "did you mean".
 * Read from the schema itself, so the suggestions can never drift from what is allowed.
 */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (node instanceof z.ZodArray && typeof key === 'number') node = unwrap(node.element as z.ZodType);
    else if (node instanceof z.ZodObject && typeof key === 'string') node = unwrap(node.shape[key] as z.ZodType);
    else return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/**
 * `value` with the keys of every object in the order the schema lists its fields (the order a
 * contributor wrote them in is not kept), so that data files are stable whoever edits the content.
 */
export function inSchemaOrder(schema: z.ZodType, value: unknown): unknown {
  const node = unwrap(schema);
  if (node instanceof z.ZodArray && Array.isArray(value))
    return value.map((item: unknown) => inSchemaOrder(node.element as z.ZodType, item));
  if (node instanceof z.ZodObject && value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(node.shape as Record<string, z.ZodType>)
        .filter(([key]) => record[key] !== undefined)
        .map(([key, field]) => [key, inSchemaOrder(field, record[key])]),
    );
  }
  return value;
}

function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  if (node instanceof z.ZodOptional) return unwrap(node.unwrap() as z.ZodType);
  if (node instanceof z.ZodPipe) return unwrap(node.out as z.ZodType);
  return node;
}

export type ClaimData = z.output<typeof claimSchema>;
export type IncidentData = z.output<typeof incidentSchema>;
export type ActorData = z.output<typeof actorSchema>;
export type AboutData = z.output<typeof aboutSchema>;
export type EditorData = z.output<typeof editorSchema>;
export type Source = ClaimData['sources'][number];
export type Response = NonNullable<ClaimData['responses']>[number];
export type Breakdown = NonNullable<ClaimData['breakdown']>;
export type Update = NonNullable<ClaimData['updates']>[number];
export type Review = NonNullable<ClaimData['reviews']>[number];
