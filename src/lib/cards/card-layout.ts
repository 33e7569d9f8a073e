// Share cards: the 1200×630 picture a link to the site shows on social media. A claim's card carries
// its status in words (and colour), its title, its claimant, the day it was claimed and the site's
// name, so the status travels with the link. Pure: from what a card says, and how wide its text is
// (text-width.ts measures it in the card's fonts), to SVG markup; rendering to PNG is render-card.ts.
import { clampLines, escapeMarkup, wrapText } from '../text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
/** Title sizes tried, largest first, until the title fits the space between heading and details. */
export const TITLE_SIZES = [64, 56, 48, 42, 36] as const;
const LINE_HEIGHT = 1.2;
const HEADING_SIZE = 32;
const HEADING_Y = 104;
const DETAIL_SIZE = 28;
const DETAIL_LINES = 3;
const BOTTOM_Y = CARD_HEIGHT - 64;

export interface CardInput {
  /** What the page is: "Claim", "Actor", or the site's tagline. */
  kind: string;
  /** A claim's status, in words as the heading gives it ("Status: Unverified"), with the colour the site gives it. */
  status?: { label: string; colour: string } | undefined;
  title: string;
  /** Lines under the title: who claimed it and when, or what an actor is. */
  details: readonly string[];
  siteName: string;
}

/** The width in pixels of `text` set at `size` pixels in the card's font of `weight`. */
export type CardTextWidth = (text: string, size: number, weight: 400 | 700) => number;

export interface CardText {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  size: number;
  weight: 400 | 700;
  anchor: 'start' | 'end';
}

export interface CardLayout {
  width: number;
  height: number;
  /** The status badge: a coloured band at the top and the status in words. */
  band: { colour: string } | undefined;
  texts: CardText[];
}

/** The title at the largest size at which it fits `height`; at the smallest, cut with an ellipsis. */
function fitTitle(title: string, height: number, width: CardTextWidth): { lines: string[]; size: number } {
  const inBold = (size: number) => (text: string) => width(text, size, 700);
  for (const size of TITLE_SIZES) {
    const lines = wrapText(title, TEXT_WIDTH, inBold(size));
    if (lines.length * size * LINE_HEIGHT <= height) return { lines, size };
  }
  const size = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 36;
  const fits = Math.max(1, Math.floor(height / (size * LINE_HEIGHT)));
  return { lines: clampLines(wrapText(title, TEXT_WIDTH, inBold(size)), fits, TEXT_WIDTH, inBold(size)), size };
}

/**
 * Heading (what the page is, and a claim's status) with the site's name across from it at the top,
 * details (who claimed it, when) at the bottom, and the title as large as fits in between.
 */
export function layoutCard(input: CardInput, width: CardTextWidth): CardLayout {
  const heading = input.status ? `${input.kind} · ${input.status.label}` : input.kind;
  const headingWidth = (text: string) => width(text, HEADING_SIZE, 700);
  const detailWidth = (text: string) => width(text, DETAIL_SIZE, 400);
  const headingSpace = TEXT_WIDTH - headingWidth(input.siteName) - 32;
  const headingLine = clampLines(wrapText(heading, headingSpace, headingWidth), 1, headingSpace, headingWidth)[0] ?? '';
  const details = clampLines(
    input.details.flatMap((detail) => wrapText(detail, TEXT_WIDTH, detailWidth)),
    DETAIL_LINES,
    TEXT_WIDTH,
    detailWidth,
  );
  const detailsTop = BOTTOM_Y - (details.length - 1) * DETAIL_SIZE * 1.35 - DETAIL_SIZE;
  const titleTop = HEADING_Y + 28;
  const title = fitTitle(input.title, detailsTop - 24 - titleTop, width);
  const texts: CardText[] = [
    { text: headingLine, x: MARGIN, y: HEADING_Y, size: HEADING_SIZE, weight: 700, anchor: 'start' },
    { text: input.siteName, x: CARD_WIDTH - MARGIN, y: HEADING_Y, size: HEADING_SIZE, weight: 700, anchor: 'end' },
    ...title.lines.map((text, index): CardText => ({
      text,
      x: MARGIN,
      y: Math.round(titleTop + (index + 1) * title.size * LINE_HEIGHT - title.size * 0.2),
      size: title.size,
      weight: 700,
      anchor: 'start',
    })),
    ...details.map((text, index): CardText => ({
      text,
      x: MARGIN,
      y: Math.round(BOTTOM_Y - (details.length - 1 - index) * DETAIL_SIZE * 1.35),
      size: DETAIL_SIZE,
      weight: 400,
      anchor: 'start',
    })),
  ];
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    band: input.status ? { colour: input.status.colour } : undefined,
    texts,
  };
}

/** The card as SVG markup, in the site's light palette, set in DejaVu Sans. */
/** The colours of a card's background, text and secondary text. */
export interface CardColours {
  background: string;
  text: string;
  muted: string;
}

export function cardSvg(layout: CardLayout, palette: CardColours): string {
  const band = layout.band
    ? `<rect x="0" y="0" width="${layout.width}" height="20" fill="${layout.band.colour}"/>` +
      `<rect x="0" y="0" width="20" height="${layout.height}" fill="${layout.band.colour}"/>`
    : '';
  const texts = layout.texts
    .map(
      ({ text, x, y, size, weight, anchor }) =>
        `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" text-anchor="${anchor}" fill="${weight === 700 ? palette.text : palette.muted}">${escapeMarkup(text)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">` +
    `<rect width="100%" height="100%" fill="${palette.background}"/>${band}` +
    `<g font-family="DejaVu Sans">${texts}</g></svg>`
  );
}
