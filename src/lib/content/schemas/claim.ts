// A claim: one checkable assertion by one party, with its sources, the responses to it, its status and
// the record of how that status was reached.
import { z } from 'astro/zod';
import { ATTRIBUTION_VERBS } from '../attribution.ts';
import { enumOf, httpUrl, isoDay, nonEmpty, placeList, slug, strictObject, text } from './fields.ts';

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

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type Stance = (typeof STANCES)[number];
export type Relation = (typeof RELATIONS)[number];
export type ClaimedOnKind = (typeof CLAIMED_ON_KINDS)[number];

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
  places: placeList.describe(
    'Slugs of places the response names that the claim does not (files in `places/`), e.g. where a governor says no one was hurt.',
  ),
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
    `One neutral sentence that reports the claim as its claimant's statement, never as fact: the claimant's name (or short name), then an attribution verb ("Ministry of X says …"). It must contain one of the attribution verbs ${ATTRIBUTION_VERBS.en.join(', ')}.`,
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
  places: placeList.describe(
    'Slugs of the places the claim names (files in `places/`), no more precise than the source: `western-tip-of-crimea`, not a town on it.',
  ),
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

export type ClaimData = z.output<typeof claimSchema>;
export type Source = ClaimData['sources'][number];
export type Response = NonNullable<ClaimData['responses']>[number];
export type Breakdown = NonNullable<ClaimData['breakdown']>;
export type Update = NonNullable<ClaimData['updates']>[number];
export type Review = NonNullable<ClaimData['reviews']>[number];
