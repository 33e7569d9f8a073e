import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from './problems.ts';
import { readContentFiles, validateContentFiles, type ContentFile } from './validate.ts';
import { claimSchema } from './schema.ts';
import {
  TODAY,
  baseClaim,
  baseIncidents,
  basePlaces,
  contentFiles,
  mdx,
  reviewed,
  withActorFields,
  withPlaceFields,
  withClaimFields,
} from './__fixtures__/content.ts';

const CLAIM = 'content/claims/missile-shot-down.mdx';
const PLACE = 'content/places/a-coast.mdx';

/** The base set with a place `coast` named "Coast" in the incident, which the claim names as `named`. */
function withOneWordPlace(named: string): ContentFile[] {
  // A name of its own and no other spellings, so nothing but the slug and the name is "coast".
  return contentFiles({
    places: { coast: { ...basePlaces['a-region'], name: 'Coast', aliases: ['The coast'] } },
    incidents: { 'first-incident': { ...baseIncidents['first-incident'], places: ['a-region', 'coast'] } },
    claims: { 'missile-shot-down': { ...baseClaim, places: [named] } },
  });
}
const ACTOR = 'content/actors/ministry-a.mdx';

const problemsIn = (files: ContentFile[]): Problem[] => validateContentFiles(files, { today: TODAY }).problems;

interface Expected {
  file: string;
  field: string;
  /** Text the "allowed" half must contain. */
  allowed: string;
  /** Text the "found" half must contain, where it matters. */
  found?: string;
}

interface RuleCase {
  rule: string;
  valid: ContentFile[];
  invalid: ContentFile[];
  expected: Expected;
}

const longText = (length: number) => 'x'.repeat(length);

const archived = {
  title: 'A report',
  date: '2024-01-10',
  archiveUrl: 'https://archive.example.org/2024/report',
  retrieved: '2024-01-11',
};

const breakdown = (parts: unknown[], total = 10) => ({ breakdown: { total, unit: 'drones', parts } });

