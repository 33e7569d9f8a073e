// A fictional content set of any size for the benchmark, realistic in shape: 200 actors on four sides
// and a number of independent monitors, a place for every 40 claims (five regions that half the claims
// name, thousands each at 10,000 claims, and smaller places within them), every status in the proportions a long war's record would
// have (half unverified), each obeying the content rules, with responses, breakdowns, related claims,
// aliases, dated updates, dates over three years and bodies of two to four paragraphs; every actor and
// a tenth of the claims translated into Ukrainian and Russian, as the translation rules require.
// Deterministic: the same size always gives the same files.
import { stringify } from 'yaml';
import type { ClaimStatus } from '../content/schema.ts';

export interface GeneratedFile {
  /** Path under the content folder, e.g. claims/claim-1.mdx. */
  path: string;
  text: string;
  /** The MDX body alone, for the baseline site. */
  body: string;
}

const SIDES = ['north', 'south', 'east', 'west'];
const KINDS = ['government', 'ministry', 'military', 'intelligence', 'official', 'media'] as const;
const PLACES = ['the northern port', 'the river crossing', 'the border district', 'the coastal road', 'the capital'];
const WORDS =
  'the report said units reached positions near the crossing while officials described damage to roads and a depot and monitors counted vehicles on the coast before the statement was repeated by a second office'.split(
    ' ',
  );
const STATUS_SHARES: [ClaimStatus, number][] = [
  ['unverified', 0.5],
  ['disputed', 0.7],
  ['corroborated', 0.85],
  ['confirmed', 0.95],
  ['refuted', 1],
];
export const ACTOR_COUNT = 200;
const EDITOR_COUNT = 5;
const MONITORS = 20;
const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 3 * 365;
/** Claims per incident: 500 incidents for 10,000 claims. */
export const CLAIMS_PER_INCIDENT = 20;

/** A seeded pseudo-random sequence (MINSTD): the same content on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const day = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);

function actorOf(index: number) {
  const monitor = index >= ACTOR_COUNT - MONITORS;
  const side = SIDES[index % SIDES.length] ?? 'north';
  return {
    slug: `actor-${index}`,
    name: monitor
      ? `Monitor ${index}`
      : `${side[0]?.toUpperCase()}${side.slice(1)} ${KINDS[index % KINDS.length]} ${index}`,
    kind: monitor ? 'independent' : (KINDS[index % KINDS.length] ?? 'other'),
    // Each independent monitor is its own side, as the methodology requires.
    affiliation: monitor ? `monitor-${index}` : side,
  };
}

function paragraphs(next: () => number, count: number): string {
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 }, () => {
      const words = Array.from({ length: 14 }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'the');
      return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
    }).join(' '),
  ).join('\n\n');
}

/** An actor on another side than `affiliation`. */
function otherSide(next: () => number, affiliation: string) {
  for (;;) {
    const actor = actorOf(Math.floor(next() * ACTOR_COUNT));
    if (actor.affiliation !== affiliation) return actor;
  }
}

/** Places: the five regions PLACES names, and a smaller place within one of them for every 40 claims. */
const placeCount = (count: number) => PLACES.length + Math.max(1, Math.round(count / 40));

/** Half the claims name one of the five regions, the other half one of the smaller places. */
function placeOfClaim(index: number, count: number): { slug: string; name: string } {
  if (index % 2 === 0) {
    const region = (index / 2) % PLACES.length;
    return { slug: `place-${region}`, name: PLACES[region] ?? 'the capital' };
  }
  const minor = PLACES.length + (((index - 1) / 2) % (placeCount(count) - PLACES.length));
  return { slug: `place-${minor}`, name: `fictional place ${minor}` };
}

function places(count: number, mdx: (fields: unknown, body: string) => string): GeneratedFile[] {
  return Array.from({ length: placeCount(count) }, (_, n) => {
    const region = n < PLACES.length;
    const parent = n % PLACES.length;
    // Regions a few degrees apart; each smaller place within a degree of its region's centre.
    const latitude = 48 + parent + (region ? 0 : (((n * 37) % 100) - 50) / 60);
    const longitude = 30 + parent * 2 + (region ? 0 : (((n * 53) % 100) - 50) / 40);
    const precision = region ? 'region' : (['point', 'settlement', 'area'] as const)[n % 3];
    const fields = {
      name: region ? PLACES[n] : `fictional place ${n}`,
      kind: region ? 'region' : 'other',
      coordinates: { latitude: Math.round(latitude * 100) / 100, longitude: Math.round(longitude * 100) / 100 },
      precision,
      radiusKm: { region: 150, point: 0.5, settlement: 10, area: 60 }[precision ?? 'area'],
      ...(region ? {} : { parent: `place-${parent}` }),
    };
    const body = `A fictional place for the benchmark.`;
    return { path: `places/place-${n}.mdx`, text: mdx(fields, body), body };
  });
}

