// Places and the claims about them: pure functions over { id, data } entries, like claims.ts, run once
// per build. A claim about a place within another (the western tip of Crimea) is a claim about both:
// the larger place's page lists it too.
import type { ClaimLike } from './claims.ts';
import type { PlaceData } from './content/schema.ts';

export interface PlaceLike {
  id: string;
  data: PlaceData;
}

/** A place and every place it lies within, nearest first (validation rules out loops). */
export function lineOf<Place extends PlaceLike>(place: Place, byId: ReadonlyMap<string, Place>): Place[] {
  const line = [place];
  for (let parent = place.data.parent; parent !== undefined;) {
    const next = byId.get(parent);
    if (!next || line.includes(next)) break;
    line.push(next);
    parent = next.data.parent;
  }
  return line;
}

/** The places a claim names, and those its responses name besides, each once. */
export function placesOfClaim({ data }: ClaimLike): string[] {
  return [...new Set([...(data.places ?? []), ...(data.responses ?? []).flatMap((response) => response.places ?? [])])];
}

export interface PlaceClaims<Claim> {
  /** Claims naming the place or a place within it (themselves or in a response), in the order given. */
  all: Claim[];
  /** How many of them name the place itself. */
  direct: number;
}

/** For every place slug, the claims about it (see PlaceClaims); every place has an entry. */
export function indexByPlace<Claim extends ClaimLike, Place extends PlaceLike>(
  claims: readonly Claim[],
  places: readonly Place[],
): Map<string, PlaceClaims<Claim>> {
  const byId = new Map(places.map((place) => [place.id, place]));
  const index = new Map<string, PlaceClaims<Claim>>(places.map((place) => [place.id, { all: [], direct: 0 }]));
  for (const claim of claims) {
    const reached = new Set<string>();
    for (const slug of placesOfClaim(claim)) {
      const place = byId.get(slug);
      if (!place) continue;
      const entry = index.get(slug);
      if (entry) entry.direct += 1;
      for (const { id } of lineOf(place, byId)) reached.add(id);
    }
    for (const id of reached) index.get(id)?.all.push(claim);
  }
  return index;
}

export interface PlaceBranch<Place> {
  place: Place;
  /** The places directly within it, by name. */
  within: PlaceBranch<Place>[];
}

/** Places as a tree: those within no other first, each followed by the places within it, by name. */
export function placeTree<Place extends PlaceLike>(places: readonly Place[]): PlaceBranch<Place>[] {
  const ids = new Set(places.map((place) => place.id));
  const byName = [...places].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id));
  const branch = (place: Place): PlaceBranch<Place> => ({
    place,
    within: byName.filter((other) => other.data.parent === place.id).map(branch),
  });
  // A place whose parent is missing (validation reports it) stands at the top rather than vanishing.
  return byName.filter((place) => place.data.parent === undefined || !ids.has(place.data.parent)).map(branch);
}
