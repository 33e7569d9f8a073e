import { describe, expect, it } from 'vitest';
import { sampleClaim as claim } from '../__fixtures__/claims.ts';
import { context } from '../__fixtures__/view-context.ts';
import { incidentParties, incidentSources, incidentSummary, statusBar } from './incidents.ts';

describe('incidents', () => {
  const incident = { id: 'night', data: { title: 'Claims of one night', date: '2024-01-10', end: '2024-01-12' } };
  const claims = [
    claim('a', { responses: [{ actor: 'government-b', stance: 'not-commented', note: 'No comment.' }] }),
    claim('b', { status: 'disputed', responses: [{ actor: 'government-b', stance: 'denies', note: 'Denied.' }] }),
    claim('c', { claimant: 'government-b', sources: [{ title: 'A report', date: '2024-01-10' }] }),
  ];

  it("counts an incident's claims by status in words, and draws the bar from the same counts", () => {
    const summary = incidentSummary(incident, claims, context);
    expect(summary).toMatchObject({
      href: '/base/incidents/night/',
      dates: '10 January 2024 to 12 January 2024',
      total: 3,
      byStatus: '2 unverified, 1 disputed',
    });
    expect(summary.bar.map((segment) => [segment.status, segment.x, segment.width])).toEqual([
      ['unverified', 0, 80],
      ['disputed', 80, 40],
    ]);
  });

  it('leaves no gap and no overrun in the bar when shares do not divide evenly', () => {
    const bar = statusBar({ unverified: 1, corroborated: 1, disputed: 1, confirmed: 0, refuted: 0 }, 100);
    expect(bar.reduce((sum, segment) => sum + segment.width, 0)).toBeCloseTo(100, 9);
    bar.slice(1).forEach((segment, i) => expect(segment.x).toBeCloseTo(bar[i]!.x + bar[i]!.width, 9));
  });

  it('says who said what, party by party, claims first, silences marked', () => {
    const parties = incidentParties(claims, context);
    expect(parties.map((party) => [party.actor.name, party.tally])).toEqual([
      ['Ministry A', '2 claims, 0 responses'],
      ['Government B', '1 claim, 1 response, 1 silence recorded'],
    ]);
    expect(parties[1]?.statements.map((s) => [s.what, s.claim.href, s.silence])).toEqual([
      ['Claimed', '/base/claims/c/', false],
      ['had not commented when reported', '/base/claims/a/', true],
      ['denies', '/base/claims/b/', false],
    ]);
  });

  it('lists each source once, oldest first', () => {
    expect(incidentSources(claims)).toEqual([{ title: 'A report', date: '2024-01-10' }]);
  });
});