const offsetOf = (index: number, count: number) => Math.floor((index * SPAN_DAYS) / count);
const incidentOf = (index: number) => Math.floor(index / CLAIMS_PER_INCIDENT);

function claimFields(index: number, count: number, next: () => number) {
  const claimant = actorOf(Math.floor(next() * ACTOR_COUNT));
  const offset = offsetOf(index, count);
  const claimedOn = day(offset);
  const roll = next();
  const status = (STATUS_SHARES.find(([, share]) => roll < share) ?? STATUS_SHARES[0])?.[0] ?? 'unverified';
  const place = placeOfClaim(index, count);
  const other = otherSide(next, claimant.affiliation);
  const stance = {
    unverified: 'not-commented',
    disputed: 'denies',
    corroborated: 'confirms',
    confirmed: 'confirms',
    refuted: 'denies',
  }[status];
  const twoSources = status === 'confirmed' || status === 'refuted';
  const parts = 2 + Math.floor(next() * 3);
  const counts = Array.from({ length: parts }, () => 1 + Math.floor(next() * 40));
  return {
    title: `${claimant.name} says its units reported activity near ${place.name}, report ${index}`,
    claimant: claimant.slug,
    incident: `incident-${incidentOf(index)}`,
    claimedOn,
    claimedOnKind: 'source-date',
    ...(next() < 0.4 && offset > 3 ? { eventDate: day(offset - 1 - Math.floor(next() * 3)) } : {}),
    status,
    summary: `${claimant.name} said that its units reported activity near ${place.name}; a fictional claim for the benchmark, number ${index}.`,
    places: [place.slug],
    sources: Array.from({ length: twoSources ? 2 : 1 }, (_, n) => ({
      title: `Benchmark report ${index}.${n + 1}`,
      date: claimedOn,
      ...(n === 1
        ? {
            url: `https://example.org/reports/${index}`,
            archiveUrl: `https://archive.example.org/reports/${index}`,
            retrieved: claimedOn,
          }
        : {}),
    })),
    ...(status !== 'unverified' || next() < 0.5
      ? { responses: [{ actor: other.slug, stance, date: day(offset + 1), note: `${other.name} responded.` }] }
      : {}),
    ...(next() < 0.1
      ? {
          breakdown: {
            total: counts.reduce((a, b) => a + b, 0),
            unit: 'drones',
            parts: counts.map((n, p) => ({ label: `Part ${p + 1}`, count: n })),
          },
        }
      : {}),
    ...(index > 0 && next() < 0.2
      ? { related: [{ claim: `claim-${index - 1}`, relation: next() < 0.5 ? 'context' : 'contradicts' }] }
      : {}),
    ...(next() < 0.03 ? { aliases: [`old-claim-${index}`] } : {}),
    ...(next() < 0.15 ? { updates: [{ date: day(offset + 2), note: 'The status was reviewed.', status }] } : {}),
    ...reviewFields(index, status, offset),
  };
}

const editorOf = (index: number) => `editor-${index % EDITOR_COUNT}`;

/**
 * Every status above unverified, and a third of the rest, reviewed by a second editor after any update;
 * worked out from the index, not the random sequence, so the rest of the content stays as it was.
 */
function reviewFields(index: number, status: ClaimStatus, offset: number) {
  if (status === 'unverified' && index % 3 !== 0) return {};
  return {
    writtenBy: editorOf(index),
    reviews: [{ by: editorOf(index + 1), date: day(offset + 3), note: 'Checked against the sources.' }],
  };
}

/**
 * The incidents: each holds CLAIMS_PER_INCIDENT consecutive claims, dated from its first claim's day to
 * its last's, so no claim comes before its incident.
 */
