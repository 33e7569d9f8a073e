// What other sites may frame (a claim's status box, a claim's breakdown chart, an incident's status
// bar) and the snippet that frames each. A frame cannot grow to fit its page without script, so the
// snippet's height is worked out here from the text it will hold, wrapped at the narrowest width an
// embed is drawn for; a browser test checks the text fits at 320 and 700 px. The sizes below are the
// ones src/styles/embed.css sets.
import { lastRecordedDay, type ClaimLike } from '../claims.ts';
import type { ClaimStatus, Source } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import { SITE_NAME } from '../structured-data.ts';
import { escapeMarkup, wrapText } from '../text.ts';
import type { Urls } from '../urls.ts';
import type { ViewContext } from './common.ts';
import type { BreakdownFigureView } from './figures.ts';
import type { IncidentSummaryView } from './incidents.ts';
import type { TranslationView } from './translations.ts';

/** The width a snippet asks for; the frame narrows with its column (max-width: 100%). */
export const EMBED_WIDTH = 600;
/** The narrowest and the widest an embed is laid out for. */
export const EMBED_WIDTHS = [320, 700] as const;

/** A part of an embed, top to bottom: text that wraps, a drawing that scales, or a fixed height. */
export type EmbedBlock =
  | { text: string; size: number; lineHeight: number; bold?: boolean }
  | { aspect: number; maxWidth: number }
  | { height: number };

/** The box around the blocks (padding and borders, px) and the gap between two blocks. */
export const EMBED_BOX = { horizontal: 14 + 14 + 1 + 6, vertical: 12 + 12 + 1 + 1, gap: 6 };

// An average Latin character of system sans-serif is about half its size wide, a bold one a little
// more; Cyrillic letters are wider still. These err wide, so text wraps into more lines here than it
// does on screen, never fewer.
const LATIN = { regular: 0.56, bold: 0.62 };
const CYRILLIC = { regular: 0.66, bold: 0.72 };
const CYRILLIC_LETTERS = /\p{Script=Cyrillic}/gu;

/** How wide `text` sets at `size` px, as an estimate that errs wide. */
function textWidth(text: string, size: number, bold = false): number {
  const weight = bold ? 'bold' : 'regular';
  // Counted natively: wrapping measures every candidate line, and a site holds thousands of embeds.
  const cyrillic = text.match(CYRILLIC_LETTERS)?.length ?? 0;
  return size * ((text.length - cyrillic) * LATIN[weight] + cyrillic * CYRILLIC[weight]);
}

/** How tall `blocks` stand in a frame `width` px wide, in px. */
export function blocksHeight(blocks: readonly EmbedBlock[], width: number): number {
  const inner = width - EMBED_BOX.horizontal;
  const heights = blocks.map((block) => {
    if ('height' in block) return block.height;
    if ('aspect' in block) return Math.min(inner, block.maxWidth) * block.aspect;
    return wrapText(block.text, inner, (text) => textWidth(text, block.size, block.bold)).length * block.lineHeight;
  });
  const total = heights.reduce((sum, height) => sum + height, 0);
  return total + EMBED_BOX.vertical + EMBED_BOX.gap * Math.max(0, blocks.length - 1);
}

/** The frame's height: the tallest the blocks stand at any width an embed is drawn for, rounded up to 10 px. */
export const frameHeight = (blocks: readonly EmbedBlock[]): number =>
  Math.ceil(Math.max(...EMBED_WIDTHS.map((width) => blocksHeight(blocks, width))) / 10) * 10;

export interface EmbedFrame {
  /** The embed's absolute address. */
  src: string;
  /** The frame's accessible name. */
  title: string;
  width: number;
  height: number;
  /** The `<iframe>` to paste into another page. */
  snippet: string;
}

export function embedFrame(src: string, title: string, blocks: readonly EmbedBlock[]): EmbedFrame {
  const height = frameHeight(blocks);
  const attributes = [
    `src="${escapeMarkup(src)}"`,
    `width="${EMBED_WIDTH}"`,
    `height="${height}"`,
    `title="${escapeMarkup(title)}"`,
    'loading="lazy"',
    'style="max-width: 100%; border: 0"',
  ];
  return { src, title, width: EMBED_WIDTH, height, snippet: `<iframe ${attributes.join(' ')}></iframe>` };
}

