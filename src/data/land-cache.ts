// The land drawn for maps, kept between builds in CACHE_DIR/maps/land.json. Drawing the coasts of a
// map's frame is most of what a map costs (about 3 s of a 10,000-claim rebuild), and it depends only
// on the frame, the land data and the drawing code: a rebuild after a content edit draws again only
// the frames it has not seen. The file is keyed by a hash of that code (src/lib/maps/) and of the
// lockfile (d3-geo's and the land data's versions), so changed code never meets old drawings. Only a
// production build reads and writes it, in the project the build runs in.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Stored {
  code: string;
  drawings: Record<string, string>;
}

/** A hash of the code land is drawn with, or undefined where `root` does not hold it. */
export function landCodeKey(root: string): string | undefined {
  const maps = join(root, 'src/lib/maps');
  const lockfile = join(root, 'package-lock.json');
  if (!existsSync(maps) || !existsSync(lockfile)) return undefined;
  const hash = createHash('sha256');
  for (const name of readdirSync(maps).sort())
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(maps, name)));
  return hash.update(readFileSync(lockfile)).digest('base64url');
}

/**
 * Fills `drawn` with the drawings in `file` made by code `code`, and returns a function that writes
 * back every drawing `drawn` then holds, if it gained any: an unreadable or older code's file is
 * ignored, and written over.
 */
export function restoreLand(drawn: Map<string, string>, file: string, code: string): () => void {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.code === code) for (const [key, path] of Object.entries(stored.drawings)) drawn.set(key, path);
  } catch {
    // none yet, or unreadable: every frame is drawn
  }
  const restored = drawn.size;
  return () => {
    if (drawn.size === restored) return;
    mkdirSync(dirname(file), { recursive: true });
    // Written whole, then renamed, so that a build stopped midway never leaves half a file.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify({ code, drawings: Object.fromEntries(drawn) } satisfies Stored));
    renameSync(partial, file);
  };
}
