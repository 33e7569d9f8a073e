import { describe, expect, it } from 'vitest';
import { breakdowns as fixtures, seed, twelveParts } from './__fixtures__/breakdowns.ts';
import {
  marksPath,
  CHART_WIDTH,
  FONT_SIZE,
  UNIT_SIZES,
  describeBreakdown,
  layoutBreakdown,
  wrapText,
  type BreakdownLayout,
} from './breakdown-layout.ts';
import { t } from '../__fixtures__/view-context.ts';

const area = (layout: BreakdownLayout, index: number) =>
  layout.parts[index]?.marks.reduce((sum, mark) => sum + mark.width * mark.height, 0) ?? 0;

describe('breakdown layout', () => {
  describe.each(Object.entries(fixtures))('%s', (_, breakdown) => {
    const layout = layoutBreakdown(breakdown, { confirmed: false, t });

    it('gives every part ink exactly proportional to its count', () => {
      const inkPerUnit = area(layout, 0) / (breakdown.parts[0]?.count ?? 1);
      breakdown.parts.forEach((part, index) => {
        expect(area(layout, index)).toBeCloseTo(part.count * inkPerUnit, 9);
      });
    });

    it('keeps every mark and every line of text inside the chart', () => {
      for (const part of layout.parts) {
        for (const mark of part.marks) {
          expect(mark.x).toBeGreaterThanOrEqual(0);
          expect(mark.x + mark.width).toBeLessThanOrEqual(CHART_WIDTH + 1e-9);
          expect(mark.y + mark.height).toBeLessThanOrEqual(layout.height);
        }
        for (const line of part.labelLines) {
          // Estimated at 0.6 em a character, which errs wide for system sans-serif fonts.
          expect(line.text.length * 0.6 * FONT_SIZE).toBeLessThanOrEqual(
            CHART_WIDTH - part.countText.text.length * 0.6 * FONT_SIZE,
          );
          expect(line.y).toBeLessThanOrEqual(layout.height);
        }
      }
      for (const line of layout.legend.lines)
        expect(line.x + line.text.length * 0.6 * FONT_SIZE).toBeLessThanOrEqual(CHART_WIDTH);
    });

    it('places parts one below another, never overlapping', () => {
      const extents = layout.parts.map((part) => ({
        top: (part.labelLines[0]?.y ?? 0) - FONT_SIZE,
        bottom: Math.max(part.labelLines.at(-1)?.y ?? 0, ...part.marks.map((m) => m.y + m.height)),
      }));
      extents.slice(1).forEach((extent, i) => expect(extent.top).toBeGreaterThan(extents[i]?.bottom ?? 0));
    });

    it('writes every count as text, and keeps the labels whole', () => {
      expect(layout.parts.map((part) => part.countText.text.replace(/,/g, ''))).toEqual(
        breakdown.parts.map((p) => String(p.count)),
      );
      expect(
        layout.parts.map((part) =>
          part.labelLines
            .map((l) => l.text)
            .join(' ')
            .replace(/ /g, ''),
        ),
      ).toEqual(breakdown.parts.map((part) => part.label.replace(/ /g, '')));
    });

    it('is deterministic', () => {
      expect(layoutBreakdown(breakdown, { confirmed: false, t })).toEqual(layout);
    });
  });

  it('draws the seed as a unit chart, one square per drone', () => {
    const layout = layoutBreakdown(seed, { confirmed: false, t });
    expect(layout.form).toBe('units');
    expect(layout.unitSize).toBe(UNIT_SIZES[0]);
    expect(layout.parts.map((part) => part.marks.length)).toEqual([9, 33]);
  });

  it('switches to bars where squares would become too small', () => {
    const layout = layoutBreakdown(twelveParts, { confirmed: false, t });
    expect(layout.form).toBe('bars');
    expect(layout.parts[0]?.marks[0]?.width).toBeCloseTo((4000 / 10000) * CHART_WIDTH, 9);
    expect(layout.parts[11]?.marks).toEqual([]);
    expect(layout.parts[0]?.countText.text).toBe('4,000');
  });

  it('uses smaller squares before giving up on units', () => {
    const layout = layoutBreakdown(
      { total: 100, unit: 'shells', parts: [{ label: 'Fired', count: 100 }] },
      { confirmed: true, t },
    );
    expect(layout.form).toBe('units');
    expect(layout.unitSize).toBeLessThan(UNIT_SIZES[0]);
  });

  it('draws a confirmed breakdown solid and any other as claimed, saying so in the legend', () => {
    const confirmed = layoutBreakdown(seed, { confirmed: true, t });
    const claimed = layoutBreakdown(seed, { confirmed: false, t });
    expect(confirmed.markStyle).toBe('solid');
    expect(claimed.markStyle).toBe('as-claimed');
    expect(claimed.legend.lines.map((l) => l.text).join(' ')).toContain('Outlined squares: figures as claimed');
    expect(
      layoutBreakdown(twelveParts, { confirmed: false, t })
        .legend.lines.map((l) => l.text)
        .join(' '),
    ).toContain('Hatched bars');
  });
});

describe('breakdown description', () => {
  it('gives every number and who claims them', () => {
    expect(describeBreakdown(seed, 'Russian Ministry of Defence', false, t)).toBe(
      '42 drones in all, as claimed by Russian Ministry of Defence. Destroyed by air defence: 9. Suppressed by electronic warfare: 33. These figures are not independently verified.',
    );
    expect(describeBreakdown(seed, 'A', true, t)).not.toContain('not independently verified');
  });
});

describe('wrapText', () => {
  it('breaks at spaces and splits words longer than a line', () => {
    expect(wrapText('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('marks as one path', () => {
  /** The rectangles a path of marksPath draws, read back from its commands. */
  function rectanglesOf(path: string) {
    const commands = [...path.matchAll(/([MmhvzZ])([^MmhvzZ]*)/g)].map(([, command = '', args = '']) => ({
      command,
      numbers: args.trim() === '' ? [] : args.trim().split(/[ ,]+/).map(Number),
    }));
    const rectangles: { x: number; y: number; width: number; height: number }[] = [];
    let start = { x: 0, y: 0 };
    let point = { x: 0, y: 0 };
    for (const { command, numbers } of commands) {
      const [a = 0, b = 0] = numbers;
      if (command === 'M' || command === 'm') {
        start = command === 'M' ? { x: a, y: b } : { x: start.x + a, y: start.y + b };
        point = { ...start };
        rectangles.push({ ...start, width: 0, height: 0 });
      } else if (command === 'h') {
        point = { x: point.x + a, y: point.y };
        if (a > 0) rectangles.at(-1)!.width = a;
      } else if (command === 'v') {
        point = { x: point.x, y: point.y + a };
        rectangles.at(-1)!.height = a;
      } else point = { ...start };
    }
    return rectangles;
  }

  it.each([
    ['the seed, one square a drone', seed],
    ['twelve parts, as bars', twelveParts],
  ])('draws exactly the marks of %s, each closed where it starts', (_, breakdown) => {
    for (const part of layoutBreakdown(breakdown, { confirmed: false, t }).parts) {
      const drawn = rectanglesOf(marksPath(part.marks));
      expect(drawn.map((mark) => Object.values(mark).map((n) => Math.round(n * 1000) / 1000))).toEqual(
        part.marks.map((mark) => [mark.x, mark.y, mark.width, mark.height]),
      );
    }
  });
});
