// Everything a claim's page shows apart from its MDX body, worked out once per claim in
// getStaticPaths. The page renders only this and the body, so the hash of it and of the entry's digest
// (which covers the body) is a complete key for
// Astro's incremental build: the page is rendered again exactly when something it shows has changed,
// such as its claimant's name or a related claim's status (src/lib/cache-key.ts).
import type { Source } from '../lib/content/schema.ts';
import type { Citation } from '../lib/data/citation.ts';
import { cacheKey, sharedViewKey } from '../lib/cache-key.ts';
import { claimReview } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';
import {
  claimCitation,
  claimFacts,
  relatedItems,
  reviewItems,
  updateItems,
  type ClaimFacts,
  type RelatedItem,
  type ReviewItem,
  type UpdateItem,
} from '../lib/views/claims.ts';
import { responseItems, type ResponseItem } from '../lib/views/common.ts';
import { breakdownEmbed, claimBox, type ClaimBoxView, type EmbedFrame } from '../lib/views/embeds.ts';
import { breakdownFigure, type BreakdownFigureView } from '../lib/views/figures.ts';
import { claimShareCard } from '../lib/views/sharing.ts';
import type { PlaceMapView } from '../lib/views/places.ts';
import { actorOf, placeOf, type Claim, type SiteContent } from './content.ts';
import { placeMap } from './place-maps.ts';
import { translationOf } from './locale-paths.ts';
import { statusColour } from './share-cards.ts';

export interface ClaimPage {
  slug: string;
  /** The claim's file, relative to the repository, for the edit link. */
  file: string;
  title: string;
  summary: string;
  facts: ClaimFacts;
  breakdown: BreakdownFigureView | undefined;
  /** The map of the places it names, where it names any. */
  map: PlaceMapView | undefined;
  responses: ResponseItem[];
  sources: readonly Source[];
  related: RelatedItem[];
  updates: UpdateItem[];
  reviews: ReviewItem[];
  /** The page's absolute address. */
  pageUrl: string;
  citation: Citation;
  /** The frames of what other sites may embed: the status box, and the chart where the claim has one. */
  boxFrame: EmbedFrame;
  chartFrame: EmbedFrame | undefined;
  card: { href: string; alt: string };
  jsonLd: Record<string, unknown>;
}

/** A claim's status box as its page in the content's language shows it: its embed, snippet and oEmbed record. */
export const claimBoxIn = (content: SiteContent, claim: Claim, site: URL): ClaimBoxView =>
  claimBox(
    claim,
    content.view.nameOf(claim.data.claimant),
    content.view,
    site,
    translationOf(content, 'claims', claim.id),
  );

/** What the page of `claim` shows, on a site at `site`. */
export function claimPage(claim: Claim, content: SiteContent, site: URL): ClaimPage {
  const { data } = claim;
  const { view } = content;
  const claimant = actorOf(content, data.claimant).data;
  // In the page's language: the English page's, or its translation's.
  const pageUrl = new URL(view.urls.claim(claim.id), site).href;
  const places = data.places ?? [];
  const breakdown = data.breakdown && breakdownFigure(claim, data.breakdown, claimant.name, view);
  // The embeds' frames, sized for the note a translated embed carries.
  const translation = translationOf(content, 'claims', claim.id);
  return {
    slug: claim.id,
    file: claim.filePath ?? '',
    title: data.title,
    summary: data.summary,
    facts: claimFacts(claim, claimant, view),
    breakdown,
    // The list under the map links each place; the map itself is a picture here.
    map:
      places.length > 0
        ? placeMap(content, places, {
            idPrefix: 'where',
            title: view.t('claim.mapTitle'),
            heading: view.t('claim.mapHeading'),
            linked: false,
          })
        : undefined,
    responses: responseItems(data.responses ?? [], view),
    sources: data.sources,
    related: relatedItems(content.relations.get(claim.id) ?? { outgoing: [], incoming: [] }, view),
    updates: updateItems(data.updates ?? [], view),
    reviews: reviewItems(data.reviews ?? [], view),
    pageUrl,
    citation: claimCitation(claim, pageUrl, view),
    boxFrame: claimBoxIn(content, claim, site).frame,
    chartFrame: breakdown && breakdownEmbed(claim, breakdown, claimant.name, view, site, translation).frame,
    card: { href: view.urls.claimCard(claim.id), alt: claimShareCard(claim, view, statusColour).alt },
    jsonLd: claimReview(
      {
        claim,
        claimant,
        places: places.map((slug) => ({
          data: placeOf(content, slug).data,
          url: new URL(view.urls.place(slug), site).href,
        })),
        pageUrl,
        siteUrl: new URL(urls.home(), site).href,
      },
      view.t,
    ),
  };
}

/**
 * The page's key: everything it shows, and its entry's digest, which covers the body (the content
 * layer renders it: src/content.config.ts). The map, which every claim naming the same places shares,
 * stands in it by its shared key.
 */
export const claimPageKey = (page: ClaimPage, claim: Claim): string =>
  cacheKey([{ ...page, map: page.map && sharedViewKey(page.map) }, claim.digest]);
