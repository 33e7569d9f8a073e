import { describe, expect, it } from 'vitest';
import { sampleClaim } from '../__fixtures__/claims.ts';
import { indexByActor, indexByStatus, indexRelations } from '../claims.ts';
import { createUrls } from '../urls.ts';
import { affiliationGroups } from './actors.ts';
import { claimItem, relatedItems, statusCounts, timelineDays, updateItems } from './claims.ts';
import { latest, type ViewContext } from './common.ts';
import { archivePageView } from './archives.ts';
import { buildArchive } from '../archives.ts';
import { breakdownFigure, headlineFigure } from './figures.ts';
import { incidentParties, incidentSources, incidentSummary, statusBar } from './incidents.ts';

const claim = sampleClaim;
const names: Record<string, string> = { 'ministry-a': 'Ministry A', 'government-b': 'Government B' };
const urls = createUrls('/base/');
const context: ViewContext = {
  nameOf: (slug) => names[slug] ?? slug,
  incidentTitleOf: (slug) => `Incident ${slug}`,
  editorNameOf: (slug) => `Editor ${slug.slice(-1).toUpperCase()}`,
  placeNameOf: (slug) => `Place ${slug}`,
  placeParentOf: (slug) => (slug === 'a-cape' ? 'a-region' : undefined),
  urls,
};
const breakdown = {
  total: 42,
  unit: 'drones',
  parts: [
    { label: 'Destroyed', count: 9 },
    { label: 'Jammed', count: 33 },
  ],
};

describe('a claim in a list', () => {
  it('resolves the claimant, links the claim and its status timeline', () => {
    expect(claimItem(claim('a'), context)).toMatchObject({
      href: '/base/claims/a/',
      claimant: { name: 'Ministry A', href: '/base/actors/ministry-a/' },
      status: { status: 'unverified', label: 'Unverified', href: '/base/timeline/status/unverified/' },
      day: '2024-01-10',
      dayLabel: 'Reported by',
      responses: [],
    });
  });

  it('says "Claimed on" only for a day a source gives for the statement', () => {
    expect(claimItem(claim('a', { claimedOnKind: 'statement-day' }), context).dayLabel).toBe('Claimed on');
    expect(claimItem(claim('a'), context).dayLabel).toBe('Reported by');
  });

  it('labels an event date as claimed, never as what happened', () => {
    const item = claimItem(claim('a', { eventDate: '2024-01-05' }), context);
    expect(item).toMatchObject({ day: '2024-01-05', dayLabel: 'Event date, as claimed:' });
  });

  it('carries the responses in words where the list shows them', () => {
    const responded = claim('a', {
      responses: [{ actor: 'government-b', stance: 'not-confirmed', note: 'Not confirmed.' }],
    });
    expect(claimItem(responded, context, { withResponses: true }).responses).toEqual([
      {
        actor: { name: 'Government B', href: '/base/actors/government-b/' },
        stance: 'has not confirmed',
        day: undefined,
        note: 'Not confirmed.',
        places: [],
      },
    ]);
  });
});

describe('the timeline', () => {
  it('groups claims by day with their responses', () => {
    const days = timelineDays([claim('a'), claim('b'), claim('c', { claimedOn: '2024-01-11' })], context);
    expect(days.map((day) => [day.day, day.items.map((item) => item.slug)])).toEqual([
      ['2024-01-10', ['a', 'b']],
      ['2024-01-11', ['c']],
    ]);
  });
});

describe('the latest of a list', () => {
  it('takes the last items of a list in timeline order, keeping that order', () => {
    expect(latest([1, 2, 3, 4], 2)).toEqual([3, 4]);
    expect(latest([1], 5)).toEqual([1]);
  });
});

describe('related claims', () => {
  it('lists a claim linked both ways once, as this claim words the link', () => {
    const claims = [
      claim('a', { related: [{ claim: 'b', relation: 'same-statement' }] }),
      claim('b', { related: [{ claim: 'a', relation: 'same-statement' }] }),
      claim('c', { related: [{ claim: 'a', relation: 'contradicts' }] }),
    ];
    const links = indexRelations(claims).get('a') ?? { outgoing: [], incoming: [] };
    expect(relatedItems(links, context).map((item) => [item.href, item.relation])).toEqual([
      ['/base/claims/b/', 'from the same statement'],
      ['/base/claims/c/', 'is contradicted by'],
    ]);
  });
});

