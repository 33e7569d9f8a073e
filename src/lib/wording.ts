// The words the site uses for statuses, stances and relations. The methodology page renders the
// definitions from here, so a badge and its definition can never drift apart.
import { format } from 'd3';
import type { ClaimedOnKind, ClaimStatus, PlaceKind, Precision, Relation, Stance } from './content/schema.ts';

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
  'declined-to-comment':
    'a source reports that the party was asked and said it would not comment: a statement that it will not say, which neither confirms nor denies the claim.',
  'not-commented':
    'a source reports that the party had not commented when the source was published. This is a silence, not a statement: it does not say whether the party was asked, and the party may have spoken since.',
  'not-confirmed':
    'a source reports that the party has not confirmed the claim. This is a silence too: the party has neither confirmed nor denied it on the record.',
};

/**
 * Labels for the dates a claim carries. A claim's event date is the claimant's, never a fact the
 * site vouches for, so it is always labelled as claimed.
 */
export const DATE_WORDING = {
  eventAsClaimed: 'Event date, as claimed:',
  eventFact: 'Event date, as claimed',
  eventUnknown: 'Not stated in the sources',
  places: 'Places named in the claim',
} as const;

export interface ClaimedOnWording {
  /** The label of the day in a claim's facts and before it in lists: "Claimed on", "Reported by". */
  label: string;
  /** What the day is, where the page has room to say it; nothing for a day a source gives. */
  caveat: string | undefined;
  /** What the methodology says this kind of date is. */
  meaning: string;
}

/**
 * A claim's day, worded as precisely as the sources give it: a statement's own day is "claimed on"; a
 * report's date is only a day by which the statement had been made, never the day it was made.
 */
export const CLAIMED_ON_WORDING: Record<ClaimedOnKind, ClaimedOnWording> = {
  'statement-day': {
    label: 'Claimed on',
    caveat: undefined,
    meaning: 'a source says the statement was made on that day.',
  },
  'source-date': {
    label: 'Reported by',
    caveat: 'the date of the report that records it; no source says when the statement was made',
    meaning:
      'no source says when the statement was made, so the claim carries the date of the report that records it. The statement was made on that day or before it; the site does not guess which.',
  },
};

/** How lists and archives file a claim under a day, and what the label beside each claim means. */
export const FILING_NOTE = `Each claim is filed under one day: the event's, where the claimant gives one ("${DATE_WORDING.eventFact}"); otherwise the day a source says the statement was made ("${CLAIMED_ON_WORDING['statement-day'].label}"); otherwise the date of the report that records it ("${CLAIMED_ON_WORDING['source-date'].label}").`;

/** How a response reads after the responder's name: "Government of Ukraine: no comment". */
export const STANCE_WORDING: Record<Stance, string> = {
  confirms: 'confirms',
  denies: 'denies',
  'declined-to-comment': 'declined to comment',
  'not-commented': 'had not commented when reported',
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

/**
 * What a party said about others' claims, and apart from it the silences the sources record of it:
 * "1 response", "1 response, 4 silences recorded". A silence is never counted as a response.
 */
export function responseTally(responses: number, silences: number): string {
  const said = count(responses, 'response');
  return silences === 0 ? said : `${said}, ${count(silences, 'silence recorded', 'silences recorded')}`;
}

export const PLACE_KIND_WORDING: Record<PlaceKind, string> = {
  settlement: 'Settlement',
  facility: 'Facility',
  district: 'District',
  region: 'Region',
  peninsula: 'Peninsula',
  island: 'Island',
  coast: 'Coast',
  area: 'Area',
  sea: 'Sea',
  other: 'Place',
};

/** How precisely a place is located, for its page and the methodology: the level, and what it covers. */
export const PRECISION_WORDING: Record<Precision, { label: string; covers: string }> = {
  point: { label: 'A point', covers: 'a spot such as a building or a bridge' },
  settlement: { label: 'A settlement', covers: 'a town or a city' },
  area: { label: 'An area', covers: 'part of a region, such as a district, a stretch of coast or a cape' },
  region: { label: 'A region', covers: 'a whole province, peninsula or sea, named without any place within it' },
};

/** "130 km", "0.5 km". */
export const formatKm = (km: number): string => `${format(',')(km)} km`;
