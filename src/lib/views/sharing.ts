// What travels beyond the pages: share cards (what each shows, and the same in words) and the list
// of open-data files.
import type { ActorActivity, ClaimLike } from '../claims.ts';
import type { CardInput } from '../cards/card-layout.ts';
import type { ActorData, ClaimStatus } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import { SITE_NAME } from '../structured-data.ts';
import { fileTitle } from '../data/records.ts';
import { affiliationName, responseTally } from '../wording.ts';
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
  files: readonly { name: string; text: string; schema: string | undefined }[],
  { urls, t }: ViewContext,
): DataFileItem[] {
  return files.map((file) => ({
    name: file.name,
    href: urls.dataFile(file.name),
    title: fileTitle(t, file.name),
    size: t('unit.kilobytes', { size: t.number(Buffer.byteLength(file.text) / 1024, 1) }),
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
  const { t } = context;
  const status = t(`status.${data.status}.label`);
  const said = { claimant: context.nameOf(data.claimant), day: t.day(data.claimedOn) };
  const claimed =
    data.claimedOnKind === 'statement-day' ? t('card.claim.claimedOn', said) : t('card.claim.reportedBy', said);
  return {
    input: {
      kind: t('card.claim.kind'),
      status: { label: t('card.claim.status', { status }), colour: statusColour(data.status) },
      title: data.title,
      details: [claimed],
      siteName: SITE_NAME,
    },
    alt: t('card.claim.alt', { status, title: data.title, claimed, site: SITE_NAME }),
  };
}

/** An actor's share card: its name, what it is and how much it said. */
export function actorShareCard(
  actor: { id: string; data: ActorData },
  activity: ActorActivity<ClaimLike> | undefined,
  t: Translator,
): ShareCard {
  const { data } = actor;
  const details = [
    [t(`actorKind.${data.kind}`), data.role, affiliationName(data.affiliation, t).name]
      .filter(Boolean)
      .join(t('list.metaSeparator')),
    t('card.actor.activity', {
      claims: t.count('actor.claimsMade', activity?.claimed.length ?? 0),
      responses: responseTally(t, activity?.responded.length ?? 0, activity?.silences.length ?? 0),
    }),
  ];
  return {
    input: { kind: t('card.actor.kind'), title: data.name, details, siteName: SITE_NAME },
    alt: t('card.actor.alt', { name: data.name, details: details.join(t('list.sentenceSeparator')), site: SITE_NAME }),
  };
}

/** The site's card, for the home page and every page without a card of its own. */
export function siteShareCard(t: Translator): ShareCard {
  const title = t('card.site.title');
  const details = [t('card.site.detail')];
  return {
    input: { kind: t('card.site.kind'), title, details, siteName: SITE_NAME },
    alt: t('card.site.alt', { site: SITE_NAME, title, details: details.join(' ') }),
  };
}
