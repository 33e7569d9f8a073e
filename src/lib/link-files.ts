// Files put in the built site by hard link rather than by copy, where the build already holds them
// in a cache (share cards, pages Astro's incremental build keeps): no bytes are written, and a
// 10,000-claim site holds about 400 MB of them. Where a link cannot be made (the cache on another
// file system), the file is copied.
import { copyFileSync, linkSync, mkdirSync, readdirSync, unlinkSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

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
 * Walked folder by folder, each read with its entries' types, so that no file is looked at twice: at
 * 10,000 claims the cache holds 50,000 pages in 25,000 folders, linked in about 4 s.
 */
export function linkTree(from: string, to: string): string[] {
  const linked: string[] = [];
  const walk = (folder: string): boolean => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(from, folder), { withFileTypes: true });
    } catch (error) {
      if (code(error) === 'ENOENT') return true;
      throw error;
    }
    try {
      // The output folder itself may be gone (moved aside, src/integrations/cached-pages.ts).
      mkdirSync(join(to, folder), { recursive: folder === '' });
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    }
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!walk(path)) return false;
      } else if (entry.isFile()) {
        try {
          linkSync(join(from, path), join(to, path));
          linked.push(path);
        } catch (error) {
          if (code(error) === 'EXDEV') return false;
          if (code(error) !== 'EEXIST') throw error;
        }
      }
    }
    return true;
  };
  walk('');
  return linked;
}
