// A place: where claims say something happened. Coordinates are geography, not claims: where a city
// or a region lies is a reference fact; how precisely a claim locates its event is the place's
// precision, which is never finer than the source allows ("the western tip of Crimea" is an area with
// a radius, never a pin). The methodology's "Places and precision" explains the levels.
import { z } from 'astro/zod';
import { enumOf, nonEmpty, slug, strictObject } from './fields.ts';

export const PLACE_KINDS = [
  'settlement',
  'facility',
  'district',
  'region',
  'peninsula',
  'island',
  'coast',
  'area',
  'sea',
  'other',
] as const;

/**
 * How far a place may lie from its coordinates, coarsest last, with the largest radius each allows: a
 * point is a spot (a building, a bridge); a settlement a town or city; an area part of a region (a
 * district, a stretch of coast, a cape); a region a whole province, peninsula or sea.
 */
export const PRECISIONS = ['point', 'settlement', 'area', 'region'] as const;
export const MAX_RADIUS_KM: Record<Precision, number> = { point: 1, settlement: 30, area: 250, region: 1000 };

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Precision = (typeof PRECISIONS)[number];

const degrees = (what: string, limit: number) =>
  z
    .number({ error: `${what} in decimal degrees, from -${limit} to ${limit}` })
    .min(-limit, `${what} in decimal degrees, from -${limit} to ${limit}`)
    .max(limit, `${what} in decimal degrees, from -${limit} to ${limit}`);

export const placeSchema = strictObject({
  name: nonEmpty('a name').describe(
    'The name every page gives the place, in English as the sources write it, e.g. "Kaluga region".',
  ),
  aliases: z
    .array(nonEmpty('another name'), { error: 'a list of other names' })
    .optional()
    .describe(
      'Other names and spellings of the place (transliterations, names in Ukrainian and Russian), so that a claim naming it either way finds it.',
    ),
  kind: enumOf(PLACE_KINDS).describe('What kind of place it is.'),
  coordinates: strictObject({
    latitude: degrees('a latitude', 90).describe('Degrees north (negative: south).'),
    longitude: degrees('a longitude', 180).describe('Degrees east (negative: west).'),
  }).describe(
    'The point the place is drawn around: a reference fact of geography (the centre of a region or city), never a location the sources do not give.',
  ),
  precision: enumOf(PRECISIONS).describe(
    `How precisely the place is located: \`point\` (a spot, radius up to ${MAX_RADIUS_KM.point} km), \`settlement\` (up to ${MAX_RADIUS_KM.settlement} km), \`area\` (part of a region, up to ${MAX_RADIUS_KM.area} km) or \`region\` (up to ${MAX_RADIUS_KM.region} km); see the methodology.`,
  ),
  radiusKm: z
    .number({ error: 'a distance in kilometres, more than 0' })
    .positive('a distance in kilometres, more than 0')
    .describe('How far from the coordinates the place may lie, in kilometres; maps draw a circle this size.'),
  parent: slug
    .optional()
    .describe('Slug of the place it lies within (a file in `places/`), e.g. `crimea` for the western tip of Crimea.'),
}).superRefine((place, ctx) => {
  const limit = MAX_RADIUS_KM[place.precision];
  if (place.radiusKm > limit)
    ctx.addIssue({
      code: 'custom',
      path: ['radiusKm'],
      message: `at most ${limit} km for precision "${place.precision}", or a coarser precision`,
    });
});

export type PlaceData = z.output<typeof placeSchema>;
