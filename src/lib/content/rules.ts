// Rules that need more than one entry, or more than the schema sees, to check. Each family is a
// function of its own returning its problems: links between entries, independence of a confirmation,
// dates against today, aliases across claims, and the editorial rules (attributed titles, no skeleton
// text). Each entry here has already passed its collection schema.
import type { z } from 'astro/zod';
import type { COLLECTIONS, CollectionName } from './collections.ts';
import type { ActorData, ClaimData, IncidentData, PlaceData } from './schema.ts';
import { oneOf } from './schema.ts';
import { describeFound, formatField, type Problem } from './problems.ts';
import { closest, didYouMean } from './suggest.ts';
import { ATTRIBUTION_VERBS, isAttributed, opensWithClaimant } from './attribution.ts';
import { PLACEHOLDER, PLACEHOLDER_DATE, PLACEHOLDER_ID } from './templates.ts';

export interface Entry<Data> {
  /** Repository-relative path of the file. */
  file: string;
  /** File name without extension: the permanent URL segment. */
  slug: string;
  data: Data;
  /** The MDX body, and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** The file line a field stands on. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * A validated entry as Astro's collections hold one (`id`, `data`): for the view and record functions
 * that the pages and the build's own steps (share cards, data files) share.
 */
export const asCollectionEntry = <Data>({ slug, data }: Entry<Data>): { id: string; data: Data } => ({
  id: slug,
  data,
});

export type ClaimEntry = Entry<ClaimData>;
export type ActorEntry = Entry<ActorData>;
export type IncidentEntry = Entry<IncidentData>;
export type PlaceEntry = Entry<PlaceData>;

/** Each collection's entries that passed its schema, by the collection's name. */
export type EntriesByCollection = {
  [Name in CollectionName]: Entry<z.output<(typeof COLLECTIONS)[Name]['schema']>>[];
};

export interface CrossEntryInput extends Readonly<EntriesByCollection> {
  /**
   * Slugs of every file in each collection, valid or not: a link to a file with its own problems is
   * reported there, not again as a missing target in every file that links to it.
   */
  slugs: Readonly<Record<CollectionName, ReadonlySet<string>>>;
  /** `YYYY-MM-DD`; no date may be later. */
  today: string;
}

/** A problem at a field of an entry, with its line; `found` is already worded (see describeFound). */
export function problemAt(
  entry: Pick<Entry<unknown>, 'file' | 'lineOf'>,
  path: readonly PropertyKey[],
  found: string,
  allowed: string,
): Problem {
  return { file: entry.file, line: entry.lineOf(path), field: formatField(path), found, allowed };
}

export function checkCrossEntryRules(input: CrossEntryInput): Problem[] {
  return [
    ...linkProblems(input),
    ...incidentProblems(input),
    ...placeProblems(input),
    ...independenceProblems(input),
    ...futureDateProblems(input),
    ...aliasProblems(input),
    ...attributionProblems(input),
  ];
}

function existing(kind: string, slugs: ReadonlySet<string>, found: string): string {
  const list = [...slugs].sort();
  return list.length === 0
    ? `the slug of an existing ${kind} (there are none yet)`
    : `the slug of an existing ${kind}: ${oneOf(list)}${didYouMean(found, list)}`;
}

/** Every claimant, responder, editor and related claim names an entry that exists; no claim relates to itself. */
export function linkProblems({ claims, slugs }: CrossEntryInput): Problem[] {
  const { claims: claimSlugs, actors: actorSlugs, incidents: incidentSlugs, editors: editorSlugs } = slugs;
  return claims.flatMap((claim) => {
    const { data, slug } = claim;
    const problems: Problem[] = [];
    // A placeholder claimant is reported as a placeholder (placeholderProblems).
    if (!actorSlugs.has(data.claimant) && !isPlaceholder(data.claimant))
      problems.push(
        problemAt(claim, ['claimant'], describeFound(data.claimant), existing('actor', actorSlugs, data.claimant)),
      );
    if (!incidentSlugs.has(data.incident))
      problems.push(
        problemAt(
          claim,
          ['incident'],
          describeFound(data.incident),
          existing('incident', incidentSlugs, data.incident),
        ),
      );
    data.responses?.forEach(({ actor }, index) => {
      if (!actorSlugs.has(actor))
        problems.push(
          problemAt(claim, ['responses', index, 'actor'], describeFound(actor), existing('actor', actorSlugs, actor)),
        );
    });
    const editorPaths: [PropertyKey[], string][] = [
      ...(data.writtenBy ? [[['writtenBy'], data.writtenBy] as [PropertyKey[], string]] : []),
      ...(data.reviews ?? []).map((review, index): [PropertyKey[], string] => [['reviews', index, 'by'], review.by]),
    ];
    for (const [path, editor] of editorPaths) {
      if (!editorSlugs.has(editor) && !isPlaceholder(editor))
        problems.push(problemAt(claim, path, describeFound(editor), existing('editor', editorSlugs, editor)));
    }
    data.related?.forEach((link, index) => {
      const path = ['related', index, 'claim'];
      if (link.claim === slug)
        problems.push(
          problemAt(
            claim,
            path,
            describeFound(link.claim),
            'the slug of another claim (a claim is never related to itself)',
          ),
        );
      else if (!claimSlugs.has(link.claim))
        problems.push(problemAt(claim, path, describeFound(link.claim), existing('claim', claimSlugs, link.claim)));
    });
    return problems;
  });
}

/**
 * An incident's explainer needs claims, and a claim cannot be made before its incident was first
 * reported. An incident is judged empty only when every claim file parsed: a claim with problems of its
 * own might be the one that names it.
 */
export function incidentProblems({ claims, incidents, slugs }: CrossEntryInput): Problem[] {
  const claimSlugs = slugs.claims;
  const incidentsBySlug = new Map(incidents.map((incident) => [incident.slug, incident]));
  const named = new Set(claims.map((claim) => claim.data.incident));
  const empty =
    claims.length < claimSlugs.size
      ? []
      : incidents
          .filter((incident) => !named.has(incident.slug))
          .map((incident): Problem => ({
            file: incident.file,
            line: 1,
            field: 'file',
            found: 'an incident that no claim names',
            allowed: `at least one claim with "incident: ${incident.slug}" (an explainer page with no claims in it says nothing), or no incident file`,
          }));
  const early = claims.flatMap((claim) => {
    const incident = incidentsBySlug.get(claim.data.incident);
    if (!incident || claim.data.claimedOn >= incident.data.date) return [];
    return [
      problemAt(
        claim,
        ['claimedOn'],
        `${claim.data.claimedOn}, before its incident "${incident.slug}" was first reported (${incident.data.date})`,
        `a date on or after ${incident.data.date}; or the claim belongs to an earlier incident, or the incident's date is wrong`,
      ),
    ];
  });
  return [...empty, ...early];
}

/** Every list of places an entry holds, with where it stands: a claim's, its responses', an incident's. */
function placeLists({ claims, incidents }: CrossEntryInput) {
  return [
    ...claims.flatMap((entry) => [
      { entry, at: [] as PropertyKey[], places: entry.data.places ?? [] },
      ...(entry.data.responses ?? []).map((response, index) => ({
        entry,
        at: ['responses', index] as PropertyKey[],
        places: response.places ?? [],
      })),
    ]),
    ...incidents.map((entry) => ({ entry, at: [] as PropertyKey[], places: entry.data.places ?? [] })),
  ];
}

/** What a place slug that names no place file should be: the slug of the place it names, where it can tell. */
function placeAllowed({ places, slugs }: CrossEntryInput): (value: string) => string {
  const slugOfName = new Map<string, string>();
  for (const place of places)
    for (const name of [place.data.name, ...(place.data.aliases ?? [])]) slugOfName.set(name.toLowerCase(), place.slug);
  return (value) => {
    const byName = slugOfName.get(value.toLowerCase());
    if (byName !== undefined) return `the slug of a place, not its name: "${byName}"`;
    if (slugs.places.size === 0)
      return 'the slug of a place file in places/ (there are none yet: npm run new -- place <slug>)';
    // A slug and a name can be the same word ("crimea"): each candidate once, or none is nearest alone.
    const near = closest(value, new Set([...slugs.places, ...slugOfName.keys()]));
    const suggestion = near === undefined || slugs.places.has(near) ? near : slugOfName.get(near);
    return `the slug of a place file in places/${suggestion ? ` (did you mean "${suggestion}"?)` : `: ${oneOf([...slugs.places].sort())}`}`;
  };
}

/**
 * Places are named by slug, each once per entry, and each slug names a place file: one written as a
 * place's name or other spelling is pointed to its slug. A place's parent exists and never lies within
 * the place itself. Then placeNameProblems and unnamedPlaceProblems.
 */
export function placeProblems(input: CrossEntryInput): Problem[] {
  const { places, slugs } = input;
  const allowed = placeAllowed(input);
  const inEntries = placeLists(input).flatMap(({ entry, at, places: list }) => {
    const seen = new Set<string>();
    return list.flatMap((place, index): Problem[] => {
      const path = [...at, 'places', index];
      if (seen.has(place)) return [problemAt(entry, path, describeFound(place), 'a place not already in this list')];
      seen.add(place);
      return slugs.places.has(place) ? [] : [problemAt(entry, path, describeFound(place), allowed(place))];
    });
  });
  const parentOf = new Map(places.map((place) => [place.slug, place.data.parent]));
  const inPlaces = places.flatMap((place): Problem[] => {
    const { parent } = place.data;
    if (parent === undefined) return [];
    if (!slugs.places.has(parent)) return [problemAt(place, ['parent'], describeFound(parent), allowed(parent))];
    // Up the chain of parents: a place reached twice closes a loop, reported once, at its first file.
    const chain = [place.slug];
    for (let at: string | undefined = parent; at !== undefined; at = parentOf.get(at)) {
      if (at === place.slug && [...chain].sort()[0] === place.slug)
        return [
          problemAt(
            place,
            ['parent'],
            `"${parent}", which lies within ${place.slug} itself (${[...chain, at].join(' → ')})`,
            'a place that contains this one, never one within it',
          ),
        ];
      if (chain.includes(at)) return [];
      chain.push(at);
    }
    return [];
  });
  return [...inEntries, ...inPlaces, ...placeNameProblems(input), ...unnamedPlaceProblems(input)];
}

/** No two places share a name or another spelling: a name must lead to one place. */
function placeNameProblems({ places }: CrossEntryInput): Problem[] {
  const owners = new Map<string, string>();
  return places.flatMap((place) =>
    [place.data.name, ...(place.data.aliases ?? [])].flatMap((name, index): Problem[] => {
      const owner = owners.get(name.toLowerCase());
      owners.set(name.toLowerCase(), place.slug);
      if (owner === undefined || owner === place.slug) return [];
      return [
        problemAt(
          place,
          index === 0 ? ['name'] : ['aliases', index - 1],
          describeFound(name),
          `a name no other place has (${owner} has it): add what tells them apart, such as the region`,
        ),
      ];
    }),
  );
}

/**
 * Every place is named by a claim, a response, an incident or a place within it; judged only when every file that
 * could name it parsed, as one with problems of its own might be the one that names it.
 */
function unnamedPlaceProblems(input: CrossEntryInput): Problem[] {
  const { claims, incidents, places, slugs } = input;
  if (claims.length < slugs.claims.size || incidents.length < slugs.incidents.size || places.length < slugs.places.size)
    return [];
  const named = new Set([
    ...placeLists(input).flatMap((list) => list.places),
    ...places.flatMap((place) => place.data.parent ?? []),
  ]);
  return places
    .filter((place) => !named.has(place.slug))
    .map((place): Problem => ({
      file: place.file,
      line: 1,
      field: 'file',
      found: 'a place that no claim, incident or other place names',
      allowed: `a claim or incident with "${place.slug}" in its places (a place page with no claims says nothing), or no place file`,
    }));
}

/**
 * Only a party outside the claimant's affiliation can corroborate a claim, and a claim one has
 * confirmed is no longer unverified. Unknown actors (reported by linkProblems) count as neither side.
 */
export function independenceProblems({ claims, actors }: CrossEntryInput): Problem[] {
  const affiliationOf = new Map(actors.map((actor) => [actor.slug, actor.data.affiliation]));
  return claims.flatMap((claim): Problem[] => {
    const { data } = claim;
    const claimantAffiliation = affiliationOf.get(data.claimant);
    if (claimantAffiliation === undefined) return [];
    const independentConfirmations = (data.responses ?? []).filter((response) => {
      const affiliation = affiliationOf.get(response.actor);
      return response.stance === 'confirms' && affiliation !== undefined && affiliation !== claimantAffiliation;
    });
    // A confirmation from an actor whose own file has problems cannot be judged: that file is reported.
    const unjudged = (data.responses ?? []).some(
      (response) => response.stance === 'confirms' && !affiliationOf.has(response.actor),
    );
    if (data.status === 'corroborated' && independentConfirmations.length === 0 && !unjudged) {
      return [
        problemAt(
          claim,
          ['status'],
          '"corroborated" with no confirming response from outside the claimant\'s affiliation',
          `"corroborated" only with a "confirms" response from an actor whose affiliation is not "${claimantAffiliation}"`,
        ),
      ];
    }
    if (data.status === 'unverified' && independentConfirmations.length > 0) {
      return [
        problemAt(
          claim,
          ['status'],
          `"unverified" although ${independentConfirmations.map((r) => r.actor).join(', ')} (another affiliation) confirms it`,
          'a status that reflects the independent confirmation, such as "corroborated"',
        ),
      ];
    }
    return [];
  });
}

/** Every date a claim records, with its field path. */
function datesOf(data: ClaimData): [PropertyKey[], string | undefined][] {
  return [
    [['claimedOn'], data.claimedOn],
    [['eventDate'], data.eventDate],
    ...data.sources.flatMap((source, index): [PropertyKey[], string | undefined][] => [
      [['sources', index, 'date'], source.date],
      [['sources', index, 'retrieved'], source.retrieved],
    ]),
    ...(data.responses ?? []).map((response, index): [PropertyKey[], string | undefined] => [
      ['responses', index, 'date'],
      response.date,
    ]),
    ...(data.updates ?? []).map((item, index): [PropertyKey[], string] => [['updates', index, 'date'], item.date]),
    ...(data.reviews ?? []).map((item, index): [PropertyKey[], string] => [['reviews', index, 'date'], item.date]),
  ];
}

/** No date lies in the future. */
export function futureDateProblems({ claims, today }: CrossEntryInput): Problem[] {
  return claims.flatMap((claim) =>
    datesOf(claim.data)
      .filter(([, day]) => day !== undefined && day > today)
      .map(([path, day]) => problemAt(claim, path, describeFound(day), `a date no later than today (${today})`)),
  );
}

/** A former slug is never a live one, and belongs to one claim only. */
export function aliasProblems({ claims, slugs }: CrossEntryInput): Problem[] {
  const claimSlugs = slugs.claims;
  const owners = new Map<string, string>();
  return claims.flatMap((claim) =>
    (claim.data.aliases ?? []).flatMap((alias, index): Problem[] => {
      if (claimSlugs.has(alias))
        return [problemAt(claim, ['aliases', index], describeFound(alias), 'a former slug that no live claim uses')];
      const owner = owners.get(alias);
      if (owner !== undefined)
        return [problemAt(claim, ['aliases', index], describeFound(alias), `an alias not already claimed by ${owner}`)];
      owners.set(alias, claim.file);
      return [];
    }),
  );
}

/**
 * A claim's title reports somebody's statement, never the claimed event as fact, and names its claimant
 * as every other page does: by the actor's name or its short name, first.
 */
export function attributionProblems({ claims, actors }: CrossEntryInput): Problem[] {
  const actorsBySlug = new Map(actors.map((actor) => [actor.slug, actor.data]));
  return claims.flatMap((claim) => {
    const { title, claimant } = claim.data;
    const actor = actorsBySlug.get(claimant);
    const example = `"${actor?.shortName ?? actor?.name ?? 'The claimant'} says …"`;
    if (!isAttributed(title))
      return [
        problemAt(
          claim,
          ['title'],
          describeFound(title),
          `a sentence that attributes the statement to its claimant, such as ${example} (attribution verbs: ${ATTRIBUTION_VERBS.en.join(', ')})`,
        ),
      ];
    // An unknown claimant is reported as such (linkProblems); its name cannot be checked.
    if (!actor) return [];
    const names = [actor.name, actor.shortName].filter((name) => name !== undefined);
    if (names.some((name) => opensWithClaimant(title, name))) return [];
    return [
      problemAt(
        claim,
        ['title'],
        describeFound(title),
        `a title that opens with the claimant's name as every page gives it, ${names.map((name) => `"${name}"`).join(' or ')}, followed by an attribution verb or a comma, such as ${example}`,
      ),
    ];
  });
}

const PLACEHOLDER_ALLOWED = `what the sources say, in place of the text that npm run new wrote`;

/** Whether a value is one `npm run new` wrote for the contributor to replace. */
export function isPlaceholder(value: unknown): boolean {
  return (
    typeof value === 'string' && (value.includes(PLACEHOLDER) || value === PLACEHOLDER_ID || value === PLACEHOLDER_DATE)
  );
}

/** Every string in an entry's frontmatter, with its path. */
export function stringsIn(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}

/**
 * Nothing that `npm run new` wrote as a placeholder is published: not in a field, not in the body.
 * Run on a file's frontmatter as written, before its schema, so that a placeholder where a date or a
 * slug belongs is reported as a placeholder, not as a malformed value.
 */
export function placeholderProblems(entry: Omit<Entry<unknown>, 'slug'>): Problem[] {
  const inFields = stringsIn(entry.data)
    .filter(([, value]) => isPlaceholder(value))
    .map(([path, value]) => problemAt(entry, path, describeFound(value), PLACEHOLDER_ALLOWED));
  const bodyLine = entry.body.split('\n').findIndex((line) => line.includes(PLACEHOLDER));
  const inBody: Problem[] =
    bodyLine === -1
      ? []
      : [
          {
            file: entry.file,
            line: entry.bodyLine + bodyLine,
            field: 'body',
            found: `the placeholder "${PLACEHOLDER} …"`,
            allowed: PLACEHOLDER_ALLOWED,
          },
        ];
  return [...inFields, ...inBody];
}

/** A claim as an earlier revision wrote it: only what the status-change rule compares, unchecked. */
export interface PreviousClaim {
  status: string;
  updates: { date?: unknown; status?: unknown; note?: unknown }[];
}

/**
 * A verdict never changes silently: a claim whose status differs from its status at an earlier
 * revision must record the new status in a dated update that the earlier revision did not have.
 * `previous` maps a claim's slug at that revision (a renamed claim is found through its aliases).
 */
export function silentVerdictProblems(
  claims: readonly ClaimEntry[],
  previous: ReadonlyMap<string, PreviousClaim>,
): Problem[] {
  const key = (update: { date?: unknown; status?: unknown; note?: unknown }) =>
    JSON.stringify([update.date, update.status ?? null, update.note]);
  return claims.flatMap((claim): Problem[] => {
    const { data } = claim;
    const before = [claim.slug, ...(data.aliases ?? [])].map((slug) => previous.get(slug)).find(Boolean);
    if (!before || before.status === data.status) return [];
    const earlier = new Set((before.updates ?? []).map(key));
    const records = (data.updates ?? []).some((update) => update.status === data.status && !earlier.has(key(update)));
    if (records) return [];
    return [
      problemAt(
        claim,
        ['status'],
        `"${data.status}", changed from "${before.status}" with no new update recording it`,
        `a status change together with a new entry in updates: { date, note, status: "${data.status}" }`,
      ),
    ];
  });
}