// One passing and one failing content set per rule; the failing one must produce exactly the problem
// named, so a rule that stops firing, or fires on valid content, fails its test.
const cases: RuleCase[] = [
  {
    rule: 'file name is a lowercase slug',
    valid: contentFiles({ claims: { 'a-1-b': baseClaim } }),
    invalid: contentFiles({ claims: { Missile_Shot: baseClaim } }),
    expected: {
      file: 'content/claims/Missile_Shot.mdx',
      field: 'file',
      found: 'Missile_Shot.mdx',
      allowed: 'lowercase letters, digits',
    },
  },
  {
    rule: 'unknown claim fields are rejected',
    valid: withClaimFields({ places: ['a-region'] }),
    invalid: withClaimFields({ claimaint: 'ministry-a' }),
    expected: { file: CLAIM, field: 'claimaint', found: 'unknown field', allowed: 'only the fields title, claimant' },
  },
  {
    rule: 'title is at least 10 characters',
    valid: withClaimFields({ title: `Ministry A says ${longText(1)}` }),
    invalid: withClaimFields({ title: longText(9) }),
    expected: { file: CLAIM, field: 'title', found: '(9 characters)', allowed: '10 to 120 characters' },
  },
  {
    rule: 'title is at most 120 characters',
    valid: withClaimFields({ title: `Ministry A says ${longText(104)}` }),
    invalid: withClaimFields({ title: longText(121) }),
    expected: { file: CLAIM, field: 'title', found: '(121 characters)', allowed: '10 to 120 characters' },
  },
  {
    rule: 'claimant is required',
    valid: withClaimFields({ claimant: 'governor-a', title: 'Governor A says a missile was shot down' }),
    invalid: withClaimFields({ claimant: undefined }),
    expected: { file: CLAIM, field: 'claimant', found: 'missing', allowed: 'a slug' },
  },
  {
    rule: 'claimant names an existing actor',
    valid: withClaimFields({ claimant: 'government-b', title: 'Government B says a missile was shot down' }),
    invalid: withClaimFields({ claimant: 'ministry-z' }),
    expected: {
      file: CLAIM,
      field: 'claimant',
      found: '"ministry-z"',
      allowed: 'existing actor: one of government-b, governor-a, ministry-a',
    },
  },
  {
    rule: 'claimedOn is a YYYY-MM-DD date',
    valid: withClaimFields({ claimedOn: '2024-01-31', sources: [{ title: 'A report', date: '2024-01-31' }] }),
    invalid: withClaimFields({ claimedOn: '10 January 2024' }),
    expected: { file: CLAIM, field: 'claimedOn', found: '"10 January 2024"', allowed: 'YYYY-MM-DD' },
  },
  {
    rule: 'dates are real calendar days',
    valid: withClaimFields({ claimedOn: '2024-02-29', sources: [{ title: 'A report', date: '2024-02-29' }] }),
    invalid: withClaimFields({ claimedOn: '2023-02-29' }),
    expected: { file: CLAIM, field: 'claimedOn', found: '"2023-02-29"', allowed: 'a real calendar date' },
  },
  {
    rule: 'no date lies in the future',
    valid: withClaimFields({ claimedOn: TODAY, sources: [{ title: 'A report', date: TODAY }] }),
    invalid: withClaimFields({ claimedOnKind: 'statement-day', sources: [{ title: 'A report', date: '2024-06-02' }] }),
    expected: {
      file: CLAIM,
      field: 'sources[0].date',
      found: '"2024-06-02"',
      allowed: `no later than today (${TODAY})`,
    },
  },
  {
    rule: 'claimedOnKind says what kind of day claimedOn is',
    valid: withClaimFields({ claimedOnKind: 'statement-day' }),
    invalid: withClaimFields({ claimedOnKind: 'reported' }),
    expected: {
      file: CLAIM,
      field: 'claimedOnKind',
      found: '"reported"',
      allowed: 'one of statement-day, source-date',
    },
  },
  {
    rule: 'claimedOnKind is required',
    valid: withClaimFields({ claimedOnKind: 'source-date' }),
    invalid: withClaimFields({ claimedOnKind: undefined }),
    expected: { file: CLAIM, field: 'claimedOnKind', found: 'nothing', allowed: 'one of statement-day, source-date' },
  },
  {
    // A page must never give a day that no source gives: a source date is one of the sources' dates.
    rule: 'a source-date claimedOn is the date of one of its sources',
    valid: withClaimFields({
      claimedOn: '2024-01-12',
      sources: [
        { title: 'A report', date: '2024-01-10' },
        { title: 'A later report', date: '2024-01-12' },
      ],
    }),
    invalid: withClaimFields({ claimedOn: '2024-01-09' }),
    expected: {
      file: CLAIM,
      field: 'claimedOn',
      found: '2024-01-09, which is not the date of any of its sources',
      allowed: 'the date of the source that reports the claim (2024-01-10)',
    },
  },
  {
    rule: 'eventDate is not after claimedOn',
    valid: withClaimFields({ eventDate: '2024-01-10' }),
    invalid: withClaimFields({ eventDate: '2024-01-11' }),
    expected: {
      file: CLAIM,
      field: 'eventDate',
      found: '"2024-01-11"',
      allowed: 'on or before claimedOn (2024-01-10)',
    },
  },
  {
    rule: 'order is a whole number of 1 or more',
    valid: withClaimFields({ order: 1 }),
    invalid: withClaimFields({ order: 0 }),
    expected: { file: CLAIM, field: 'order', found: '0', allowed: 'a whole number of 1 or more' },
  },
  {
    rule: 'status is one of the defined statuses',
    valid: withClaimFields({ status: 'unverified' }),
    invalid: withClaimFields({ status: 'unverifed' }),
    expected: {
      file: CLAIM,
      field: 'status',
      found: '"unverifed"',
      allowed: 'one of unverified, corroborated, disputed, confirmed, refuted',
    },
  },
  {
    rule: 'summary is 20 to 280 characters',
    valid: withClaimFields({ summary: longText(280) }),
    invalid: withClaimFields({ summary: longText(19) }),
    expected: { file: CLAIM, field: 'summary', found: '(19 characters)', allowed: '20 to 280 characters' },
  },
  {
    rule: 'places is a list of place slugs',
    valid: withClaimFields({ places: ['a-region'] }),
    invalid: withClaimFields({ places: 'a-region' }),
    expected: { file: CLAIM, field: 'places', found: '"a-region"', allowed: 'a list of place slugs' },
  },
  {
    rule: 'a place is a file in places/',
    valid: withClaimFields({ places: ['a-region'] }),
    invalid: withClaimFields({ places: ['a-region', 'b-region'] }),
    expected: {
      file: CLAIM,
      field: 'places[1]',
      found: '"b-region"',
      allowed: 'the slug of a place file in places/ (did you mean "a-region"?)',
    },
  },
  {
    rule: 'a place written as its name or another spelling is pointed to its slug',
    valid: withClaimFields({ places: ['a-region'] }),
    invalid: withClaimFields({ places: ['region a'] }),
    expected: {
      file: CLAIM,
      field: 'places[0]',
      found: '"region a"',
      allowed: 'the slug of a place, not its name: "a-region"',
    },
  },
  {
    rule: 'a place a response names is a file in places/',
    valid: withClaimFields({
      responses: [
        { actor: 'government-b', stance: 'declined-to-comment', note: 'Would not say.', places: ['a-region'] },
      ],
    }),
    invalid: withClaimFields({
      responses: [
        { actor: 'government-b', stance: 'declined-to-comment', note: 'Would not say.', places: ['a-regoin'] },
      ],
    }),
    expected: {
      file: CLAIM,
      field: 'responses[0].places[0]',
      found: '"a-regoin"',
      allowed: 'the slug of a place file in places/ (did you mean "a-region"?)',
    },
  },
  {
    rule: 'an incident names places by slug too',
    valid: contentFiles(),
    invalid: contentFiles({
      incidents: {
        'first-incident': {
          title: 'A fictional incident for the tests',
          date: '2024-01-10',
          places: ['a-region', 'x'],
        },
      },
    }),
    expected: {
      file: 'content/incidents/first-incident.mdx',
      field: 'places[1]',
      found: '"x"',
      allowed: 'the slug of a place file in places/: one of a-region',
    },
  },
  {
    // Its slug and its name are one word, "coast": counted twice, it would tie with itself.
    rule: 'a typo of a place whose slug is its name is still pointed to it',
    valid: withOneWordPlace('coast'),
    invalid: withOneWordPlace('caost'),
    expected: { file: CLAIM, field: 'places[0]', found: '"caost"', allowed: '(did you mean "coast"?)' },
  },
  {
    rule: 'a place does not lie within itself',
    valid: withPlaceFields({}),
    invalid: withPlaceFields({ parent: 'a-coast' }),
    expected: {
      file: PLACE,
      field: 'parent',
      found: '"a-coast", which lies within a-coast itself (a-coast → a-coast)',
      allowed: 'a place that contains this one, never one within it',
    },
  },
  {
    rule: 'a place is listed once',
    valid: withClaimFields({ places: ['a-region'] }),
    invalid: withClaimFields({ places: ['a-region', 'a-region'] }),
    expected: { file: CLAIM, field: 'places[1]', found: '"a-region"', allowed: 'a place not already in this list' },
  },
  {
    rule: "a place's radius is within its precision",
    valid: withPlaceFields({ precision: 'settlement', radiusKm: 30 }),
    invalid: withPlaceFields({ precision: 'point', radiusKm: 5 }),
    expected: {
      file: PLACE,
      field: 'radiusKm',
      found: '5',
      allowed: 'at most 1 km for precision "point", or a coarser precision',
    },
  },
  {
    rule: "a place's coordinates are degrees on the globe",
    valid: withPlaceFields({ coordinates: { latitude: -33.9, longitude: 151.2 } }),
    invalid: withPlaceFields({ coordinates: { latitude: 95, longitude: 30 } }),
    expected: {
      file: PLACE,
      field: 'coordinates.latitude',
      found: '95',
      allowed: 'a latitude in decimal degrees, from -90 to 90',
    },
  },
  {
    rule: "a place's precision is one of the levels",
    valid: withPlaceFields({ precision: 'area', radiusKm: 100 }),
    invalid: withPlaceFields({ precision: 'exact' }),
    expected: { file: PLACE, field: 'precision', found: '"exact"', allowed: 'one of point, settlement, area, region' },
  },
  {
    rule: "a place's parent is another place",
    valid: withPlaceFields({}),
    invalid: withPlaceFields({ parent: 'a-regoin' }),
    expected: {
      file: PLACE,
      field: 'parent',
      found: '"a-regoin"',
      allowed: 'the slug of a place file in places/ (did you mean "a-region"?)',
    },
  },
  {
    rule: 'at least one source',
    valid: withClaimFields({ sources: [{ title: 'A report', publisher: 'A paper', date: '2024-01-10' }] }),
    invalid: withClaimFields({ sources: [] }),
    expected: { file: CLAIM, field: 'sources', found: 'an empty list', allowed: 'at least one source' },
  },
  {
    rule: 'a source url is absolute http(s)',
    valid: withClaimFields({ sources: [{ ...archived, url: 'https://example.org/report' }] }),
    invalid: withClaimFields({ sources: [{ ...archived, url: 'javascript:alert(1)' }] }),
    expected: { file: CLAIM, field: 'sources[0].url', found: '"javascript:alert(1)"', allowed: 'absolute http(s) URL' },
  },
  {
    rule: 'a source with a url gives an archived copy',
    valid: withClaimFields({ sources: [{ ...archived, url: 'https://example.org/report' }] }),
    invalid: withClaimFields({ sources: [{ ...archived, url: 'https://example.org/report', archiveUrl: undefined }] }),
    expected: {
      file: CLAIM,
      field: 'sources[0].archiveUrl',
      found: 'missing',
      allowed: 'archived copy, required because the source has a url',
    },
  },
  {
    rule: 'a source with a url gives the date it was read',
    valid: withClaimFields({ sources: [{ ...archived, url: 'https://example.org/report' }] }),
    invalid: withClaimFields({ sources: [{ ...archived, url: 'https://example.org/report', retrieved: undefined }] }),
    expected: {
      file: CLAIM,
      field: 'sources[0].retrieved',
      found: 'missing',
      allowed: 'required because the source has a url',
    },
  },
  {
    rule: 'a source without a url needs no archive',
    valid: withClaimFields({ sources: [{ title: 'A report known only by its date', date: '2024-01-10' }] }),
    invalid: withClaimFields({ sources: [{ title: 'A report', date: '2024-01-10', archiveUrl: 'not a url' }] }),
    expected: { file: CLAIM, field: 'sources[0].archiveUrl', found: '"not a url"', allowed: 'absolute http(s) URL' },
  },
  {
    rule: 'the status is the one the latest update recorded',
    valid: withClaimFields({
      ...reviewed(),
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }],
      updates: [
        { date: '2024-01-11', note: 'First assessed.', status: 'unverified' },
        { date: '2024-01-12', note: 'Government B denied it.', status: 'disputed' },
      ],
    }),
    invalid: withClaimFields({
      ...reviewed(),
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }],
      updates: [{ date: '2024-01-11', note: 'First assessed.', status: 'unverified' }],
    }),
    expected: {
      file: CLAIM,
      field: 'status',
      found: '"disputed"',
      allowed: '"unverified", the status recorded by the latest update (updates[0], 2024-01-11)',
    },
  },
  {
    rule: 'an update is not dated before the claim',
    valid: withClaimFields({ updates: [{ date: '2024-01-10', note: 'Corrected a place name.' }] }),
    invalid: withClaimFields({ updates: [{ date: '2024-01-09', note: 'Corrected a place name.' }] }),
    expected: {
      file: CLAIM,
      field: 'updates[0].date',
      found: '"2024-01-09"',
      allowed: 'on or after claimedOn (2024-01-10)',
    },
  },
  {
    rule: 'an update is not dated in the future',
    valid: withClaimFields({ updates: [{ date: TODAY, note: 'Corrected a place name.' }] }),
    invalid: withClaimFields({ updates: [{ date: '2024-06-02', note: 'Corrected a place name.' }] }),
    expected: { file: CLAIM, field: 'updates[0].date', found: '"2024-06-02"', allowed: 'no later than today' },
  },
  {
    rule: 'an update status is one of the statuses',
    valid: withClaimFields({ updates: [{ date: '2024-01-11', note: 'Reviewed.', status: 'unverified' }] }),
    invalid: withClaimFields({ updates: [{ date: '2024-01-11', note: 'Reviewed.', status: 'probable' }] }),
    expected: { file: CLAIM, field: 'updates[0].status', found: '"probable"', allowed: 'one of unverified' },
  },
  {
    rule: 'a source has a title',
    valid: withClaimFields({ sources: [{ title: 'T', date: '2024-01-10' }] }),
    invalid: withClaimFields({ sources: [{ date: '2024-01-10' }] }),
    expected: { file: CLAIM, field: 'sources[0].title', found: 'missing', allowed: 'the title of the report' },
  },
  {
    rule: 'response stance is one of the defined stances',
    valid: withClaimFields({
      responses: [{ actor: 'government-b', stance: 'not-commented', note: 'Did not comment.' }],
    }),
    invalid: withClaimFields({ responses: [{ actor: 'government-b', stance: 'agrees', note: 'Agreed.' }] }),
    expected: {
      file: CLAIM,
      field: 'responses[0].stance',
      found: '"agrees"',
      allowed: 'one of confirms, denies, declined-to-comment, not-commented, not-confirmed',
    },
  },
  {
    rule: 'response actor exists',
    valid: withClaimFields({ responses: [{ actor: 'governor-a', stance: 'confirms', note: 'Confirmed.' }] }),
    invalid: withClaimFields({
      ...reviewed(),
      responses: [{ actor: 'nobody', stance: 'denies', note: 'Denied.' }],
      status: 'disputed',
    }),
    expected: { file: CLAIM, field: 'responses[0].actor', found: '"nobody"', allowed: 'existing actor' },
  },
  {
    rule: 'response date is not before claimedOn',
    valid: withClaimFields({
      responses: [{ actor: 'government-b', stance: 'not-commented', date: '2024-01-10', note: 'None.' }],
    }),
    invalid: withClaimFields({
      responses: [{ actor: 'government-b', stance: 'not-commented', date: '2024-01-09', note: 'None.' }],
    }),
    expected: {
      file: CLAIM,
      field: 'responses[0].date',
      found: '"2024-01-09"',
      allowed: 'on or after claimedOn (2024-01-10)',
    },
  },
  {
    rule: 'corroborated needs a confirmation from another affiliation',
    valid: withClaimFields({
      ...reviewed(),
      status: 'corroborated',
      responses: [{ actor: 'government-b', stance: 'confirms', note: 'Confirmed.' }],
    }),
    invalid: withClaimFields({
      ...reviewed(),
      status: 'corroborated',
      responses: [{ actor: 'governor-a', stance: 'confirms', note: 'Confirmed.' }],
    }),
    expected: { file: CLAIM, field: 'status', found: '"corroborated"', allowed: 'affiliation is not "russia"' },
  },
  {
    rule: 'unverified has no confirmation from another affiliation',
    valid: withClaimFields({
      status: 'unverified',
      responses: [{ actor: 'governor-a', stance: 'confirms', note: 'Confirmed.' }],
    }),
    invalid: withClaimFields({
      status: 'unverified',
      responses: [{ actor: 'government-b', stance: 'confirms', note: 'Confirmed.' }],
    }),
    expected: { file: CLAIM, field: 'status', found: 'government-b', allowed: 'corroborated' },
  },
  {
    rule: 'disputed needs a denial',
    valid: withClaimFields({
      ...reviewed(),
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }],
    }),
    invalid: withClaimFields({
      ...reviewed(),
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'not-commented', note: 'None.' }],
    }),
    expected: { file: CLAIM, field: 'status', found: '"disputed"', allowed: '"denies"' },
  },
  {
    rule: 'confirmed needs two sources',
    valid: withClaimFields({
      ...reviewed(),
      status: 'confirmed',
      sources: [
        { title: 'One', date: '2024-01-10' },
        { title: 'Two', date: '2024-01-11' },
      ],
    }),
    invalid: withClaimFields({ ...reviewed(), status: 'confirmed' }),
    expected: {
      file: CLAIM,
      field: 'sources',
      found: '1 source',
      allowed: 'at least two sources for status "confirmed"',
    },
  },
  {
    rule: 'refuted needs two sources',
    valid: withClaimFields({
      ...reviewed(),
      status: 'refuted',
      sources: [
        { title: 'One', date: '2024-01-10' },
        { title: 'Two', date: '2024-01-11' },
      ],
    }),
    invalid: withClaimFields({ ...reviewed(), status: 'refuted' }),
    expected: {
      file: CLAIM,
      field: 'sources',
      found: '1 source',
      allowed: 'at least two sources for status "refuted"',
    },
  },
  {
    rule: "a status above unverified needs a second editor's review",
    valid: withClaimFields({
      ...reviewed(),
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }],
    }),
    invalid: withClaimFields({
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }],
    }),
    expected: {
      file: CLAIM,
      field: 'status',
      found: '"disputed" with no second editor\'s review',
      allowed: 'an entry in reviews (by, date, note) by an editor other than the writer (writtenBy)',
    },
  },
  {
    // A review made before the status last changed did not review that change.
    rule: 'a change of status needs a review dated on or after it',
    valid: withClaimFields({
      ...reviewed('2024-01-12'),
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }],
      updates: [{ date: '2024-01-12', note: 'Government B denied it.', status: 'disputed' }],
    }),
    invalid: withClaimFields({
      ...reviewed('2024-01-11'),
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }],
      updates: [{ date: '2024-01-12', note: 'Government B denied it.', status: 'disputed' }],
    }),
    expected: {
      file: CLAIM,
      field: 'status',
      found: 'since the status changed (2024-01-12)',
      allowed: 'dated on or after 2024-01-12',
    },
  },
  {
    // Every change of verdict needs a second editor, down as well as up.
    rule: 'a claim moved back down to unverified needs a review on or after the move',
    valid: withClaimFields({
      ...reviewed('2024-01-12'),
      updates: [
        { date: '2024-01-11', note: 'Government B denied it.', status: 'disputed' },
        { date: '2024-01-12', note: 'Government B withdrew its denial.', status: 'unverified' },
      ],
    }),
    invalid: withClaimFields({
      ...reviewed('2024-01-11'),
      updates: [
        { date: '2024-01-11', note: 'Government B denied it.', status: 'disputed' },
        { date: '2024-01-12', note: 'Government B withdrew its denial.', status: 'unverified' },
      ],
    }),
    expected: {
      file: CLAIM,
      field: 'status',
      found: 'since the status changed (2024-01-12)',
      allowed: 'on or after 2024-01-12',
    },
  },
  {
    rule: 'an update recording that a claim is still unverified needs no review',
    valid: withClaimFields({ updates: [{ date: '2024-01-11', note: 'Still no other source.', status: 'unverified' }] }),
    invalid: withClaimFields({
      status: 'disputed',
      responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }],
      updates: [{ date: '2024-01-11', note: 'Government B denied it.', status: 'disputed' }],
    }),
    expected: {
      file: CLAIM,
      field: 'status',
      found: "no second editor's review",
      allowed: 'dated on or after 2024-01-11',
    },
  },
  {
    // A day a source gives for the statement need not be any source's date, but no source reports it first.
    rule: 'a statement-day claimedOn is not after every source that reports it',
    valid: withClaimFields({ claimedOnKind: 'statement-day', sources: [{ title: 'A report', date: '2024-01-12' }] }),
    invalid: withClaimFields({ claimedOnKind: 'statement-day', claimedOn: '2024-01-11' }),
    expected: {
      file: CLAIM,
      field: 'claimedOn',
      found: '"2024-01-11"',
      allowed: 'on or before 2024-01-10, the date of the latest source',
    },
  },
  {
    rule: "a title names its claimant whole: another party's name that begins the same way does not count",
    valid: withClaimFields({ title: 'Ministry A, citing its radar, says a missile was shot down' }),
    invalid: withClaimFields({ title: 'Ministry A Air Force says a missile was shot down' }),
    expected: {
      file: CLAIM,
      field: 'title',
      found: 'Ministry A Air Force says',
      allowed: 'followed by an attribution verb or a comma',
    },
  },
  {
    rule: 'a review is by an editor other than the writer',
    valid: withClaimFields({ ...reviewed() }),
    invalid: withClaimFields({
      writtenBy: 'editor-a',
      reviews: [{ by: 'editor-a', date: '2024-01-20', note: 'Checked my own work.' }],
    }),
    expected: { file: CLAIM, field: 'reviews[0].by', found: '"editor-a"', allowed: 'an editor other than editor-a' },
  },
  {
    rule: 'a claim with reviews names its writer',
    valid: withClaimFields({ ...reviewed() }),
    invalid: withClaimFields({ reviews: [{ by: 'editor-b', date: '2024-01-20', note: 'Checked.' }] }),
    expected: {
      file: CLAIM,
      field: 'writtenBy',
      found: 'nothing',
      allowed: 'the slug of the editor who wrote the claim',
    },
  },
  {
    rule: 'a reviewer is an editor in editors/',
    valid: withClaimFields({ ...reviewed() }),
    invalid: withClaimFields({
      writtenBy: 'editor-a',
      reviews: [{ by: 'editor-c', date: '2024-01-20', note: 'Checked.' }],
    }),
    expected: {
      file: CLAIM,
      field: 'reviews[0].by',
      found: '"editor-c"',
      allowed: 'the slug of an existing editor: one of editor-a, editor-b',
    },
  },
  {
    rule: 'a review is not dated in the future',
    valid: withClaimFields({ ...reviewed(TODAY) }),
    invalid: withClaimFields({ ...reviewed('2024-06-02') }),
    expected: { file: CLAIM, field: 'reviews[0].date', found: '"2024-06-02"', allowed: 'no later than today' },
  },
  {
    rule: 'an editor has a name',
    valid: contentFiles({ editors: { 'editor-c': { name: 'Editor C' } } }),
    invalid: contentFiles({ editors: { 'editor-c': { role: 'Editor' } } }),
    expected: { file: 'content/editors/editor-c.mdx', field: 'name', found: 'nothing', allowed: 'a name' },
  },
  {
    rule: 'breakdown counts are whole numbers of 0 or more',
    valid: withClaimFields(
      breakdown([
        { label: 'Destroyed', count: 0 },
        { label: 'Jammed', count: 10 },
      ]),
    ),
    invalid: withClaimFields(
      breakdown([
        { label: 'Destroyed', count: -1 },
        { label: 'Jammed', count: 11 },
      ]),
    ),
    expected: { file: CLAIM, field: 'breakdown.parts[0].count', found: '-1', allowed: 'a whole number of 0 or more' },
  },
  {
    rule: 'breakdown counts are integers',
    valid: withClaimFields(
      breakdown([
        { label: 'Destroyed', count: 5 },
        { label: 'Jammed', count: 5 },
      ]),
    ),
    invalid: withClaimFields(
      breakdown([
        { label: 'Destroyed', count: 4.5 },
        { label: 'Jammed', count: 6 },
      ]),
    ),
    expected: { file: CLAIM, field: 'breakdown.parts[0].count', found: '4.5', allowed: 'a whole number' },
  },
  {
    rule: 'breakdown total is at least 1',
    valid: withClaimFields(breakdown([{ label: 'Destroyed', count: 1 }], 1)),
    invalid: withClaimFields(breakdown([{ label: 'Destroyed', count: 0 }], 0)),
    expected: { file: CLAIM, field: 'breakdown.total', found: '0', allowed: 'a whole number of 1 or more' },
  },
  {
    rule: 'breakdown labels are unique',
    valid: withClaimFields(
      breakdown([
        { label: 'Destroyed', count: 5 },
        { label: 'Jammed', count: 5 },
      ]),
    ),
    invalid: withClaimFields(
      breakdown([
        { label: 'Destroyed', count: 5 },
        { label: 'Destroyed', count: 5 },
      ]),
    ),
    expected: {
      file: CLAIM,
      field: 'breakdown.parts[1].label',
      found: '"Destroyed"',
      allowed: 'not used by another part',
    },
  },
  {
    rule: 'breakdown parts add up to the total',
    valid: withClaimFields(
      breakdown([
        { label: 'Destroyed', count: 3 },
        { label: 'Not accounted for', count: 7 },
      ]),
    ),
    invalid: withClaimFields(
      breakdown([
        { label: 'Destroyed', count: 3 },
        { label: 'Jammed', count: 6 },
      ]),
    ),
    expected: { file: CLAIM, field: 'breakdown.parts', found: 'adding up to 9', allowed: 'exactly the total, 10' },
  },
  {
    rule: 'related claim exists',
    valid: withClaimFields({ related: [{ claim: 'drones-over-coast', relation: 'context' }] }),
    invalid: withClaimFields({ related: [{ claim: 'drones-over-sea', relation: 'context' }] }),
    expected: {
      file: CLAIM,
      field: 'related[0].claim',
      found: '"drones-over-sea"',
      allowed: 'existing claim: one of drones-over-coast, missile-shot-down',
    },
  },
  {
    rule: 'a claim is never related to itself',
    valid: withClaimFields({ related: [{ claim: 'drones-over-coast', relation: 'contradicts' }] }),
    invalid: withClaimFields({ related: [{ claim: 'missile-shot-down', relation: 'supports' }] }),
    expected: {
      file: CLAIM,
      field: 'related[0].claim',
      found: '"missile-shot-down"',
      allowed: 'never related to itself',
    },
  },
  {
    rule: 'relation is one of the defined relations',
    valid: withClaimFields({ related: [{ claim: 'drones-over-coast', relation: 'supports' }] }),
    invalid: withClaimFields({ related: [{ claim: 'drones-over-coast', relation: 'refutes' }] }),
    expected: {
      file: CLAIM,
      field: 'related[0].relation',
      found: '"refutes"',
      allowed: 'one of same-statement, contradicts, supports, context',
    },
  },
  {
    rule: 'an alias is not a live slug',
    valid: withClaimFields({ aliases: ['old-missile-claim'] }),
    invalid: withClaimFields({ aliases: ['drones-over-coast'] }),
    expected: { file: CLAIM, field: 'aliases[0]', found: '"drones-over-coast"', allowed: 'no live claim uses' },
  },
  {
    rule: 'aliases are unique across claims',
    valid: contentFiles({
      claims: {
        'other-claim': { ...baseClaim, aliases: ['old-a'] },
        'missile-shot-down': { ...baseClaim, aliases: ['old-b'] },
      },
    }),
    invalid: contentFiles({
      claims: {
        'other-claim': { ...baseClaim, aliases: ['old-a'] },
        'missile-shot-down': { ...baseClaim, aliases: ['old-a'] },
      },
    }),
    expected: {
      file: 'content/claims/other-claim.mdx',
      field: 'aliases[0]',
      found: '"old-a"',
      allowed: 'not already claimed by content/claims/missile-shot-down.mdx',
    },
  },
  {
    rule: 'actor name is required',
    valid: withActorFields({ name: 'Ministry A' }),
    invalid: withActorFields({ name: undefined }),
    expected: { file: ACTOR, field: 'name', found: 'missing', allowed: 'a name' },
  },
  {
    rule: 'actor kind is one of the defined kinds',
    valid: withActorFields({ kind: 'military' }),
    invalid: withActorFields({ kind: 'army' }),
    expected: { file: ACTOR, field: 'kind', found: '"army"', allowed: 'one of government, ministry, military' },
  },
  {
    rule: 'actor affiliation is a lowercase id',
    valid: withActorFields({ affiliation: 'monitor-c' }),
    invalid: withActorFields({ affiliation: 'Russia' }),
    expected: { file: ACTOR, field: 'affiliation', found: '"Russia"', allowed: 'lowercase id' },
  },
  {
    // One name per party: a title names its claimant as every list, card and page does.
    rule: "a title starts with its claimant's name or short name",
    valid: contentFiles({
      actors: {
        'governor-a': {
          name: 'Governor A (Person A)',
          shortName: 'Governor A',
          kind: 'official',
          affiliation: 'russia',
        },
      },
      claims: {
        'missile-shot-down': { ...baseClaim, claimant: 'governor-a', title: 'Governor A says a missile was shot down' },
      },
    }),
    invalid: withClaimFields({ title: "Ministry A's air defence says a missile was shot down" }),
    expected: {
      file: CLAIM,
      field: 'title',
      found: "Ministry A's air defence says",
      allowed: 'a title that opens with the claimant\'s name as every page gives it, "Ministry A"',
    },
  },
  {
    rule: 'unknown actor fields are rejected',
    valid: withActorFields({ role: 'Press office' }),
    invalid: withActorFields({ rank: 'General' }),
    expected: {
      file: ACTOR,
      field: 'rank',
      found: 'unknown field',
      allowed: 'only the fields name, shortName, kind, affiliation, role',
    },
  },
];

