// Snapshot of the SVG each layout fixture draws, one file per case (as Observable Plot's tests do), so
// a change to the chart shows up as a diff of markup. On a mismatch the new drawing is also written
// beside the old one as *.changed.svg, to open both in a browser and compare by eye; `vitest -u`
// accepts it. In CI a missing snapshot fails instead of being written.
import { rmSync, writeFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BreakdownChart from './BreakdownChart.astro';
import { describeBreakdown, layoutBreakdown } from '../lib/chart/breakdown-layout.ts';
import type { Breakdown } from '../lib/content/schema.ts';
import { breakdowns, seed, twelveParts } from '../lib/chart/__fixtures__/breakdowns.ts';
import { t } from '../lib/__fixtures__/view-context.ts';

const cases: Record<string, { breakdown: Breakdown; confirmed: boolean }> = {
  'seed-as-claimed': { breakdown: seed, confirmed: false },
  'one-part-confirmed': { breakdown: breakdowns['one part']!, confirmed: true },
  'twelve-parts-bars': { breakdown: twelveParts, confirmed: false },
};

describe('breakdown chart SVG', () => {
  it.each(Object.entries(cases))('%s', async (name, { breakdown, confirmed }) => {
    const container = await AstroContainer.create();
    // ESLint's TypeScript service cannot see into .astro modules; `astro check` types this call.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    const svg = await container.renderToString(BreakdownChart, {
      props: {
        layout: layoutBreakdown(breakdown, { confirmed, t }),
        idPrefix: `breakdown-${name}`,
        title: `${breakdown.total} ${breakdown.unit}`,
        description: describeBreakdown(breakdown, 'A claimant', confirmed, t),
      },
    });
    const drawn = normalise(svg);
    const expectedFile = new URL(`./__snapshots__/BreakdownChart.${name}.svg`, import.meta.url);
    const changedFile = new URL(`./__snapshots__/BreakdownChart.${name}.changed.svg`, import.meta.url);
    try {
      await expect(drawn).toMatchFileSnapshot(expectedFile.pathname);
      rmSync(changedFile, { force: true });
    } catch (error) {
      writeFileSync(changedFile, drawn);
      throw error;
    }
  });
});

/** One element a line, without the source annotations Astro adds in development (they hold paths). */
function normalise(svg: string): string {
  return `${svg
    .replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '')
    .replace(/>\s*</g, '>\n<')
    .trim()}\n`;
}
