// Files put in the built site by hard link rather than by copy, where the build already holds them
// in a cache (share cards, pages Astro's incremental build keeps): no bytes are written, and a
// 10,000-claim site holds about 400 MB of them. Where a link cannot be made (the cache on another
// file system), the file is copied.
import { copyFileSync, linkSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Puts `from` at `to` by hard link, or by copy across file systems; replaces what `to` held. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (code(error) === 'EEXIST') {
      unlinkSync(to);
      linkOrCopy(from, to);
    } else if (code(error) === 'EXDEV') copyFileSync(from, to);
    else throw error;
  }
}

/**
 * Links every file under `from` to the same path under `to`, leaving any file `to` already holds;
 * the paths linked, relative to both. Nothing across file systems: the caller's fallback applies.
 */
export function linkTree(from: string, to: string): string[] {
  let files: string[];
  try {
    files = readdirSync(from, { recursive: true, encoding: 'utf8' }).filter((file) =>
      statSync(join(from, file)).isFile(),
    );
  } catch (error) {
    if (code(error) === 'ENOENT') return [];
    throw error;
  }
  const linked: string[] = [];
  const folders = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    try {
      linkSync(join(from, file), target);
      linked.push(file);
    } catch (error) {
      if (code(error) === 'EXDEV') return linked;
      if (code(error) !== 'EEXIST') throw error;
    }
  }
  return linked;
}
