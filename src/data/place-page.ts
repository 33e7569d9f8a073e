// Everything a place's pages show: its first page (where it is and how precisely, its maps, its body,
// then its claims), and one page a year of its claims, cut into months and days where needed.
import { closeUpSpan, placeFacts, type PlaceFactsView, type PlaceMapView } from '../lib/views/places.ts';
import { placeClaimPaths, type ListPageProps } from './archive-pages.ts';
import type { Place, SiteContent } from './content.ts';
import { placeCloseUp, placeMap } from './place-maps.ts';

export type PlacePageProps = ListPageProps<{
  slug: string;
  name: string;
  file: string;
  digest: string | undefined;
  facts: PlaceFactsView;
  maps: PlaceMapView[];
}>;

/** The paths of the pages of `places` (those a locale has pages for), with `content` as they show it. */
export function placePaths(content: SiteContent, places: readonly Place[]) {
  const { t } = content.view;
  return places.flatMap((place) => {
    const { name } = place.data;
    const claims = content.byPlace.get(place.id) ?? { all: [], direct: 0 };
    const within = content.places.filter((other) => other.data.parent === place.id);
    // The place and those within it; a small place gets a close-up as well.
    const drawn = [place.id, ...within.map((other) => other.id)];
    const closeUp = closeUpSpan(place.data);
    const facts = placeFacts(place, content.placesById, within, claims, content.view);
    // Plain data, so that the key covers it: the place's facts and its maps (drawn from it and the
    // places within it), the body through the digest, and the counts.
    const shown = {
      slug: place.id,
      name,
      file: place.filePath ?? '',
      digest: place.digest,
      facts,
      maps: [
        placeMap(content, drawn, {
          idPrefix: 'map',
          title: t('place.mapTitle', { name }),
          heading: t('place.mapHeading', { name }),
          current: place.id,
          // Framed on the place, as a claim's map of it is: the places within it lie in that frame.
          framedBy: 1,
        }),
        ...(closeUp === undefined ? [] : [placeCloseUp(content, place.id, drawn, closeUp)]),
      ].filter((map) => map !== undefined),
    };
    return placeClaimPaths(content, place, shown, {
      description: t('place.description', {
        name,
        kind: facts.kind.toLowerCase(),
        precision: facts.precision.label.toLowerCase(),
        claims: facts.claims,
      }),
      intro: t(facts.within.length > 0 ? 'place.everyClaimWithin' : 'place.everyClaim', { name, claims: facts.claims }),
    });
  });
}
