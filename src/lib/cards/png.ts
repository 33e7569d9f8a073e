// PNG encoding for share cards, run in the card workers (draw-worker.ts). A card is a few flat colours
// and their anti-aliased edges (about 50 colours in all), so it is written with a palette whenever it
// has at most 256 colours, which loses nothing: a card's file is then 32 KB instead of 58 KB, encoded
// in 3 ms instead of 6. Anything else is written as truecolour RGBA. (resvg's own asPng() took 16 ms.)
import { constants, crc32, deflateSync, type ZlibOptions } from 'node:zlib';

// Measured on cards: palette indexes compress best and fastest as runs; RGBA at level 3 (zlib's
// default level 6 took three times as long for a file a third smaller).
const PALETTE_DEFLATE: ZlibOptions = { level: 1, strategy: constants.Z_RLE };
const TRUECOLOUR_DEFLATE: ZlibOptions = { level: 3 };

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BYTES_PER_PIXEL = 4;
const PALETTE_SIZE = 256;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const name = Buffer.from(type, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(name)));
  return Buffer.concat([length, name, data, crc]);
}

function header(width: number, height: number, colourType: 3 | 6): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  // Bit depth 8, the colour type, deflate, adaptive filtering, no interlace.
  data.set([8, colourType, 0, 0, 0], 8);
  return chunk('IHDR', data);
}

// Palette lookups go through a small open-addressing hash table: a Map's lookups took longer than zlib.
const SLOTS = 1024; // a power of two, four times the palette, so probes stay short
const EMPTY = -1;

/**
 * Each row of the image as palette indexes, behind its filter byte (0, none), and the palette's
 * colours in the order first met; or undefined when the image has more colours than a palette holds.
 */
function indexed(rgba: Uint8Array, width: number, height: number): { rows: Buffer; colours: number[] } | undefined {
  // One 32-bit number per pixel, read as the four bytes R, G, B, A in the machine's order.
  const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
  const slotColour = new Int32Array(SLOTS);
  const slotIndex = new Int16Array(SLOTS).fill(EMPTY);
  const colours: number[] = [];
  const rows = Buffer.allocUnsafe((width + 1) * height);
  let previous = 0;
  let previousIndex = EMPTY;
  let at = 0;
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const stride = width * BYTES_PER_PIXEL;
  for (let y = 0; y < height; y++) {
    rows[at++] = 0;
    // Half a card's rows repeat the row above (margins, the status band): copied, not looked up.
    if (y > 0 && bytes.compare(bytes, (y - 1) * stride, y * stride, y * stride, (y + 1) * stride) === 0) {
      rows.copyWithin(at, at - width - 1, at - 1);
      at += width;
      continue;
    }
    for (let x = y * width, end = x + width; x < end; x++) {
      const colour = pixels[x] ?? 0;
      if (colour !== previous || previousIndex === EMPTY) {
        let slot = Math.imul(colour, 0x9e3779b1) >>> 22;
        while (slotIndex[slot] !== EMPTY && slotColour[slot] !== colour) slot = (slot + 1) & (SLOTS - 1);
        let index = slotIndex[slot] ?? EMPTY;
        if (index === EMPTY) {
          if (colours.length === PALETTE_SIZE) return undefined;
          index = colours.length;
          slotColour[slot] = colour;
          slotIndex[slot] = index;
          colours.push(colour);
        }
        previous = colour;
        previousIndex = index;
      }
      rows[at++] = previousIndex;
    }
  }
  return { rows, colours };
}

/** The palette (PLTE) and, when any colour is not opaque, its alphas (tRNS). */
function paletteChunks(colours: number[]): Buffer[] {
  const bytes = new Uint8Array(new Int32Array(colours).buffer);
  const rgb = Buffer.alloc(colours.length * 3);
  const alpha = Buffer.alloc(colours.length);
  for (let index = 0; index < colours.length; index++) {
    rgb.set(bytes.subarray(index * 4, index * 4 + 3), index * 3);
    alpha[index] = bytes[index * 4 + 3] ?? 255;
  }
  return alpha.every((value) => value === 255) ? [chunk('PLTE', rgb)] : [chunk('PLTE', rgb), chunk('tRNS', alpha)];
}

/** Truecolour with alpha: each row behind its filter byte (0, none). */
function truecolourRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * BYTES_PER_PIXEL;
  // Every byte is written, so no need to zero it.
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return rows;
}

/** An 8-bit RGBA image (straight alpha, rows top to bottom) as a PNG file. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const size = width * height * BYTES_PER_PIXEL;
  if (rgba.length !== size) throw new Error(`expected ${size} bytes of RGBA, got ${rgba.length}`);
  // Int32Array needs its start aligned to 4 bytes; a copy is, when the caller's view is not.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const palette = indexed(aligned, width, height);
  const image = palette
    ? [
        header(width, height, 3),
        ...paletteChunks(palette.colours),
        chunk('IDAT', deflateSync(palette.rows, PALETTE_DEFLATE)),
      ]
    : [header(width, height, 6), chunk('IDAT', deflateSync(truecolourRows(rgba, width, height), TRUECOLOUR_DEFLATE))];
  return Buffer.concat([SIGNATURE, ...image, chunk('IEND', Buffer.alloc(0))]);
}
