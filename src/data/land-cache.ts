// The land drawn for maps, kept between builds in CACHE_DIR/maps/land.json. Drawing the coasts of a
// map's frame is most of what a map costs (about 3 s of a 10,000-claim rebuild), and it depends only
// on the frame, the land data and the drawing code: a rebuild after a content edit draws again only
// the frames it has not seen. The file is keyed by a hash of that code (src/lib/maps/), of the
// lockfile (d3-geo's and the land data's versions) and of Node's version (its floating-point maths),
// so changed code never meets old drawings. Only a production build reads and writes it, in the
// project the build runs in (scripts/astro-site.ts builds from the project's folder).
//
// Frames no longer drawn are kept: a rebuild takes unchanged pages from Astro's cache without
// drawing their maps, so what one build draws is not all the site shows. The file grows only with new
// frames (places added or moved), a drawing each (the bench's 10,000-claim site keeps 93 KB), and
// starts afresh whenever the code, the lockfile or Node changes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCacheFile, writeCacheFile } from '../lib/cache-file.ts';
import { codeKey } from '../lib/code-key.ts';

/** A hash of the code land is drawn with, or undefined where `root` does not hold it. */
export function landCodeKey(root: string): string | undefined {
  const code = ['src/lib/maps', 'package-lock.json'];
  if (!code.every((path) => existsSync(join(root, path)))) return undefined;
  return codeKey(root, code, [process.version]);
}

/**
 * Fills `drawn` with the drawings in `file` made by code `code`, and returns a function that writes
 * back every drawing `drawn` then holds, if it gained any: an unreadable or older code's file is
 * ignored, and written over. A file that cannot be written costs the next build time, not this build:
 * `warn` says so and the build goes on.
 */
export function restoreLand(
  drawn: Map<string, string>,
  file: string,
  code: string,
  warn: (message: string) => void = console.warn,
): () => void {
  const isDrawing = (value: unknown): value is string => typeof value === 'string';
  for (const [key, path] of readCacheFile(file, code, isDrawing)) drawn.set(key, path);
  const restored = drawn.size;
  return () => {
    if (drawn.size === restored) return;
    const error = writeCacheFile(file, code, drawn);
    if (error) warn(`maps: the land drawn was not kept for the next build (${file}): ${error.message}`);
  };
}
