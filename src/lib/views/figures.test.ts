import { describe, expect, it } from 'vitest';
import { sampleClaim as claim } from '../__fixtures__/claims.ts';
import { breakdown, context } from '../__fixtures__/view-context.ts';
import { breakdownFigure, headlineFigure } from './figures.ts';

describe('breakdown figures', () => {
  it("says figures that are not confirmed are the claimant's, with the status linked to its definition", () => {
    const figure = breakdownFigure(claim('a'), breakdown, 'Ministry A', context);
    expect(figure.title).toBe('42 drones, as claimed by Ministry A');
    // The unit, as the title holds it, for a translated page to mark as English.
    expect(figure.title).toContain(figure.unit);
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
    const figure = breakdownFigure(claim('a', { status: 'confirmed' }), breakdown, 'Ministry A', context);
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
