import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png.ts';

// A PNG decoder to check against: resvg draws an SVG whose only content is the PNG, pixel for pixel.
function decode(png: Buffer, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

/** The PNG's colour type (IHDR): 3 with a palette, 6 truecolour with alpha. */
const colourType = (png: Buffer) => png[25];
const hasChunk = (png: Buffer, type: string) => png.includes(Buffer.from(type, 'latin1'));

/** Opaque pixels in `colours` distinct colours, changing along rows and down columns. */
function opaque(width: number, height: number, colours: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel++) {
    const colour = (pixel * 7) % colours;
    rgba.set([colour % 256, (colour * 3) % 256, Math.floor(colour / 256) * 50, 255], pixel * 4);
  }
  return rgba;
}

describe('PNG encoding', () => {
  it('writes an image of up to 256 colours with a palette, and it decodes to the same pixels', () => {
    const [width, height] = [40, 30];
    const rgba = opaque(width, height, 256);
    // Repeated rows take a shortcut of their own.
    rgba.copyWithin(width * 4 * 5, width * 4 * 4, width * 4 * 5);
    const png = encodePng(rgba, width, height);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(colourType(png)).toBe(3);
    expect(hasChunk(png, 'tRNS')).toBe(false);
    expect([...decode(png, width, height)]).toEqual([...rgba]);
  });

  it('keeps the transparency of a palette colour', () => {
    const rgba = new Uint8Array(4 * 4 * 4).fill(255);
    rgba.set([255, 0, 0, 255, 0, 0, 255, 255], 0);
    // resvg decodes to premultiplied alpha, so the colour checked is one it cannot round.
    rgba.set([0, 0, 0, 0], 8);
    const png = encodePng(rgba, 4, 4);
    expect(colourType(png)).toBe(3);
    expect(hasChunk(png, 'tRNS')).toBe(true);
    expect([...decode(png, 4, 4)]).toEqual([...rgba]);
  });

  it('writes an image of more colours as truecolour, which decodes to the same pixels', () => {
    const [width, height] = [40, 30];
    const rgba = opaque(width, height, 257);
    const png = encodePng(rgba, width, height);
    expect(colourType(png)).toBe(6);
    expect([...decode(png, width, height)]).toEqual([...rgba]);
  });

  it('reads pixels from any offset in a buffer', () => {
    const rgba = opaque(5, 3, 4);
    const shifted = new Uint8Array(rgba.length + 1);
    shifted.set(rgba, 1);
    expect(encodePng(shifted.subarray(1), 5, 3)).toEqual(encodePng(rgba, 5, 3));
  });

  it('is byte-identical for the same pixels, so builds stay reproducible', () => {
    const rgba = opaque(4, 4, 3);
    expect(encodePng(rgba, 4, 4)).toEqual(encodePng(rgba, 4, 4));
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('expected 16 bytes of RGBA, got 10');
  });
});