describe('update history', () => {
  it('lists updates newest first with anchors numbered from the oldest', () => {
    const items = updateItems(
      [
        { date: '2024-01-11', note: 'First.' },
        { date: '2024-01-12', note: 'Second.', status: 'disputed' },
      ],
      context,
    );
    expect(items.map((item) => [item.id, item.note, item.status?.label])).toEqual([
      ['update-2', 'Second.', 'Disputed'],
      ['update-1', 'First.', undefined],
    ]);
  });
});

describe('status counts', () => {
  it('counts every status in the methodology order, zeros included', () => {
    const counts = statusCounts(indexByStatus([claim('a'), claim('b', { status: 'disputed' })]), urls);
    expect(counts.map((c) => `${c.label} ${c.count}`)).toEqual([
      'Unverified 1',
      'Corroborated 0',
      'Disputed 1',
      'Confirmed 0',
      'Refuted 0',
    ]);
  });
});

describe('actors by affiliation', () => {
  it('groups actors by side, sides in alphabetical order, with what each said', () => {
    const actors = [
      { id: 'government-b', data: { name: 'Government B', kind: 'government' as const, affiliation: 'ukraine' } },
      {
        id: 'ministry-a',
        data: { name: 'Ministry A', kind: 'ministry' as const, affiliation: 'russia', role: 'Press' },
      },
    ];
    const groups = affiliationGroups(actors, indexByActor([claim('a')]), urls);
    expect(groups.map((group) => [group.name, group.actors.map((actor) => actor.meta)])).toEqual([
      ['Russia', ['Ministry · Press · 1 claim made · 0 responses']],
      ['Ukraine', ['Government · 0 claims made · 0 responses']],
    ]);
  });
});

describe('breakdown figures', () => {
  it("says figures that are not confirmed are the claimant's, with the status linked to its definition", () => {
    const figure = breakdownFigure(claim('a'), breakdown, 'Ministry A', urls);
    expect(figure.title).toBe('42 drones, as claimed by Ministry A');
    expect(figure.unverifiedNote).toEqual({ label: 'unverified', href: '/base/methodology/#status-unverified' });
    expect(figure.table).toEqual({
      caption: 'The figures, as claimed by Ministry A',
      unitHeading: 'Drones',
      rows: [
        { label: 'Destroyed', count: '9', share: '21.4%' },
        { label: 'Jammed', count: '33', share: '78.6%' },
      ],
      total: { count: '42', share: '100.0%' },
    });
    expect(figure.csvHref).toBe('/base/claims/a/breakdown.csv');
  });

  it('draws a confirmed count solid, without the note', () => {
    const figure = breakdownFigure(claim('a', { status: 'confirmed' }), breakdown, 'Ministry A', urls);
    expect(figure.unverifiedNote).toBeUndefined();
    expect(figure.layout.paint.fill).toBe('currentColor');
    expect(figure.table.caption).toBe('The figures');
  });

  it('heads the home page with the latest claim that has a breakdown', () => {
    const chronological = [claim('older', { breakdown }), claim('with-figures', { breakdown }), claim('newest')];
    expect(headlineFigure(chronological, context)?.claimHref).toBe('/base/claims/with-figures/');
    expect(headlineFigure([claim('none')], context)).toBeUndefined();
  });
});

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

describe('a busy day in its archive', () => {
  it("names a day's parts by incident title and claimant name, with the way back up through the day", () => {
    const claims = ['a', 'b', 'c', 'd'].map((id, i) =>
      claim(id, { incident: i < 2 ? 'night' : 'dawn', claimant: i % 2 ? 'ministry-a' : 'government-b' }),
    );
    const archive = buildArchive(claims, { top: 'month', bound: 1 });
    const names = { incident: (slug: string) => `Incident ${slug}`, claimant: (slug: string) => `Party ${slug}` };
    const href = (period: string) => urls.timeline(period);
    const day = archive.pages.find((page) => page.period === '2024-01-10');
    const dayView = day && archivePageView(archive, day, href, names);
    expect(dayView?.partsBy).toBe('incident');
    expect(dayView?.parts.map((part) => part.label)).toEqual([
      '10 January 2024 · Incident night',
      '10 January 2024 · Incident dawn',
    ]);
    const part = archive.pages.find((page) => page.period === '2024-01-10/night/ministry-a');
    const view = part && archivePageView(archive, part, href, names);
    expect(view?.label).toBe('10 January 2024 · Incident night · Party ministry-a');
    expect(view?.trail.map((link) => link.href)).toEqual([
      href('2024-01'),
      href('2024-01-10'),
      href('2024-01-10/night'),
    ]);
  });
});
