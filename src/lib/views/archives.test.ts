import { describe, expect, it } from 'vitest';
import { sampleClaim as claim } from '../__fixtures__/claims.ts';
import { t, urls } from '../__fixtures__/view-context.ts';
import { buildArchive } from '../archives.ts';
import { archivePageView } from './archives.ts';

describe('a busy day in its archive', () => {
  it("names a day's parts by incident title and claimant name, with the way back up through the day", () => {
    const claims = ['a', 'b', 'c', 'd'].map((id, i) =>
      claim(id, { incident: i < 2 ? 'night' : 'dawn', claimant: i % 2 ? 'ministry-a' : 'government-b' }),
    );
    const archive = buildArchive(claims, { top: 'month', bound: 1 });
    const names = { incident: (slug: string) => `Incident ${slug}`, claimant: (slug: string) => `Party ${slug}` };
    const href = (period: string) => urls.timeline(period);
    const day = archive.pages.find((page) => page.period === '2024-01-10');
    const dayView = day && archivePageView(archive, day, href, t, names);
    expect(dayView?.partsBy).toBe('incident');
    expect(dayView?.parts.map((part) => part.label)).toEqual([
      '10 January 2024 · Incident night',
      '10 January 2024 · Incident dawn',
    ]);
    const part = archive.pages.find((page) => page.period === '2024-01-10/night/ministry-a');
    const view = part && archivePageView(archive, part, href, t, names);
    expect(view?.label).toBe('10 January 2024 · Incident night · Party ministry-a');
    expect(view?.trail.map((link) => link.href)).toEqual([
      href('2024-01'),
      href('2024-01-10'),
      href('2024-01-10/night'),
    ]);
  });
});