describe('content rules', () => {
  it.each(cases)('$rule: accepts valid content', ({ valid }) => {
    expect(problemsIn(valid).map(formatProblem)).toEqual([]);
  });

  it.each(cases)('$rule: rejects invalid content naming file, line and field', ({ invalid, expected }) => {
    const problems = problemsIn(invalid);
    expect(problems.map(formatProblem)).toHaveLength(1);
    const [problem] = problems as [Problem];
    expect(problem.file).toBe(expected.file);
    expect(problem.field).toBe(expected.field);
    expect(problem.allowed).toContain(expected.allowed);
    if (expected.found) expect(problem.found).toContain(expected.found);
    expect(formatProblem(problem)).toBe(
      `${expected.file}:${problem.line}: ${expected.field}: found ${problem.found}; allowed ${problem.allowed}`,
    );
    // The line is the field's own, unless the field is missing (then its nearest ancestor's).
    const text = invalid.find((entry) => entry.file === expected.file)?.text ?? '';
    const key = /([A-Za-z]+)(?:\[\d+\])?$/.exec(expected.field)?.[1] ?? '';
    const missing = problem.found.startsWith('nothing') || expected.field === 'file';
    const line = text.split('\n')[problem.line - 1] ?? '';
    if (!missing) expect(line).toMatch(expected.field.endsWith(']') ? /^\s*- / : new RegExp(`\\b${key}:`));
  });
});

