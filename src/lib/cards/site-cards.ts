// The share cards a site publishes: its own, and one for each claim and each actor, with where each is
// published and the page it belongs to. Pure but for measuring text (HarfBuzz), so the build's writer
// (src/integrations/share-cards.ts) and the dev server's routes draw the same cards.
import { indexByActor, type ClaimLike } from '../claims.ts';
import type { ActorData } from '../content/schema.ts';
import type { ViewContext } from '../views/common.ts';
import { actorShareCard, claimShareCard, siteShareCard } from '../views/sharing.ts';
import { cardSvg, layoutCard, type CardInput, type CardTextWidth } from './card-layout.ts';
import type { CardPalette } from './card-palette.ts';
import { cardTextWidth } from './text-width.ts';

export interface SiteCard {
  /** Where the card is published: a site path such as /cards/claims/<slug>.png. */
  path: string;
  /** The page it belongs to, to name in an error. */
  page: string;
  input: CardInput;
}

let textWidth: CardTextWidth | undefined;

/** A card's SVG in the palette, its lines broken as the fonts set them. */
export function cardSvgOf(input: CardInput, palette: CardPalette): string {
  return cardSvg(layoutCard(input, (textWidth ??= cardTextWidth())), palette);
}

/**
 * The site's card and its claims' and actors' in the language of `context`: those `written` in it (in
 * another language than English, the entries translated into it; an actor's card counts all its claims).
 */
export function siteCards(
  claims: readonly ClaimLike[],
  actors: readonly { id: string; data: ActorData }[],
  context: ViewContext,
  palette: CardPalette,
  written: (collection: 'claims' | 'actors', slug: string) => boolean = () => true,
): SiteCard[] {
  const { urls } = context;
  const activity = indexByActor(claims);
  return [
    { path: urls.siteCard(), page: urls.home(), input: siteShareCard(context.t).input },
    ...claims
      .filter((claim) => written('claims', claim.id))
      .map((claim) => ({
        path: urls.claimCard(claim.id),
        page: urls.claim(claim.id),
        input: claimShareCard(claim, context, palette.status).input,
      })),
    ...actors
      .filter((actor) => written('actors', actor.id))
      .map((actor) => ({
        path: urls.actorCard(actor.id),
        page: urls.actor(actor.id),
        input: actorShareCard(actor, activity.get(actor.id), context.t).input,
      })),
  ];
}
