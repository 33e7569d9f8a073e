import { describe, expect, it } from 'vitest';
import {
  buildArchive,
  latestListing,
  levelOf,
  listingOf,
  neighboursOf,
  periodOf,
  type Archive,
  type ArchivePage,
} from './archives.ts';
import { sortChronologically, type ClaimLike } from './claims.ts';

const on = (day: string, n = 1): ClaimLike[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${day}-${i}`,
    data: {
      title: 'A ministry says something',
      claimant: 'ministry',
      incident: 'an-incident',
      claimedOn: day,
      claimedOnKind: 'source-date',
      status: 'unverified',
      summary: 'A summary long enough.',
      sources: [{ title: 'A report', date: day }],
    },
  }));

const periods = (pages: readonly ArchivePage<ClaimLike>[]) => pages.map((page) => page.period);
const shape = (archive: Archive<ClaimLike>) =>
  archive.pages.map((page) => `${page.period}:${page.items.length}${page.parts.length ? '>' : ''}`);

describe('date archives', () => {
  it('makes one page per month that has claims, leaving empty months out', () => {
    const archive = buildArchive([...on('2024-01-31'), ...on('2024-04-01', 2)], { top: 'month', bound: 3 });
    expect(shape(archive)).toEqual(['2024-01:1', '2024-04:2']);
    expect(archive.listings).toEqual(archive.pages);
  });

  it('cuts only a month over the bound into days, and keeps the month page as their index', () => {
    const archive = buildArchive([...on('2024-02-01'), ...on('2024-03-05', 2), ...on('2024-03-09', 2)], {
      top: 'month',
      bound: 3,
    });
    expect(shape(archive)).toEqual(['2024-02:1', '2024-03:4>', '2024-03-05:2', '2024-03-09:2']);
    expect(periods(archive.listings)).toEqual(['2024-02', '2024-03-05', '2024-03-09']);
  });

  it('keeps a leap day as a day of its own', () => {
    const archive = buildArchive([...on('2024-02-28', 2), ...on('2024-02-29', 2)], { top: 'month', bound: 2 });
    expect(periods(archive.listings)).toEqual(['2024-02-28', '2024-02-29']);
  });

  it('starts a new year at the change of year, even for consecutive days', () => {
    const archive = buildArchive([...on('2023-12-31'), ...on('2024-01-01')], { top: 'year', bound: 5 });
    expect(shape(archive)).toEqual(['2023:1', '2024:1']);
  });

  it('cuts a year into months and a month into days, as deep as the bound needs', () => {
    const claims = [...on('2024-01-02'), ...on('2024-05-01', 2), ...on('2024-05-20', 2)];
    const archive = buildArchive(claims, { top: 'year', bound: 3 });
    expect(shape(archive)).toEqual(['2024:5>', '2024-01:1', '2024-05:4>', '2024-05-01:2', '2024-05-20:2']);
  });

  it('leaves a day over the bound whole when all its claims share one incident and one claimant', () => {
    const archive = buildArchive(on('2024-06-06', 7), { top: 'month', bound: 3 });
    expect(shape(archive)).toEqual(['2024-06:7>', '2024-06-06:7']);
  });

  it('keeps the URL of a period when a claim is added elsewhere', () => {
    const before = buildArchive([...on('2024-01-10'), ...on('2024-03-10')], { top: 'month', bound: 3 });
    const after = buildArchive(sortChronologically([...on('2023-11-01'), ...on('2024-01-10'), ...on('2024-03-10')]), {
      top: 'month',
      bound: 3,
    });
    const march = (archive: Archive<ClaimLike>) => archive.pages.find((page) => page.period === '2024-03');
    expect(march(after)?.items.map((c) => c.id)).toEqual(march(before)?.items.map((c) => c.id));
  });

  it('has no pages for no claims', () => {
    const archive = buildArchive([], { top: 'month', bound: 3 });
    expect(archive.pages).toEqual([]);
    expect(latestListing(archive)).toBeUndefined();
  });
});

describe('moving through an archive', () => {
  const archive = buildArchive(
    [...on('2024-02-01'), ...on('2024-03-05', 2), ...on('2024-03-09', 2), ...on('2024-05-01')],
    {
      top: 'month',
      bound: 3,
    },
  );
  const page = (period: string) => archive.pages.find((candidate) => candidate.period === period)!;
  const around = (period: string) => {
    const { earlier, later } = neighboursOf(archive, page(period));
    return [earlier?.period, later?.period];
  };

  it('walks from listing to listing, into and out of a month cut into days', () => {
    expect(around('2024-02')).toEqual([undefined, '2024-03-05']);
    expect(around('2024-03-05')).toEqual(['2024-02', '2024-03-09']);
    expect(around('2024-03-09')).toEqual(['2024-03-05', '2024-05']);
    expect(around('2024-05')).toEqual(['2024-03-09', undefined]);
  });

  it('links a month cut into days to the months either side', () => {
    expect(around('2024-03')).toEqual(['2024-02', '2024-05']);
  });

  it('finds the listing that holds a day, and the latest listing', () => {
    expect(listingOf(archive, '2024-03-09')?.period).toBe('2024-03-09');
    expect(listingOf(archive, '2024-02-14')?.period).toBe('2024-02');
    expect(listingOf(archive, '2024-04-01')).toBeUndefined();
    expect(latestListing(archive)?.period).toBe('2024-05');
  });
});

describe('period keys', () => {
  it('reads the period of a day at each level, and the level of a key', () => {
    expect(['year', 'month', 'day'].map((level) => periodOf('2024-02-29', level as 'year'))).toEqual([
      '2024',
      '2024-02',
      '2024-02-29',
    ]);
    expect(['2024', '2024-02', '2024-02-29'].map(levelOf)).toEqual(['year', 'month', 'day']);
    expect(() => levelOf('2024-2')).toThrow(/not a period/);
  });
});

describe('a day over the bound', () => {
  /** `n` claims on one day, spread over incidents and claimants in turn. */
  const busyDay = (n: number, incidents: string[], claimants: string[]): ClaimLike[] =>
    on('2024-03-14', n).map((claim, i) => ({
      ...claim,
      id: `claim-${String(i).padStart(4, '0')}`,
      data: {
        ...claim.data,
        incident: incidents[i % incidents.length] ?? 'x',
        claimant: claimants[Math.floor(i / incidents.length) % claimants.length] ?? 'y',
      },
    }));
  const sizes = (archive: Archive<ClaimLike>) => archive.listings.map((page) => page.items.length);
  const listed = (archive: Archive<ClaimLike>) => archive.listings.flatMap((page) => page.items.map((c) => c.id));

  it('is cut by incident: 1,000 claims in 10 incidents make 10 pages under the bound', () => {
    const claims = busyDay(
      1000,
      [...'abcdefghij'].map((c) => `incident-${c}`),
      ['ministry'],
    );
    const archive = buildArchive(claims, { top: 'month', bound: 200 });
    const day = archive.pages.find((page) => page.period === '2024-03-14');
    expect(day?.parts.map((part) => part.period)).toEqual([...'abcdefghij'].map((c) => `2024-03-14/incident-${c}`));
    expect(day?.parts.every((part) => part.level === 'incident')).toBe(true);
    expect(Math.max(...sizes(archive))).toBeLessThanOrEqual(200);
    expect(listed(archive).sort()).toEqual(claims.map((c) => c.id).sort());
  });

  it('cuts an incident-day still over the bound by claimant, and skips a facet every claim shares', () => {
    const oneIncident = buildArchive(busyDay(1000, ['night'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']), {
      top: 'month',
      bound: 200,
    });
    // One incident cuts nothing: the day goes straight to its claimants.
    expect(oneIncident.listings.map((page) => page.period)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((claimant) => `2024-03-14/${claimant}`),
    );
    expect(oneIncident.listings.every((page) => page.facets.join() === 'claimant')).toBe(true);

    const mixed = buildArchive(
      sortChronologically([
        ...busyDay(900, ['big'], ['a', 'b', 'c', 'd', 'e', 'f']),
        ...busyDay(100, ['small'], ['z']).map((c) => ({ ...c, id: `small-${c.id}` })),
      ]),
      { top: 'month', bound: 200 },
    );
    expect(mixed.pages.map((page) => `${page.period}:${page.items.length}${page.parts.length ? '>' : ''}`)).toEqual([
      '2024-03:1000>',
      '2024-03-14:1000>',
      '2024-03-14/big:900>',
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((claimant) => `2024-03-14/big/${claimant}:150`),
      '2024-03-14/small:100',
    ]);
    expect(mixed.pages.find((page) => page.period === '2024-03-14/big/a')?.facets).toEqual(['incident', 'claimant']);
  });

  it('keeps a part where it is when claims are added to another incident the same day', () => {
    const base = busyDay(400, ['one', 'two'], ['a']);
    const before = buildArchive(base, { top: 'month', bound: 200 });
    const after = buildArchive(
      sortChronologically([...base, ...busyDay(300, ['three'], ['b']).map((c) => ({ ...c, id: `new-${c.id}` }))]),
      { top: 'month', bound: 200 },
    );
    const part = (archive: Archive<ClaimLike>) =>
      archive.pages.find((page) => page.period === '2024-03-14/one')?.items.map((c) => c.id);
    expect(part(after)).toEqual(part(before));
  });

  it('reads every claim once by the earlier and later links across the parts', () => {
    const archive = buildArchive(busyDay(500, ['one', 'two', 'three'], ['a', 'b']), { top: 'month', bound: 200 });
    let page = archive.listings[0];
    const read: string[] = [];
    while (page) {
      read.push(...page.items.map((c) => c.id));
      page = neighboursOf(archive, page).later;
    }
    expect(read.sort()).toEqual(listed(archive).sort());
    expect(new Set(read).size).toBe(500);
  });
});