// Text sizes (px) and line heights of embed.css.
const HEADING = { size: 18, lineHeight: 24, bold: true };
const FACT = { size: 14, lineHeight: 20 };
const FOOTER = { size: 13, lineHeight: 18 };
const BADGE = { height: 24 };

/**
 * What an embed of a translated entry says of its translation, in one line at its foot (an embed has no
 * room for the page's note): how it was made, whether a speaker of the language has reviewed it, and a
 * link to the English original.
 */
export interface EmbedTranslationView {
  text: string;
  original: string;
  originalLabel: string;
}

export function embedTranslation(
  translation: TranslationView | undefined,
  t: Translator,
): EmbedTranslationView | undefined {
  if (translation === undefined) return undefined;
  const reviewed = translation.reviewer === undefined ? [t('embed.translation.notReviewed')] : [];
  return {
    text: [t(`embed.translation.${translation.method}`), ...reviewed].join(' '),
    original: translation.original,
    originalLabel: t('embed.translation.original'),
  };
}

/** The line an embed's translation note takes, as its height is worked out. */
const translationBlocks = (translation: EmbedTranslationView | undefined): EmbedBlock[] =>
  translation ? [{ text: `${translation.text} ${translation.originalLabel}`, ...FOOTER }] : [];

export interface ClaimBoxView {
  title: string;
  /** The claim's page, which the box opens in a new tab. */
  href: string;
  status: ClaimStatus;
  statusLabel: string;
  claimant: string;
  /** "Claimed on" or "Reported by", and the day. */
  claimedOn: { label: string; day: string };
  /** The last day anything about the claim was recorded: the status is as of then. */
  asOf: string;
  /** Where the methodology says what the status means. */
  definitionHref: string;
  /** The definition link's words: "What “unverified” means". */
  definitionLabel: string;
  /** On a translated claim's box, what it says of the translation. */
  translation: EmbedTranslationView | undefined;
  frame: EmbedFrame;
}

/** The status box of `claim`, on a site at `site`; `translation`, where the box is in a translation's language. */
export function claimBox(
  claim: ClaimLike,
  claimantName: string,
  { urls, t }: Pick<ViewContext, 'urls' | 't'>,
  site: URL,
  translation?: TranslationView,
): ClaimBoxView {
  const translated = embedTranslation(translation, t);
  const { data } = claim;
  const statusLabel = t(`status.${data.status}.label`);
  const claimedOn = { label: t(`claimedOn.${data.claimedOnKind}.label`), day: data.claimedOn };
  const asOf = lastRecordedDay(claim);
  const definitionLabel = t('embed.definition', { status: statusLabel.toLowerCase() });
  // Each fact as the box sets it: its label, then its value.
  const blocks: EmbedBlock[] = [
    BADGE,
    { text: data.title, ...HEADING },
    { text: `${t('embed.claimedBy')} ${claimantName}`, ...FACT },
    { text: `${claimedOn.label} ${t.day(claimedOn.day)}`, ...FACT },
    { text: `${t('embed.statusAsOf')} ${t.day(asOf)}`, ...FACT },
    { text: t('embed.footer', { site: SITE_NAME, link: definitionLabel }), ...FOOTER },
    ...translationBlocks(translated),
  ];
  return {
    title: data.title,
    href: urls.claim(claim.id),
    status: data.status,
    statusLabel,
    claimant: claimantName,
    claimedOn,
    asOf,
    definitionHref: urls.statusDefinition(data.status),
    definitionLabel,
    translation: translated,
    frame: embedFrame(
      new URL(urls.claimEmbed(claim.id), site).href,
      t('embed.claimFrameTitle', { site: SITE_NAME, title: data.title }),
      blocks,
    ),
  };
}

export interface BreakdownEmbedView {
  figure: BreakdownFigureView;
  /** Where the figures come from: "Source: figures claimed by …, as reported on 9 November 2023." */
  source: string;
  claim: { title: string; href: string };
  translation: EmbedTranslationView | undefined;
  frame: EmbedFrame;
}

