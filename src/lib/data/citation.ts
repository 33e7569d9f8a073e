// How to cite a claim so that the citation still holds after its status changes: the permanent URL,
// the status in words and the "last updated" day it describes. The reader adds the day they read it.
import type { ClaimStatus } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import { lastRecordedDay, type ClaimLike } from '../claims.ts';

export interface CitationInput {
  siteName: string;
  slug: string;
  title: string;
  status: ClaimStatus;
  /** `YYYY-MM-DD`: the day the page is current as of. */
  lastUpdated: string;
  /** Absolute permanent URL. */
  url: string;
}

/** CSL-JSON, the format citation managers (Zotero, citeproc) read. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  'container-title': string;
  URL: string;
  issued: { 'date-parts': [[number, number, number]] };
  note: string;
}

export interface Citation {
  /** One line of text: site, title, status, last updated, URL, and a place for the day it was read. */
  text: string;
  bibtex: string;
  csl: CslItem;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text safe inside a BibTeX field: the characters LaTeX treats specially are escaped, in one pass. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%$#&_~^]/g, (character) => BIBTEX_ESCAPES[character] ?? `\\${character}`);
}

export function citeClaim({ siteName, slug, title, status, lastUpdated, url }: CitationInput, t: Translator): Citation {
  const [year, month, day] = lastUpdated.split('-').map(Number) as [number, number, number];
  const statusNote = t('citation.status', { status: t(`status.${status}.label`), day: t.day(lastUpdated) });
  const key = `${siteName.toLowerCase()}-${slug}`;
  return {
    text: t('citation.text', { site: siteName, title, status: statusNote, day: t.day(lastUpdated), url }),
    bibtex: [
      `@misc{${key},`,
      `  author = {{${bibtexEscape(siteName)}}},`,
      `  title = {{${bibtexEscape(title)}}},`,
      `  year = {${year}},`,
      `  month = ${MONTHS[month - 1] ?? 'jan'},`,
      `  day = {${day}},`,
      `  url = {${url}},`,
      `  note = {${bibtexEscape(t('citation.bibtexNote', { status: statusNote, day: lastUpdated }))}},`,
      `}`,
    ].join('\n'),
    csl: {
      id: key,
      type: 'webpage',
      title,
      author: [{ literal: siteName }],
      'container-title': siteName,
      URL: url,
      issued: { 'date-parts': [[year, month, day]] },
      note: statusNote,
    },
  };
}

/** A claim's citation at its permanent (absolute) URL: what its page shows and its JSON carries. */
export function citeClaimAt(claim: ClaimLike, url: string, siteName: string, t: Translator): Citation {
  const { title, status } = claim.data;
  return citeClaim({ siteName, slug: claim.id, title, status, lastUpdated: lastRecordedDay(claim), url }, t);
}
