import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { bibtexEscape, citeClaim } from './citation.ts';
import { t } from '../__fixtures__/view-context.ts';

const citation = citeClaim(
  {
    siteName: 'Contested',
    slug: 'crimea-42-drones',
    title: "Russia's defence ministry says 42 drones targeted Crimea & none reached 100% of targets",
    status: 'unverified',
    lastUpdated: '2023-11-09',
    url: 'https://example.org/contested/claims/crimea-42-drones/',
  },
  t,
);

describe('citing a claim', () => {
  it('gives a plain-text citation with the status in words, the last-updated day and the permanent URL', () => {
    expect(citation.text).toBe(
      "Contested. “Russia's defence ministry says 42 drones targeted Crimea & none reached 100% of targets.” Status: Unverified, as of 9 November 2023. Last updated 9 November 2023. https://example.org/contested/claims/crimea-42-drones/ (retrieved [date you read it]).",
    );
  });

  it('writes BibTeX that a BibTeX parser reads back, with a stable key from the slug', () => {
    const [entry] = new Cite(citation.bibtex).data as Record<string, unknown>[];
    expect(entry).toMatchObject({
      id: 'contested-crimea-42-drones',
      title: "Russia's defence ministry says 42 drones targeted Crimea & none reached 100% of targets",
      URL: 'https://example.org/contested/claims/crimea-42-drones/',
      issued: { 'date-parts': [[2023, 11, 9]] },
    });
    expect(String(entry?.['note'])).toContain('Status: Unverified');
  });

  it('writes CSL-JSON that a citation processor renders', () => {
    expect(plugins.list()).toContain('@csl');
    const rendered = String(new Cite(citation.csl).format('bibliography', { format: 'text', template: 'apa' }));
    expect(rendered).toContain('Contested');
    expect(rendered).toContain('2023');
    expect(rendered).toContain('42 drones targeted Crimea');
    expect(rendered).toContain('https://example.org/contested/claims/crimea-42-drones/');
  });

  it('escapes the characters BibTeX treats specially', () => {
    expect(bibtexEscape('50% & {x} #1 $2 a_b ~ ^ \\')).toBe(
      '50\\% \\& \\{x\\} \\#1 \\$2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
});