/** The drawing's largest width in an embed (px), as on the claim page. */
export const CHART_MAX_WIDTH = 336;

/** The days the sources reporting a claim are dated, in words: "9 November 2023 and 2 March 2024". */
const sourceDays = (sources: readonly Source[], t: Translator) =>
  [...new Set(sources.map((source) => source.date))]
    .sort()
    .map((day) => t.day(day))
    .join(t('list.and'));

/** The breakdown chart of `claim`, with its caption and where its figures come from. */
export function breakdownEmbed(
  claim: ClaimLike,
  claimFigure: BreakdownFigureView,
  claimantName: string,
  { urls, t }: Pick<ViewContext, 'urls' | 't'>,
  site: URL,
  translation?: TranslationView,
): BreakdownEmbedView {
  const translated = embedTranslation(translation, t);
  // The figure its claim page draws (worked out once); the embed holds one chart, so its ids need not
  // name the claim.
  const figure = { ...claimFigure, idPrefix: 'chart' };
  const source = t('embed.source', { claimant: claimantName, days: sourceDays(claim.data.sources, t) });
  const blocks: EmbedBlock[] = [
    { text: figure.title, ...HEADING },
    ...(figure.unverifiedNote
      ? [
          {
            text: `${t('chart.notVerified')} ${t('chart.notVerifiedStatus', { status: figure.unverifiedNote.label })}`,
            ...FACT,
          },
        ]
      : []),
    { aspect: figure.layout.height / figure.layout.width, maxWidth: CHART_MAX_WIDTH },
    { text: source, ...FOOTER },
    { text: t('embed.footer', { site: SITE_NAME, link: claim.data.title }), ...FOOTER },
    ...translationBlocks(translated),
  ];
  return {
    figure,
    source,
    claim: { title: claim.data.title, href: urls.claim(claim.id) },
    translation: translated,
    frame: embedFrame(
      new URL(urls.breakdownEmbed(claim.id), site).href,
      t('embed.chartFrameTitle', { site: SITE_NAME, title: figure.title }),
      blocks,
    ),
  };
}

export interface IncidentEmbedView {
  summary: IncidentSummaryView;
  /** Where the methodology defines the statuses. */
  methodHref: string;
  translation: EmbedTranslationView | undefined;
  frame: EmbedFrame;
}

/** Height of the status bar in an embed (px), where it spans the box. */
export const EMBED_BAR_HEIGHT = 12;

/** An incident's claims by status: its title, dates, the bar and the same figures in words. */
export function incidentEmbed(
  summary: IncidentSummaryView,
  { urls, t }: Pick<ViewContext, 'urls' | 't'>,
  site: URL,
  translation?: TranslationView,
): IncidentEmbedView {
  const translated = embedTranslation(translation, t);
  const blocks: EmbedBlock[] = [
    { text: summary.title, ...HEADING },
    { text: `${t('embed.reported')} ${summary.dates}`, ...FACT },
    { height: EMBED_BAR_HEIGHT },
    {
      text: t('incident.tally', { claims: t.count('count.claim', summary.total), statuses: summary.byStatus }),
      ...FACT,
    },
    { text: t('embed.footer', { site: SITE_NAME, link: t('embed.statusesMeaning') }), ...FOOTER },
    ...translationBlocks(translated),
  ];
  return {
    summary,
    methodHref: urls.methodology(),
    translation: translated,
    frame: embedFrame(
      new URL(urls.incidentEmbed(summary.slug), site).href,
      t('embed.incidentFrameTitle', { site: SITE_NAME, title: summary.title }),
      blocks,
    ),
  };
}

/**
 * A claim's oEmbed record (oembed.com, section 2.3.4, type "rich"): the status box's snippet, with the
 * fields a consumer needs to place it. Published as a file beside the claim, so any static host serves it.
 */
export interface OembedRecord {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export const oembedRecord = (box: ClaimBoxView, site: URL, urls: Urls): OembedRecord => ({
  version: '1.0',
  type: 'rich',
  title: box.title,
  provider_name: SITE_NAME,
  provider_url: new URL(urls.home(), site).href,
  html: box.frame.snippet,
  width: box.frame.width,
  height: box.frame.height,
});