function incidents(count: number, mdx: (fields: unknown, body: string) => string): GeneratedFile[] {
  return Array.from({ length: Math.ceil(count / CLAIMS_PER_INCIDENT) }, (_, n) => {
    const first = offsetOf(n * CLAIMS_PER_INCIDENT, count);
    const last = offsetOf(Math.min(count, (n + 1) * CLAIMS_PER_INCIDENT) - 1, count);
    const body = `Claims about fictional fighting near ${PLACES[n % PLACES.length]}, for the benchmark.`;
    const fields = {
      title: `Fictional incident ${n} near ${PLACES[n % PLACES.length]}`,
      date: day(first),
      ...(last > first ? { end: day(last) } : {}),
      places: [`place-${n % PLACES.length}`],
    };
    return { path: `incidents/incident-${n}.mdx`, text: mdx(fields, body), body };
  });
}

/** One claim in TRANSLATED_EVERY is translated into each language; every actor is, so that it can be. */
export const TRANSLATED_EVERY = 10;

/** Words of a fictional translation, each language's own (no number but those the English gives). */
const TRANSLATED = {
  uk: {
    party: 'Учасник',
    says: 'заявив, що його підрозділи повідомили про активність',
    claim: 'вигадана заява для порівняльного тесту, номер',
    body: 'Вигаданий текст для порівняльного тесту.',
  },
  ru: {
    party: 'Участник',
    says: 'заявил, что его подразделения сообщили об активности',
    claim: 'вымышленное заявление для сравнительного теста, номер',
    body: 'Вымышленный текст для сравнительного теста.',
  },
} as const;

/** The translations: every actor, and every TRANSLATED_EVERY-th claim, into each language. */
function translations(
  claims: readonly { index: number; claimant: string }[],
  mdx: (fields: unknown, body: string) => string,
) {
  return Object.entries(TRANSLATED).flatMap(([language, words]) => {
    const name = (actor: string) => `${words.party} ${actor.slice('actor-'.length)}`;
    const actors = Array.from({ length: ACTOR_COUNT }, (_, index) => {
      const { slug } = actorOf(index);
      return {
        path: `actors/${slug}.${language}.mdx`,
        text: mdx({ name: name(slug), translation: 'machine-assisted' }, words.body),
        body: words.body,
      };
    });
    const translated = claims
      .filter(({ index }) => index % TRANSLATED_EVERY === 0)
      .map(({ index, claimant }) => ({
        path: `claims/claim-${index}.${language}.mdx`,
        text: mdx(
          {
            title: `${name(claimant)} ${words.says}, ${index}`,
            summary: `${name(claimant)} ${words.says}; ${words.claim} ${index}.`,
            translation: 'machine-assisted',
          },
          words.body,
        ),
        body: words.body,
      }));
    return [...actors, ...translated];
  });
}

/** `count` claims, the 200 actors, the incidents and places they name, their editors and an About page, as a content folder. */
export function generateContent(count: number, seed = 1): GeneratedFile[] {
  const next = random(seed);
  const mdx = (fields: unknown, body: string) => `---\n${stringify(fields)}---\n\n${body}\n`;
  const actors = Array.from({ length: ACTOR_COUNT }, (_, index) => {
    const { slug, ...fields } = actorOf(index);
    const body = `${fields.name} is a fictional party for the benchmark.`;
    return { path: `actors/${slug}.mdx`, text: mdx(fields, body), body };
  });
  const claimants: { index: number; claimant: string }[] = [];
  const claims = Array.from({ length: count }, (_, index) => {
    const body = paragraphs(next, 2 + Math.floor(next() * 3));
    const fields = claimFields(index, count, next);
    claimants.push({ index, claimant: fields.claimant });
    return { path: `claims/claim-${index}.mdx`, text: mdx(fields, body), body };
  });
  const editors = Array.from({ length: EDITOR_COUNT }, (_, index) => {
    const body = `Editor ${index} is a fictional editor for the benchmark.`;
    return { path: `editors/${editorOf(index)}.mdx`, text: mdx({ name: `Editor ${index}` }, body), body };
  });
  const aboutBody = 'A fictional About page for the benchmark.';
  const about = {
    path: 'about.mdx',
    text: mdx(
      { publisher: 'Nobody: the content is fictional.', funding: 'None.', conflicts: 'None.', contact: 'None.' },
      aboutBody,
    ),
    body: aboutBody,
  };
  return [
    ...actors,
    ...claims,
    ...incidents(count, mdx),
    ...places(count, mdx),
    ...editors,
    about,
    ...translations(claimants, mdx),
  ];
}
