import { describe, expect, it } from 'vitest';
import { sampleClaim as claim } from '../__fixtures__/claims.ts';
import { context } from '../__fixtures__/view-context.ts';
import { indexByStatus, indexRelations } from '../claims.ts';
import { translator } from '../i18n/translator.ts';
import { createUrls } from '../urls.ts';
import { claimItem, relatedItems, statusCounts, timelineDays, updateItems } from './claims.ts';

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

  it('lists one claim on every page in that page’s language and with what that list shows', () => {
    const listed = claim('a', {
      responses: [{ actor: 'government-b', stance: 'not-confirmed', note: 'Not confirmed.' }],
    });
    const ukrainian = { ...context, urls: createUrls('/base/', 'uk', () => true), t: translator('uk') };
    // Made once per list kind and language, and never one for another.
    expect(claimItem(listed, context).responses).toEqual([]);
    expect(claimItem(listed, context, { withResponses: true }).responses).toHaveLength(1);
    expect(claimItem(listed, context).href).toBe('/base/claims/a/');
    expect(claimItem(listed, ukrainian).href).toBe('/base/uk/claims/a/');
    expect(claimItem(listed, ukrainian).status.label).toBe(translator('uk')('status.unverified.label'));
    expect(claimItem(listed, context).status.label).toBe('Unverified');
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
    const counts = statusCounts(indexByStatus([claim('a'), claim('b', { status: 'disputed' })]), context);
    expect(counts.map((c) => `${c.label} ${c.count}`)).toEqual([
      'Unverified 1',
      'Corroborated 0',
      'Disputed 1',
      'Confirmed 0',
      'Refuted 0',
    ]);
  });
});