describe('did you mean', () => {
  it.each([
    ['a near-miss status', withClaimFields({ status: 'unverifed' }), 'status', '(did you mean "unverified"?)'],
    ['a near-miss field name', withClaimFields({ claimaint: 'ministry-a' }), 'claimaint', '(did you mean "claimant"?)'],
    ['a near-miss actor slug', withClaimFields({ claimant: 'ministry-b' }), 'claimant', '(did you mean "ministry-a"?)'],
    [
      'a near-miss claim slug',
      withClaimFields({ related: [{ claim: 'drones-over-cost', relation: 'context' }] }),
      'related[0].claim',
      '(did you mean "drones-over-coast"?)',
    ],
    [
      'a near-miss stance',
      withClaimFields({ responses: [{ actor: 'government-b', stance: 'deny', note: 'No.' }] }),
      'responses[0].stance',
      '(did you mean "denies"?)',
    ],
  ])('suggests the right value for %s', (_, files, field, suggestion) => {
    const [problem] = problemsIn(files);
    expect(problem?.field).toBe(field);
    expect(problem?.allowed.endsWith(suggestion)).toBe(true);
  });
});

describe('content files', () => {
  const file = (name: string, text: string): ContentFile => ({
    collection: 'claims',
    file: `content/claims/${name}`,
    text,
  });

  it('rejects a file that is not MDX', () => {
    const problems = problemsIn([...contentFiles(), file('notes.md', mdx(baseClaim))]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/claims/notes.md', field: 'file', allowed: 'an .mdx file' }),
    ]);
  });

  it('rejects a file without frontmatter', () => {
    const problems = problemsIn([...contentFiles(), file('bare.mdx', 'Just prose.\n')]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/claims/bare.mdx', field: 'frontmatter', found: 'no frontmatter block' }),
    ]);
  });

  it('rejects YAML that does not parse, with its line', () => {
    const problems = problemsIn([...contentFiles(), file('broken.mdx', '---\ntitle: [unclosed\n---\n\nProse.\n')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/claims/broken.mdx', line: 2, field: 'frontmatter' });
    expect(problems[0]?.found).toMatch(/^YAML that does not parse \(.+\)$/);
  });

  it('checks incidents against their schema too', () => {
    const withIncident = (fields: Record<string, unknown>) =>
      problemsIn(contentFiles({ incidents: { 'first-incident': { title: 'Claims of 10 January 2024', ...fields } } }));
    expect(withIncident({ date: '2024-01-10', end: '2024-01-12', places: ['a-region'] })).toEqual([]);
    expect(withIncident({ date: '2024-01-10', place: 'X' })).toEqual([
      expect.objectContaining({
        file: 'content/incidents/first-incident.mdx',
        field: 'place',
        allowed: 'only the fields title, date, end, places (did you mean "places"?)',
      }),
    ]);
  });

  it('rejects an empty body', () => {
    const problems = problemsIn([...contentFiles(), file('empty-body.mdx', mdx(baseClaim, ''))]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/claims/empty-body.mdx', field: 'body' })]);
  });

  it('reports every problem in every file in one run', () => {
    const files = contentFiles({
      claims: { 'missile-shot-down': { ...baseClaim, status: 'maybe', title: 'Short' } },
      actors: { 'government-b': { name: 'Government B', kind: 'state', affiliation: 'ukraine' } },
    });
    const problems = problemsIn(files).map((problem) => `${problem.file}: ${problem.field}`);
    expect(problems.sort()).toEqual([
      'content/actors/government-b.mdx: kind',
      'content/claims/missile-shot-down.mdx: status',
      'content/claims/missile-shot-down.mdx: title',
    ]);
  });

  it('does not judge a corroboration by a confirming actor whose own file has problems', () => {
    const files = contentFiles({
      claims: {
        'missile-shot-down': {
          ...baseClaim,
          ...reviewed(),
          status: 'corroborated',
          responses: [{ actor: 'government-b', stance: 'confirms', note: 'Government B confirmed it.' }],
        },
      },
      actors: { 'government-b': { name: 'Government B', kind: 'government', affiliation: 'independent' } },
    });
    expect(problemsIn(files).map((problem) => `${problem.file}: ${problem.field}`)).toEqual([
      'content/actors/government-b.mdx: affiliation',
    ]);
  });

  it('does not blame links to an entry that has problems of its own', () => {
    const files = contentFiles({ actors: { 'ministry-a': { name: 'Ministry A', kind: 'ministry' } } });
    expect(problemsIn(files).map(formatProblem)).toEqual([
      "content/actors/ministry-a.mdx:1: affiliation: found nothing (the field is missing and is required); allowed a lowercase id such as russia or ukraine, or an independent organisation's own slug",
    ]);
  });
});

describe('claim schema in the Astro build', () => {
  it('accepts a date that YAML already turned into a Date, as Astro parses it, and keeps it a day', () => {
    const parsed = claimSchema.parse({ ...baseClaim, claimedOn: new Date(Date.UTC(2024, 0, 10)) });
    expect(parsed.claimedOn).toBe('2024-01-10');
  });
});

describe('the site content', () => {
  it('is valid', () => {
    // Against no particular day (tests never read the clock): the build checks for future dates itself.
    const { problems, claims, actors } = validateContentFiles(readContentFiles('content'), { today: '9999-12-31' });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(claims.length).toBeGreaterThan(0);
    expect(actors.length).toBeGreaterThan(0);
  });
});
