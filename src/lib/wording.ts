// The words the site uses for statuses, stances and relations. The methodology page renders the
// definitions from here, so a badge and its definition can never drift apart.
import { format } from 'd3';
import type { ClaimStatus, Relation, Stance } from './content/schema.ts';

export interface StatusWording {
  label: string;
  /** One sentence: what the status means on this site. */
  definition: string;
}

export const STATUS_WORDING: Record<ClaimStatus, StatusWording> = {
  unverified: {
    label: 'Unverified',
    definition:
      'Only the claimant, or parties on its own side, stand behind the claim: no one independent of the claimant has confirmed it, and no one has denied it on the record.',
  },
  corroborated: {
    label: 'Corroborated',
    definition:
      'At least one party with a different affiliation from the claimant has confirmed the claim, but independent evidence does not yet settle it.',
  },
  disputed: {
    label: 'Disputed',
    definition: 'Another party has denied the claim, and independent evidence does not yet settle it either way.',
  },
  confirmed: {
    label: 'Confirmed',
    definition: 'Independent evidence, reported in at least two sources, establishes that the claim is true.',
  },
  refuted: {
    label: 'Refuted',
    definition: 'Independent evidence, reported in at least two sources, establishes that the claim is false.',
  },
};

/** What each stance means, for the methodology page. */
export const STANCE_MEANING: Record<Stance, string> = {
  confirms: 'the party says the claim is true.',
  denies: 'the party says the claim is false.',
  'no-comment': 'the party was asked or expected to respond and did not.',
  'not-confirmed': 'the party has not confirmed the claim, without denying it.',
};

/**
 * Labels for the dates a claim carries. A claim's event date is the claimant's, never a fact the
 * site vouches for, so it is always labelled as claimed.
 */
export const DATE_WORDING = {
  claimed: 'Claimed',
  eventAsClaimed: 'Event date, as claimed:',
  eventFact: 'Event date, as claimed',
  eventUnknown: 'Not stated in the sources',
  places: 'Places named in the claim',
} as const;

/** How a response reads after the responder's name: "Government of Ukraine: no comment". */
export const STANCE_WORDING: Record<Stance, string> = {
  confirms: 'confirms',
  denies: 'denies',
  'no-comment': 'no comment',
  'not-confirmed': 'has not confirmed',
};

/** A relation read from either end: "A contradicts B", "B is contradicted by A". */
export const RELATION_WORDING: Record<Relation, { outgoing: string; incoming: string }> = {
  contradicts: { outgoing: 'contradicts', incoming: 'is contradicted by' },
  supports: { outgoing: 'supports', incoming: 'is supported by' },
  'same-statement': { outgoing: 'from the same statement', incoming: 'from the same statement' },
  context: { outgoing: 'context', incoming: 'context' },
};

export const ACTOR_KIND_WORDING: Record<string, string> = {
  government: 'Government',
  ministry: 'Ministry',
  military: 'Military',
  intelligence: 'Intelligence service',
  official: 'Official',
  media: 'Media',
  independent: 'Independent',
  other: 'Other',
};

/** "russia" → "Russia"; ids are lowercase words joined by hyphens. */
export function affiliationName(affiliation: string): string {
  return affiliation
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** A count as the site writes figures: "1,200". */
export const formatCount = format(',');

/** "1 claim", "3 claims", "1,200 claims". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
