// Feed items for every feed (the site's, a claim's, an incident's, a status's, a party's, a place's): a
// claim when it is recorded, each later correction or update as an item of its own, so that a change
// of verdict reaches subscribers, and a party's responses to others' claims.
import type { ClaimLike } from './claims.ts';
import type { ClaimedOnKind, Stance } from './content/schema.ts';
import { sortUpdates } from './claims.ts';
import type { Translator } from './i18n/translator.ts';
import { claimedOnWording } from './wording.ts';
import { updateId } from './views/claims.ts';

export interface FeedItem {
  title: string;
  /** Site path of the item (the claim page, or its history section for an update). */
  link: string;
  /** `YYYY-MM-DD`: for a claim, its day, whose kind the description states. */
  day: string;
  description: string;
}

/**
 * A claim's items. `written`: whether the claim's words are in the feed's language; where they are not
 * (an untranslated claim in a Ukrainian feed), its title and summary say in words that they are English.
 */
export function claimFeedItems(
  claim: ClaimLike,
  claimantName: string,
  claimPath: string,
  t: Translator,
  written = true,
): FeedItem[] {
  const { data } = claim;
  const title = written ? data.title : inEnglish(data.title, t);
  const updates = sortUpdates(data.updates ?? []);
  return [
    ...updates.map((update, index) => ({
      title: t('feed.updateTitle', { title }),
      // Numbered from the oldest, so an item's link never changes when later updates arrive.
      link: `${claimPath}#${updateId(updates.length - index)}`,
      day: update.date,
      // Every item says the status in words: the one the update records, or else the claim's now.
      description: update.status
        ? t('feed.updateStatus', { status: t(`status.${update.status}.label`), note: inEnglish(update.note, t) })
        : t('feed.updateStatusNow', { status: t(`status.${data.status}.label`), note: inEnglish(update.note, t) }),
    })),
    {
      title,
      link: claimPath,
      day: data.claimedOn,
      description: t('feed.claim', {
        status: t(`status.${data.status}.label`),
        claimant: claimantName,
        claimedOn: claimedOnSentence(data.claimedOnKind, data.claimedOn, t),
        summary: written ? data.summary : inEnglish(data.summary, t),
      }),
    },
  ];
}

/**
 * English words in a feed in another language (an update's or a response's note, which is never
 * translated; an untranslated claim's title): a feed item cannot mark a phrase's language as a page
 * does, so the feed says in words that they are English.
 */
const inEnglish = (text: string, t: Translator): string => t('feed.inEnglish', { text });

/** "claimed on 9 November 2023", or "reported by 9 November 2023 (the date of the report …)". */
function claimedOnSentence(kind: ClaimedOnKind, day: string, t: Translator): string {
  const { label, caveat } = claimedOnWording(t, kind);
  const said = { label: label.toLowerCase(), day: t.day(day) };
  return caveat ? t('feed.claimedOnCaveat', { ...said, caveat }) : t('feed.claimedOn', said);
}

/**
 * An item for a response a party gave to another's claim, dated when the response was made, or else
 * by the claim's day; it states the claim's status in words, as every item does.
 */
export function responseFeedItem(
  claim: ClaimLike,
  response: { stance: Stance; date?: string | undefined; note: string },
  responderName: string,
  claimPath: string,
  t: Translator,
  written = true,
): FeedItem {
  return {
    title: t('feed.responseTitle', {
      responder: responderName,
      stance: t(`stance.${response.stance}`),
      title: written ? claim.data.title : inEnglish(claim.data.title, t),
    }),
    link: `${claimPath}#responses`,
    day: response.date ?? claim.data.claimedOn,
    description: t('feed.response', {
      status: t(`status.${claim.data.status}.label`),
      note: inEnglish(response.note, t),
    }),
  };
}

/** The most items a feed holds: the newest; older ones stay on the pages it follows. */
export const FEED_LENGTH = 50;

/** A feed's items: the newest FEED_LENGTH, newest first. */
export const latestItems = (items: readonly FeedItem[]): FeedItem[] => newestFirst(items).slice(0, FEED_LENGTH);

/** Newest first, then by link for a stable order. */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.day.localeCompare(a.day) || a.link.localeCompare(b.link));
}

/**
 * An item as @astrojs/rss takes it, with an absolute link (a relative one would get a slash appended
 * after its #fragment). RSS needs a time of day; midnight UTC is the honest "day only".
 */
export function rssItem(
  item: FeedItem,
  origin: string | URL,
): { title: string; link: string; pubDate: Date; description: string } {
  return {
    title: item.title,
    link: new URL(item.link, origin).href,
    pubDate: new Date(`${item.day}T00:00:00Z`),
    description: item.description,
  };
}
