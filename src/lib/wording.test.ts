import { describe, expect, it } from 'vitest';
import { t } from './__fixtures__/view-context.ts';
import { claimedOnWording, filingNote, formatKm, responseTally } from './wording.ts';

describe('what a party said, in words', () => {
  it('counts responses, and silences apart from them, never as responses', () => {
    expect(responseTally(t, 1, 0)).toBe('1 response');
    expect(responseTally(t, 0, 4)).toBe('0 responses, 4 silences recorded');
    expect(responseTally(t, 1200, 1)).toBe('1,200 responses, 1 silence recorded');
  });
});

describe("a claim's day, in words", () => {
  it("says a report date is only the day of the report, and a statement day is the claim's own", () => {
    expect(claimedOnWording(t, 'source-date').label).toBe('Reported by');
    expect(claimedOnWording(t, 'source-date').caveat).toContain('no source says when the statement was made');
    expect(claimedOnWording(t, 'statement-day')).toMatchObject({ label: 'Claimed on', caveat: undefined });
  });

  it('explains the filing of claims under a day with the labels the lists show', () => {
    const note = filingNote(t);
    for (const label of ['Event date, as claimed', 'Claimed on', 'Reported by']) expect(note).toContain(`"${label}"`);
  });
});

describe('distances', () => {
  it('writes kilometres as the site writes figures', () => {
    expect(formatKm(t, 1000)).toBe('1,000 km');
    expect(formatKm(t, 0.5)).toBe('0.5 km');
  });
});
