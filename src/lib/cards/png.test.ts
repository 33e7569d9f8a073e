import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png.ts';

// A PNG decoder to check against: resvg draws an SVG whose only content is the PNG, pixel for pixel.
function decode(png: Buffer, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

describe('PNG encoding', () => {
  it('writes an image that decodes to the same pixels', () => {
    const width = 7;
    const height = 5;
    const rgba = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    const png = encodePng(rgba, width, height);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect([...decode(png, width, height)]).toEqual([...rgba]);
  });

  it('is byte-identical for the same pixels, so builds stay reproducible', () => {
    const rgba = new Uint8Array(4 * 4 * 4).fill(200);
    expect(encodePng(rgba, 4, 4)).toEqual(encodePng(rgba, 4, 4));
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('expected 16 bytes of RGBA, got 10');
  });
});
