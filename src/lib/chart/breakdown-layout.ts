// Layout of the breakdown chart: from a claimed count and its parts to the marks to draw. Pure, so
// the component only maps the result to SVG elements, and the maths is tested on its own.
//
// Form. One row per part, its label written above its marks, so parts are told apart by position and
// by name, never by colour. Small counts are drawn as a unit chart, one square per counted thing,
// because "9 of 42" is easiest to grasp as nine things among forty-two. When the largest part would
// need more than MAX_UNIT_ROWS rows of squares at the smallest legible square size, the chart switches
// to one bar per part, all on a common scale from 0 to the total, so each bar's length is its share.
// Either way every part's ink (area of its marks) is proportional to its count: squares are all the
// same size, and bars share one height and one scale.
//
// Encoding of certainty. A confirmed breakdown is drawn solid. Any other is drawn "as claimed":
// outlined squares or hatched bars, explained in the legend, so the picture never passes off one
// party's figures as a verified count.
import { format, scaleLinear } from 'd3';
import type { Breakdown } from '../content/schema.ts';

export type ChartForm = 'units' | 'bars';
export type MarkStyle = 'solid' | 'as-claimed';

export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface Mark {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PartLayout {
  /** Stable id derived from the part's position, for SVG ids. */
  id: string;
  label: string;
  count: number;
  /** count / total. */
  share: number;
  /** The label, wrapped to the chart's width. */
  labelLines: TextLine[];
  /** The count as written ("1,200"), right-aligned on the first label line. */
  countText: TextLine;
  marks: Mark[];
}

export interface LegendLayout {
  /** Where the sample mark is drawn. */
  swatch: Mark;
  lines: TextLine[];
}

export interface BreakdownLayout {
  form: ChartForm;
  markStyle: MarkStyle;
  width: number;
  height: number;
  /** Side of one square in the unit form. */
  unitSize?: number;
  parts: PartLayout[];
  legend: LegendLayout;
}

export const CHART_WIDTH = 320;
export const FONT_SIZE = 15;
export const LINE_HEIGHT = 19;
/** Square sizes tried, largest first; below the last one a square stops being legible at 320 px. */
export const UNIT_SIZES = [14, 10, 7] as const;
export const MAX_UNIT_ROWS = 4;
const BAR_HEIGHT = 16;
const GAP_AFTER_LABEL = 6;
const GAP_BETWEEN_PARTS = 16;
// Average glyph width of a system sans-serif relative to its size; errs wide so lines never overflow.
const CHAR_WIDTH = 0.6 * FONT_SIZE;

export const formatCount = format(',');
export const formatShare = format('.1%');

/** Splits text into lines of at most `maxChars`, breaking at spaces (or inside a word too long for a line). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${maxChars}}`, 'g')) ?? [word];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= maxChars) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function unitGap(size: number): number {
  return Math.max(2, Math.round(size / 5));
}

function unitColumns(size: number, width: number): number {
  return Math.floor((width + unitGap(size)) / (size + unitGap(size)));
}

/** The largest square size at which the biggest part fits in MAX_UNIT_ROWS rows, if any. */
export function chooseUnitSize(counts: readonly number[], width = CHART_WIDTH): number | undefined {
  const largest = Math.max(...counts);
  return UNIT_SIZES.find((size) => Math.ceil(largest / unitColumns(size, width)) <= MAX_UNIT_ROWS);
}

export interface LayoutOptions {
  /** True only for a confirmed claim: its figures are drawn solid. */
  confirmed: boolean;
  width?: number;
}

export function layoutBreakdown(
  breakdown: Breakdown,
  { confirmed, width = CHART_WIDTH }: LayoutOptions,
): BreakdownLayout {
  const counts = breakdown.parts.map((part) => part.count);
  const unitSize = chooseUnitSize(counts, width);
  const form: ChartForm = unitSize === undefined ? 'bars' : 'units';
  const markStyle: MarkStyle = confirmed ? 'solid' : 'as-claimed';
  const barLength = scaleLinear().domain([0, breakdown.total]).range([0, width]);

  let y = 0;
  const parts = breakdown.parts.map((part, index): PartLayout => {
    const countText = formatCount(part.count);
    const labelChars = Math.floor((width - (countText.length + 2) * CHAR_WIDTH) / CHAR_WIDTH);
    const labelLines = wrapText(part.label, labelChars).map((text, line) => ({
      text,
      x: 0,
      y: y + FONT_SIZE + line * LINE_HEIGHT,
    }));
    const first = labelLines[0] as TextLine;
    y += labelLines.length * LINE_HEIGHT + GAP_AFTER_LABEL;

    let marks: Mark[];
    if (unitSize !== undefined) {
      const gap = unitGap(unitSize);
      const columns = unitColumns(unitSize, width);
      marks = Array.from({ length: part.count }, (_, i) => ({
        x: (i % columns) * (unitSize + gap),
        y: y + Math.floor(i / columns) * (unitSize + gap),
        width: unitSize,
        height: unitSize,
      }));
      const rows = Math.ceil(part.count / columns);
      y += rows > 0 ? rows * (unitSize + gap) - gap : 0;
    } else {
      marks = part.count > 0 ? [{ x: 0, y, width: barLength(part.count), height: BAR_HEIGHT }] : [];
      y += BAR_HEIGHT;
    }
    y += GAP_BETWEEN_PARTS;
    return {
      id: `part-${index + 1}`,
      label: part.label,
      count: part.count,
      share: part.count / breakdown.total,
      labelLines,
      countText: { text: countText, x: width, y: first.y },
      marks,
    };
  });

  const swatchSize = unitSize ?? BAR_HEIGHT;
  const legendText =
    form === 'units'
      ? `Each square is one of the ${breakdown.unit}. ${confirmed ? 'Solid squares: a confirmed count.' : 'Outlined squares: figures as claimed, not a verified count.'}`
      : `Bar length is the share of all ${formatCount(breakdown.total)} ${breakdown.unit}. ${confirmed ? 'Solid bars: a confirmed count.' : 'Hatched bars: figures as claimed, not a verified count.'}`;
  const legendX = swatchSize + 8;
  const legendLines = wrapText(legendText, Math.floor((width - legendX) / CHAR_WIDTH)).map((text, line) => ({
    text,
    x: legendX,
    y: y + FONT_SIZE + line * LINE_HEIGHT,
  }));
  const legend: LegendLayout = {
    swatch: { x: 0, y: y + (FONT_SIZE - swatchSize) / 2 + 2, width: swatchSize, height: swatchSize },
    lines: legendLines,
  };
  y += legendLines.length * LINE_HEIGHT + 4;

  return { form, markStyle, width, height: Math.ceil(y), ...(unitSize ? { unitSize } : {}), parts, legend };
}

/** Every number in words, for the SVG's description and for anyone not seeing the chart. */
export function describeBreakdown(breakdown: Breakdown, claimantName: string, confirmed: boolean): string {
  const parts = breakdown.parts.map((part) => `${part.label}: ${formatCount(part.count)}.`).join(' ');
  return (
    `${formatCount(breakdown.total)} ${breakdown.unit} in all, as claimed by ${claimantName}. ${parts}` +
    (confirmed ? ' The count is confirmed.' : ' These figures are not independently verified.')
  );
}

/** SVG coordinates to at most three decimals: stable output, no visible difference. */
export function svgNumber(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The chart's title, saying whose figures they are: "42 drones, as claimed by …". */
export function breakdownTitle(breakdown: Breakdown, claimantName: string, confirmed: boolean): string {
  const figure = `${formatCount(breakdown.total)} ${breakdown.unit}`;
  return confirmed
    ? `${figure}: confirmed count, first claimed by ${claimantName}`
    : `${figure}, as claimed by ${claimantName}`;
}
