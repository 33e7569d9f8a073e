// What travels beyond the pages: share cards (what each shows, and the same in words) and the list
// of open-data files.
import type { ActorActivity, ClaimLike } from '../claims.ts';
import type { CardInput } from '../cards/card-layout.ts';
import type { ActorData, ClaimStatus } from '../content/schema.ts';
import { formatDay } from '../dates.ts';
import { SITE_NAME } from '../structured-data.ts';
import type { Urls } from '../urls.ts';
import { ACTOR_KIND_WORDING, affiliationName, count, responseTally, STATUS_WORDING } from '../wording.ts';
import type { ViewContext } from './common.ts';

export interface DataFileItem {
  name: string;
  href: string;
  title: string;
  /** "12.3 KB". */
  size: string;
  schemaHref: string | undefined;
}

/** The open-data files as the data page lists them, with their sizes. */
export function dataFileItems(
  files: readonly { name: string; title: string; text: string; schema: string | undefined }[],
  urls: Urls,
): DataFileItem[] {
  return files.map((file) => ({
    name: file.name,
    href: urls.dataFile(file.name),
    title: file.title,
    size: `${(Buffer.byteLength(file.text) / 1024).toFixed(1)} KB`,
    schemaHref: file.schema && urls.dataSchema(file.schema),
  }));
}

export interface ShareCard {
  /** What the card shows, for drawing it. */
  input: CardInput;
  /** The same in words, for og:image:alt. */
  alt: string;
}

/** A claim's share card: its status in words and colour, title, claimant and the day it was claimed. */
export function claimShareCard(
  claim: ClaimLike,
  context: ViewContext,
  statusColour: (status: ClaimStatus) => string,
): ShareCard {
  const { data } = claim;
  const status = STATUS_WORDING[data.status].label;
  const day = formatDay(data.claimedOn);
  const claimed =
    data.claimedOnKind === 'statement-day'
      ? `Claimed by ${context.nameOf(data.claimant)} on ${day}`
      : `Claimed by ${context.nameOf(data.claimant)}; reported by ${day}`;
  return {
    input: {
      kind: 'Claim',
      status: { label: status, colour: statusColour(data.status) },
      title: data.title,
      details: [claimed],
      siteName: SITE_NAME,
    },
    alt: `Claim, status ${status}: ${data.title}. ${claimed}. ${SITE_NAME}.`,
  };
}

/** An actor's share card: its name, what it is and how much it said. */
export function actorShareCard(
  actor: { id: string; data: ActorData },
  activity: ActorActivity<ClaimLike> | undefined,
): ShareCard {
  const { data } = actor;
  const details = [
    [ACTOR_KIND_WORDING[data.kind], data.role, affiliationName(data.affiliation)].filter(Boolean).join(' · '),
    `${count(activity?.claimed.length ?? 0, 'claim')} made; on others' claims ${responseTally(activity?.responded.length ?? 0, activity?.silences.length ?? 0)}`,
  ];
  return {
    input: { kind: 'Actor', title: data.name, details, siteName: SITE_NAME },
    alt: `Actor: ${data.name}. ${details.join('. ')}. ${SITE_NAME}.`,
  };
}

/** The site's card, for the home page and every page without a card of its own. */
export function siteShareCard(): ShareCard {
  const title = 'Who claimed what, and how far it is verified';
  const details = [
    'Every wartime claim on its own page: who made it, when, what others said, and how far it is verified.',
  ];
  return {
    input: { kind: 'Contested claims, attributed and checked', title, details, siteName: SITE_NAME },
    alt: `${SITE_NAME}: ${title}. ${details.join(' ')}`,
  };
}
