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
import { scaleLinear } from 'd3';
import type { Breakdown } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import { wrapText } from '../text.ts';

export { wrapText };

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

/**
 * How marks are painted. Outlined squares are drawn inside their square (inset by half the stroke),
 * so outlined and solid squares cover the same area.
 */
export interface Paint {
  fill: 'currentColor' | 'none' | 'hatch';
  stroke: 'currentColor' | undefined;
  strokeWidth: number | undefined;
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
  /** Ready to draw: inset for the paint and rounded. */
  marks: Mark[];
}

export interface LegendLayout {
  /** Where the sample mark is drawn, ready to draw like the marks. */
  swatch: Mark;
  lines: TextLine[];
}

export interface BreakdownLayout {
  form: ChartForm;
  markStyle: MarkStyle;
  paint: Paint;
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
  t: Translator;
}

/**
 * Lays the chart out in stages, each a function of its own: the labels of every part, the marks of
 * every part, the parts stacked one below another, then the legend; last, every mark is inset for its
 * paint and every coordinate rounded, so the component only copies numbers into SVG.
 */
export function layoutBreakdown(
  breakdown: Breakdown,
  { confirmed, width = CHART_WIDTH, t }: LayoutOptions,
): BreakdownLayout {
  const unitSize = chooseUnitSize(
    breakdown.parts.map((part) => part.count),
    width,
  );
  const form: ChartForm = unitSize === undefined ? 'bars' : 'units';
  const markStyle: MarkStyle = confirmed ? 'solid' : 'as-claimed';
  const paint = paintFor(form, markStyle);
  const labels = labelParts(breakdown, width, t);
  const marks = markParts(breakdown, unitSize, width);
  const { parts, height: partsHeight } = stackParts(breakdown, labels, marks, width);
  const { legend, height } = placeLegend(breakdown, { form, confirmed, unitSize, width, top: partsHeight, t });
  const finish = (mark: Mark) => roundMark(insetMark(mark, paint));
  return {
    form,
    markStyle,
    paint,
    width,
    height,
    ...(unitSize ? { unitSize } : {}),
    parts: parts.map((part) => ({ ...part, marks: part.marks.map(finish) })),
    legend: { ...legend, swatch: finish(legend.swatch) },
  };
}

const OUTLINE_WIDTH = 1.5;

function paintFor(form: ChartForm, markStyle: MarkStyle): Paint {
  if (markStyle === 'solid') return { fill: 'currentColor', stroke: undefined, strokeWidth: undefined };
  return form === 'units'
    ? { fill: 'none', stroke: 'currentColor', strokeWidth: OUTLINE_WIDTH }
    : { fill: 'hatch', stroke: undefined, strokeWidth: undefined };
}

/** Stage 1: each part's label wrapped beside its count, with lines counted from the part's top. */
function labelParts(breakdown: Breakdown, width: number, t: Translator): { lines: string[]; countText: string }[] {
  return breakdown.parts.map((part) => {
    const countText = t.number(part.count);
    const labelChars = Math.floor((width - (countText.length + 2) * CHAR_WIDTH) / CHAR_WIDTH);
    return { lines: wrapText(part.label, labelChars), countText };
  });
}

/** Stage 2: each part's marks, placed from the top of its mark area, and that area's height. */
function markParts(
  breakdown: Breakdown,
  unitSize: number | undefined,
  width: number,
): { marks: Mark[]; height: number }[] {
  if (unitSize === undefined) {
    const barLength = scaleLinear().domain([0, breakdown.total]).range([0, width]);
    return breakdown.parts.map((part) => ({
      marks: part.count > 0 ? [{ x: 0, y: 0, width: barLength(part.count), height: BAR_HEIGHT }] : [],
      height: BAR_HEIGHT,
    }));
  }
  const gap = unitGap(unitSize);
  const columns = unitColumns(unitSize, width);
  return breakdown.parts.map((part) => {
    const rows = Math.ceil(part.count / columns);
    return {
      marks: Array.from({ length: part.count }, (_, i) => ({
        x: (i % columns) * (unitSize + gap),
        y: Math.floor(i / columns) * (unitSize + gap),
        width: unitSize,
        height: unitSize,
      })),
      height: rows > 0 ? rows * (unitSize + gap) - gap : 0,
    };
  });
}

