// A small valid content set in memory, and helpers to break it one field at a time. Each test case
// starts from this set, so a failing case differs from a passing one only in what it tests.
import { stringify } from 'yaml';
import type { ContentFile } from '../validate.ts';

export const TODAY = '2024-06-01';

type Fields = Record<string, unknown>;

export const baseActors: Record<string, Fields> = {
  'ministry-a': { name: 'Ministry A', kind: 'ministry', affiliation: 'russia' },
  'governor-a': { name: 'Governor A', kind: 'official', affiliation: 'russia', role: 'Governor of a region' },
  'government-b': { name: 'Government B', kind: 'government', affiliation: 'ukraine' },
};

export const baseEditors: Record<string, Fields> = {
  'editor-a': { name: 'Editor A', role: 'Editor' },
  'editor-b': { name: 'Editor B', role: 'Editor' },
};

/** Written by one editor and reviewed by the other: what any status above unverified needs. */
export const reviewed = (date = '2024-01-20'): Fields => ({
  writtenBy: 'editor-a',
  reviews: [{ by: 'editor-b', date, note: 'Checked against the sources.' }],
});

export const baseClaim: Fields = {
  title: 'Ministry A says a missile was shot down',
  claimant: 'ministry-a',
  incident: 'first-incident',
  claimedOn: '2024-01-10',
  claimedOnKind: 'source-date',
  status: 'unverified',
  summary: 'Ministry A said its air defences shot down a missile over a region.',
  sources: [{ title: 'A report', date: '2024-01-10' }],
};

export const baseClaims: Record<string, Fields> = {
  'missile-shot-down': baseClaim,
  'drones-over-coast': {
    ...baseClaim,
    title: 'Ministry A says drones were sent towards the coast',
    breakdown: {
      total: 10,
      unit: 'drones',
      parts: [
        { label: 'Destroyed', count: 4 },
        { label: 'Jammed', count: 6 },
      ],
    },
  },
};

export function mdx(fields: unknown, body = 'Some prose about the entry.'): string {
  return `---\n${stringify(fields)}---\n\n${body}\n`;
}

export const baseIncidents: Record<string, Fields> = {
  'first-incident': { title: 'A fictional incident for the tests', date: '2024-01-10', places: ['a-region'] },
};

export const basePlaces: Record<string, Fields> = {
  'a-region': {
    name: 'A region',
    aliases: ['Region A'],
    kind: 'region',
    coordinates: { latitude: 50.5, longitude: 30.25 },
    precision: 'region',
    radiusKm: 120,
  },
};

export const baseAbout: Fields = {
  publisher: 'The fictional editors of the tests.',
  funding: 'None.',
  conflicts: 'None.',
  contact: 'Nobody.',
};

export interface ContentOverrides {
  claims?: Record<string, Fields | undefined>;
  actors?: Record<string, Fields | undefined>;
  incidents?: Record<string, Fields | undefined>;
  editors?: Record<string, Fields | undefined>;
  places?: Record<string, Fields | undefined>;
}

/** The base set with whole entries replaced, added, or (as `undefined`) removed. */
export function contentFiles(overrides: ContentOverrides = {}): ContentFile[] {
  const collection = (
    name: 'claims' | 'actors' | 'incidents' | 'editors' | 'places',
    base: Record<string, Fields>,
    changes = {},
  ) =>
    Object.entries({ ...base, ...changes })
      .filter((entry): entry is [string, Fields] => entry[1] !== undefined)
      .map(([slug, fields]) => ({ collection: name, file: `content/${name}/${slug}.mdx`, text: mdx(fields) }));
  return [
    ...collection('claims', baseClaims, overrides.claims),
    ...collection('actors', baseActors, overrides.actors),
    ...collection('incidents', baseIncidents, overrides.incidents),
    ...collection('editors', baseEditors, overrides.editors),
    ...collection('places', basePlaces, overrides.places),
    { collection: 'about', file: 'content/about.mdx', text: mdx(baseAbout, 'A fictional About page for the tests.') },
  ];
}

/** The base set with fields of the claim `missile-shot-down` changed (`undefined` removes one). */
export function withClaimFields(fields: Fields): ContentFile[] {
  const claim = Object.fromEntries(
    Object.entries({ ...baseClaim, ...fields }).filter(([, value]) => value !== undefined),
  );
  return contentFiles({ claims: { 'missile-shot-down': claim } });
}

export function withActorFields(fields: Fields): ContentFile[] {
  const actor = Object.fromEntries(
    Object.entries({ ...baseActors['ministry-a'], ...fields }).filter(([, value]) => value !== undefined),
  );
  return contentFiles({ actors: { 'ministry-a': actor } });
}

/**
 * The base set with a second place, `a-coast` within `a-region`, named by the incident, with its fields
 * changed (`undefined` removes one).
 */
export function withPlaceFields(fields: Fields): ContentFile[] {
  const place = Object.fromEntries(
    Object.entries({
      name: 'A coast',
      kind: 'coast',
      coordinates: { latitude: 50.1, longitude: 30.9 },
      precision: 'area',
      radiusKm: 40,
      parent: 'a-region',
      ...fields,
    }).filter(([, value]) => value !== undefined),
  );
  return contentFiles({
    places: { 'a-coast': place },
    incidents: { 'first-incident': { ...baseIncidents['first-incident'], places: ['a-region', 'a-coast'] } },
  });
}
