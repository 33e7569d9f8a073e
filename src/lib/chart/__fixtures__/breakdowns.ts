// Breakdowns that test the chart at its edges, shared by the layout, SVG snapshot and CSV tests.
import type { Breakdown } from '../../content/schema.ts';

export const seed: Breakdown = {
  total: 42,
  unit: 'drones',
  parts: [
    { label: 'Destroyed by air defence', count: 9 },
    { label: 'Suppressed by electronic warfare', count: 33 },
  ],
};

export const twelveParts: Breakdown = {
  total: 10000,
  unit: 'drones',
  parts: [4000, 2500, 1200, 800, 500, 400, 300, 150, 80, 50, 20, 0].map((count, i) => ({
    label: `Part ${i + 1}`,
    count,
  })),
};

/** Every edge case, by name. */
export const breakdowns: Record<string, Breakdown> = {
  seed,
  'one part': { total: 1, unit: 'drone', parts: [{ label: 'Fell', count: 1 }] },
  'a zero-count part': {
    total: 10,
    unit: 'shells',
    parts: [
      { label: 'Hit', count: 10 },
      { label: 'Missed', count: 0 },
    ],
  },
  'twelve parts, total 10,000': twelveParts,
  'long labels': {
    total: 5,
    unit: 'drones',
    parts: [
      {
        label: 'Destroyed by air defence units stationed over the northern coastline during the night of the attack',
        count: 3,
      },
      { label: 'Supercalifragilisticexpialidociouslylongwordwithoutanyspacesatall', count: 2 },
    ],
  },
};