/** Stage 3: the parts one below another: label lines, then marks, then a gap. */
function stackParts(
  breakdown: Breakdown,
  labels: ReturnType<typeof labelParts>,
  marks: ReturnType<typeof markParts>,
  width: number,
): { parts: PartLayout[]; height: number } {
  let y = 0;
  const parts = breakdown.parts.map((part, index): PartLayout => {
    const { lines, countText } = labels[index] ?? { lines: [], countText: '' };
    const { marks: partMarks, height } = marks[index] ?? { marks: [], height: 0 };
    const labelLines = lines.map((text, line) => ({ text, x: 0, y: y + FONT_SIZE + line * LINE_HEIGHT }));
    const first = labelLines[0] as TextLine;
    y += labelLines.length * LINE_HEIGHT + GAP_AFTER_LABEL;
    const top = y;
    y += height + GAP_BETWEEN_PARTS;
    return {
      id: `part-${index + 1}`,
      label: part.label,
      count: part.count,
      share: part.count / breakdown.total,
      labelLines,
      countText: { text: countText, x: width, y: first.y },
      marks: partMarks.map((mark) => ({ ...mark, y: top + mark.y })),
    };
  });
  return { parts, height: y };
}

/** Stage 4: the legend below the parts: a sample mark and what it stands for. */
function placeLegend(
  breakdown: Breakdown,
  {
    form,
    confirmed,
    unitSize,
    width,
    top,
    t,
  }: {
    form: ChartForm;
    confirmed: boolean;
    unitSize: number | undefined;
    width: number;
    top: number;
    t: Translator;
  },
): { legend: LegendLayout; height: number } {
  const swatchSize = unitSize ?? BAR_HEIGHT;
  const legendText =
    form === 'units'
      ? t('breakdown.legend.units', {
          unit: breakdown.unit,
          paint: t(confirmed ? 'breakdown.legend.unitsSolid' : 'breakdown.legend.unitsAsClaimed'),
        })
      : t('breakdown.legend.bars', {
          total: t.number(breakdown.total),
          unit: breakdown.unit,
          paint: t(confirmed ? 'breakdown.legend.barsSolid' : 'breakdown.legend.barsAsClaimed'),
        });
  const legendX = swatchSize + 8;
  const lines = wrapText(legendText, Math.floor((width - legendX) / CHAR_WIDTH)).map((text, line) => ({
    text,
    x: legendX,
    y: top + FONT_SIZE + line * LINE_HEIGHT,
  }));
  return {
    legend: {
      swatch: { x: 0, y: top + (FONT_SIZE - swatchSize) / 2 + 2, width: swatchSize, height: swatchSize },
      lines,
    },
    height: Math.ceil(top + lines.length * LINE_HEIGHT + 4),
  };
}

/** An outline is drawn inside its square, half the stroke in from each edge. */
function insetMark(mark: Mark, paint: Paint): Mark {
  const inset = paint.fill === 'none' ? OUTLINE_WIDTH / 2 : 0;
  return { x: mark.x + inset, y: mark.y + inset, width: mark.width - 2 * inset, height: mark.height - 2 * inset };
}

function roundMark(mark: Mark): Mark {
  return {
    x: svgNumber(mark.x),
    y: svgNumber(mark.y),
    width: svgNumber(mark.width),
    height: svgNumber(mark.height),
  };
}

/** Every number in words, for the SVG's description and for anyone not seeing the chart. */
export function describeBreakdown(
  breakdown: Breakdown,
  claimantName: string,
  confirmed: boolean,
  t: Translator,
): string {
  return t('breakdown.description', {
    total: t.number(breakdown.total),
    unit: breakdown.unit,
    claimant: claimantName,
    parts: breakdown.parts
      .map((part) => t('breakdown.part', { label: part.label, count: t.number(part.count) }))
      .join(' '),
    verdict: t(confirmed ? 'breakdown.confirmed' : 'breakdown.notVerified'),
  });
}

/** SVG coordinates to at most three decimals: stable output, no visible difference. */
export function svgNumber(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The chart's title, saying whose figures they are: "42 drones, as claimed by …". */
export function breakdownTitle(breakdown: Breakdown, claimantName: string, confirmed: boolean, t: Translator): string {
  const figure = t('breakdown.figure', { total: t.number(breakdown.total), unit: breakdown.unit });
  return t(confirmed ? 'breakdown.title.confirmed' : 'breakdown.title.asClaimed', { figure, claimant: claimantName });
}

/**
 * A part's marks as one SVG path: each a rectangle from the corner of the one before (a closed subpath
 * starts the next move from its own start). A unit chart has a mark per unit, and the same short step
 * repeated compresses to almost nothing, where as many <rect> elements would not.
 */
export function marksPath(marks: readonly Mark[]): string {
  let from = { x: 0, y: 0 };
  return marks
    .map((mark, index) => {
      const move = `${index === 0 ? 'M' : 'm'}${svgNumber(mark.x - from.x)} ${svgNumber(mark.y - from.y)}`;
      from = mark;
      return `${move}h${mark.width}v${mark.height}h${svgNumber(-mark.width)}z`;
    })
    .join('');
}
