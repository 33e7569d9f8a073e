import { describe, expect, it } from 'vitest';
import type { ClaimData } from './content/schema.ts';
import { claimFeedItems, FEED_LENGTH, latestItems, newestFirst, responseFeedItem, rssItem } from './feeds.ts';
import { t } from './__fixtures__/view-context.ts';
import { translator } from './i18n/translator.ts';

const data: ClaimData = {
  title: 'Ministry A says a missile was shot down',
  claimant: 'ministry-a',
  incident: 'an-incident',
  claimedOn: '2024-01-10',
  claimedOnKind: 'source-date',
  status: 'disputed',
  summary: 'Ministry A said its air defences shot down a missile.',
  sources: [{ title: 'A report', date: '2024-01-10' }],
  updates: [
    { date: '2024-01-11', note: 'First assessed.', status: 'unverified' },
    { date: '2024-01-12', note: 'Government B denied it.', status: 'disputed' },
    { date: '2024-01-12', note: 'Corrected a place name.' },
  ],
};

describe('feed items', () => {
  const items = claimFeedItems({ id: 'missile', data }, 'Ministry A', '/claims/missile/', t);

  it('has the claim and one item per update, with stable numbered links', () => {
    expect(items.map((item) => [item.day, item.link])).toEqual([
      ['2024-01-12', '/claims/missile/#update-3'],
      ['2024-01-12', '/claims/missile/#update-2'],
      ['2024-01-11', '/claims/missile/#update-1'],
      ['2024-01-10', '/claims/missile/'],
    ]);
    expect(items[1]?.description).toBe('Status: Disputed. Government B denied it.');
    expect(items[3]?.description).toBe(
      'Status: Disputed. A claim by Ministry A, reported by 10 January 2024 (the date of the report that records it; no source says when the statement was made): Ministry A said its air defences shot down a missile.',
    );
    const stated = claimFeedItems(
      { id: 'missile', data: { ...data, claimedOnKind: 'statement-day' } },
      'Ministry A',
      '/claims/missile/',
      t,
    );
    expect(stated.at(-1)?.description).toContain('A claim by Ministry A, claimed on 10 January 2024: ');
  });

  it('orders newest first and makes absolute links with no slash after the fragment', () => {
    expect(newestFirst(items)[0]?.day).toBe('2024-01-12');
    expect(rssItem(items[0]!, 'https://example.org')).toEqual({
      title: 'Update: Ministry A says a missile was shot down',
      link: 'https://example.org/claims/missile/#update-3',
      pubDate: new Date('2024-01-12T00:00:00Z'),
      description: 'Status now: Disputed. Corrected a place name.',
    });
  });

  it('keeps the newest items only, and words a response with the claim’s status', () => {
    const many = Array.from({ length: 80 }, (_, index) => ({
      title: `Item ${index}`,
      link: `/claims/c-${index}/`,
      day: `2024-01-${String((index % 28) + 1).padStart(2, '0')}`,
      description: '',
    }));
    const latest = latestItems(many);
    expect(latest).toHaveLength(FEED_LENGTH);
    expect(latest[0]?.day).toBe('2024-01-28');
    expect(
      responseFeedItem(
        { id: 'missile', data },
        { stance: 'denies', date: '2024-01-12', note: 'Denied it.' },
        'Government B',
        '/claims/missile/',
        t,
      ),
    ).toEqual({
      title: 'Government B denies: Ministry A says a missile was shot down',
      link: '/claims/missile/#responses',
      day: '2024-01-12',
      description: 'Status of the claim: Disputed. Denied it.',
    });
  });

  it('says in a translated feed that a note, or an untranslated claim, is in English, as a page marks it with lang', () => {
    const uk = claimFeedItems({ id: 'missile', data }, 'Міністерство А', '/uk/claims/missile/', translator('uk'));
    expect(uk[1]?.description).toBe('Статус: Оспорено. (англійською) Government B denied it.');
    const response = responseFeedItem(
      { id: 'missile', data },
      { stance: 'denies', note: 'Denied it.' },
      'Уряд Б',
      '/ru/claims/missile/',
      translator('ru'),
    );
    expect(response.description).toMatch(/\(по-английски\) Denied it\.$/);
    // An untranslated claim in a translated feed says its words are English, and links to its English page.
    const english = claimFeedItems({ id: 'missile', data }, 'Ministry A', '/claims/missile/', translator('uk'), false);
    expect(english.at(-1)?.title).toBe('(англійською) Ministry A says a missile was shot down');
    expect(english[0]?.title).toBe('Оновлення: (англійською) Ministry A says a missile was shot down');
    expect(english.at(-1)?.description).toContain(': (англійською) Ministry A said its air defences');
  });
});
