// Maps of places, drawn once per build for each set of places: a thousand claims about Crimea share one
// map of Crimea. A map is pure in its places and options (src/lib/views/places.ts), so the key below
// holds everything it is drawn from.
import { join } from 'node:path';
import { cacheKey } from '../lib/cache-key.ts';
import { kept } from '../lib/memo.ts';
import { drawnLand } from '../lib/maps/map-layout.ts';
import { buildSettings } from '../lib/site.ts';
import { placeMapView, type PlaceMapView } from '../lib/views/places.ts';
import { placeOf, type SiteContent } from './content.ts';
import { landCodeKey, restoreLand } from './land-cache.ts';

const drawn = new Map<string, PlaceMapView>();

// A production build starts from the land earlier builds drew, and keeps what it adds when it ends.
const landCode = import.meta.env.PROD ? landCodeKey(process.cwd()) : undefined;
if (landCode !== undefined)
  process.once('exit', restoreLand(drawnLand, join(buildSettings().cacheDir, 'maps', 'land.json'), landCode));

type MapOptions = Parameters<typeof placeMapView>[2];

/** The map of the places `slugs` names, with its words. */
export function placeMap(content: SiteContent, slugs: readonly string[], options: MapOptions): PlaceMapView {
  const places = slugs.map((slug) => placeOf(content, slug));
  const key = cacheKey([
    content.view.urls.home(),
    places.map(({ id, data }) => [id, data]),
    { ...options, claims: options.claims && [...options.claims] },
  ]);
  return kept(drawn, key, () => placeMapView(places, content.view, options));
}

/**
 * A close-up of a place and those within it, at least `spanKm` across, where a coast crosses it:
 * inland, with no border drawn, a close-up would show nothing to find the place by.
 */
export function placeCloseUp(
  content: SiteContent,
  slug: string,
  drawn: readonly string[],
  spanKm: number,
): PlaceMapView | undefined {
  const { name } = placeOf(content, slug).data;
  const map = placeMap(content, drawn, {
    idPrefix: 'close-up',
    title: content.view.t('place.closeUpTitle', { name }),
    heading: content.view.t('place.closeUpHeading', { name }),
    spanKm,
    current: slug,
    framedBy: 1,
  });
  return map.layout.showsCoast ? map : undefined;
}
