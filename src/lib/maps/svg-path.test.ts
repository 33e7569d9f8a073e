import { describe, expect, it } from 'vitest';
import { pathWriter } from './svg-path.ts';

function ring(points: [number, number][], spacing?: number): string {
  const writer = pathWriter(spacing);
  writer.polygonStart?.();
  writer.lineStart?.();
  for (const [x, y] of points) writer.point(x, y);
  writer.lineEnd?.();
  writer.polygonEnd?.();
  return writer.path();
}

describe('path writer', () => {
  it('writes a ring as whole units and relative moves, closed by z', () => {
    expect(
      ring([
        [10.4, 20.6],
        [30, 20.6],
        [30, 40],
        [10.4, 20.6],
      ]),
    ).toBe('M10 21l20 0l0 19z');
  });

  it('drops points closer than the spacing to the last one kept', () => {
    expect(
      ring(
        [
          [0, 0],
          [1, 0],
          [10, 0],
          [10, 1],
          [10, 10],
        ],
        3,
      ),
    ).toBe('M0 0l10 0l0 10z');
  });

  it('drops a ring that rounds away to fewer than three points', () => {
    expect(
      ring([
        [5.1, 5.1],
        [5.2, 5.3],
        [5.4, 4.9],
      ]),
    ).toBe('');
  });

  it('writes negative moves without a separating space', () => {
    expect(
      ring([
        [10, 10],
        [0, 0],
        [10, 0],
      ]),
    ).toBe('M10 10l-10-10l10 0z');
  });
});
