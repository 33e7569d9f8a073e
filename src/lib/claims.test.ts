import { describe, expect, it } from 'vitest';
import { sampleClaim } from './__fixtures__/claims.ts';
import {
  countByStatus,
  indexByIncident,
  groupByDay,
  groupByStatus,
  indexByActor,
  indexRelations,
  lastRecordedDay,
  listAliases,
  sortChronologically,
} from './claims.ts';

const claim = sampleClaim;

const ids = (claims: { id: string }[]) => claims.map((c) => c.id);

describe('chronological order', () => {
  it('uses the event date where given, else the claim date', () => {
    const claims = [
      claim('claimed-late-happened-early', { claimedOn: '2024-01-20', eventDate: '2024-01-05' }),
      claim('claimed-mid', { claimedOn: '2024-01-10' }),
      claim('claimed-early', { claimedOn: '2024-01-07' }),
    ];
    expect(ids(sortChronologically(claims))).toEqual(['claimed-late-happened-early', 'claimed-early', 'claimed-mid']);
  });

  it('breaks same-day ties by order, unnumbered claims last, then by slug', () => {
    const claims = [claim('zulu', {}), claim('second', { order: 2 }), claim('alpha', {}), claim('first', { order: 1 })];
    expect(ids(sortChronologically(claims))).toEqual(['first', 'second', 'alpha', 'zulu']);
  });

  it('does not change the list it is given', () => {
    const claims = [claim('b', { claimedOn: '2024-01-11' }), claim('a', {})];
    sortChronologically(claims);
    expect(ids(claims)).toEqual(['b', 'a']);
  });
});

describe('grouping by day', () => {
  it('makes one group per day across many days, in order', () => {
    const days = Array.from(
      { length: 40 },
      (_, i) => `2024-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`,
    );
    const claims = days.flatMap((day, i) => [
      claim(`a-${i}`, { claimedOn: day }),
      claim(`b-${i}`, { claimedOn: day, order: 1 }),
    ]);
    const groups = groupByDay(sortChronologically(claims));
    expect(groups.map((g) => g.day)).toEqual(days);
    expect(groups.every((g) => g.claims.length === 2)).toBe(true);
    expect(ids(groups[0]?.claims ?? [])).toEqual(['b-0', 'a-0']);
  });

  it('groups a claim without event date under its claim date', () => {
    const groups = groupByDay(sortChronologically([claim('a', { eventDate: '2024-01-09' }), claim('b', {})]));
    expect(groups.map((g) => [g.day, ids(g.claims)])).toEqual([
      ['2024-01-09', ['a']],
      ['2024-01-10', ['b']],
    ]);
  });

  it('returns no groups for no claims', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('grouping by status', () => {
  it('keeps every status, in the methodology order, with empty ones', () => {
    const groups = groupByStatus([claim('a', { status: 'refuted' }), claim('b', {}), claim('c', {})]);
    expect(groups.map((g) => [g.status, g.claims.length])).toEqual([
      ['unverified', 2],
      ['corroborated', 0],
      ['disputed', 0],
      ['confirmed', 0],
      ['refuted', 1],
    ]);
  });
});

describe('actor index', () => {
  it('records claims made, responses given and silences recorded apart, each claim once per actor', () => {
    const claims = [
      claim('x', {
        responses: [
          { actor: 'gov-b', stance: 'denies', note: 'No.' },
          { actor: 'gov-b', stance: 'not-commented', note: 'Later, none.' },
        ],
      }),
      claim('y', { claimant: 'gov-b', claimedOn: '2024-01-11' }),
    ];
    const index = indexByActor(claims);
    expect(ids(index.get('ministry-a')?.claimed ?? [])).toEqual(['x']);
    expect(index.get('gov-b')?.responded.map((r) => [r.claim.id, r.response.stance])).toEqual([['x', 'denies']]);
    expect(index.get('gov-b')?.silences.map((r) => [r.claim.id, r.response.stance])).toEqual([['x', 'not-commented']]);
    expect(ids(index.get('gov-b')?.involved ?? [])).toEqual(['x', 'y']);
  });
});

describe('relations', () => {
  it('resolves both directions', () => {
    const claims = [claim('a', { related: [{ claim: 'b', relation: 'contradicts' }] }), claim('b', {})];
    const index = indexRelations(claims);
    expect(index.get('a')?.outgoing.map((l) => [l.claim.id, l.relation])).toEqual([['b', 'contradicts']]);
    expect(index.get('b')?.incoming.map((l) => [l.claim.id, l.relation])).toEqual([['a', 'contradicts']]);
    expect(index.get('b')?.outgoing).toEqual([]);
  });
});

describe('aliases and dates', () => {
  it('lists every alias with its claim', () => {
    const claims = [claim('a', { aliases: ['old-a', 'older-a'] }), claim('b', {})];
    expect(listAliases(claims).map((a) => [a.alias, a.claim.id])).toEqual([
      ['old-a', 'a'],
      ['older-a', 'a'],
    ]);
  });

  it('finds the latest recorded day among claim, sources and responses', () => {
    const c = claim('a', {
      responses: [
        { actor: 'b', stance: 'denies', date: '2024-01-12', note: 'No.' },
        { actor: 'c', stance: 'denies', note: 'No.' },
      ],
    });
    expect(lastRecordedDay(c)).toBe('2024-01-12');
    expect(lastRecordedDay(claim('b', {}))).toBe('2024-01-10');
  });
});

describe('claims by incident', () => {
  it('files each claim under its incident, in timeline order, and leaves out incidents without claims', () => {
    const claims = [
      claim('late', { incident: 'night', claimedOn: '2024-01-12' }),
      claim('other', { incident: 'day', claimedOn: '2024-01-11' }),
      claim('early', { incident: 'night', claimedOn: '2024-01-10' }),
    ];
    const index = indexByIncident(claims);
    expect([...index.keys()].sort()).toEqual(['day', 'night']);
    expect(ids(index.get('night') ?? [])).toEqual(['early', 'late']);
    expect(index.get('empty')).toBeUndefined();
  });

  it("counts an incident's claims by status, zeros included", () => {
    const counts = countByStatus([claim('a', { status: 'disputed', responses: [] }), claim('b', {}), claim('c', {})]);
    expect(counts).toEqual({ unverified: 2, corroborated: 0, disputed: 1, confirmed: 0, refuted: 0 });
    expect(Object.keys(counts)).toEqual(['unverified', 'corroborated', 'disputed', 'confirmed', 'refuted']);
  });
});
