// Files put in the built site by hard link rather than by copy, where the build already holds them
// in a cache (share cards, pages Astro's incremental build keeps): no bytes are written, and a
// 10,000-claim site holds about 400 MB of them. Where a link cannot be made (the cache on another
// file system), the file is copied.
import { copyFileSync, linkSync, unlinkSync, type Dirent } from 'node:fs';
import { link, mkdir, readdir } from 'node:fs/promises';
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
 * How many of its file operations linkTree runs at once: enough to keep Node's four I/O threads busy,
 * few enough that the bundler's own reads, which it runs beside, never wait behind thousands of links.
 */
const AT_ONCE = 16;

/** Runs the tasks it is handed, at most `most` at a time, in the order they come. */
function limited(most: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < most) running++;
    // A task that ends hands its place to the next waiting one.
    else await new Promise<void>((start) => waiting.push(start));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * Links every file under `from` to the same path under `to`, leaving any file `to` already holds;
 * the paths linked, relative to both. Nothing across file systems: the caller's fallback applies.
 * Asynchronous, so that the build goes on meanwhile (at 10,000 claims the cache holds 50,000 pages
 * in 25,000 folders), and folder by folder, each read with its entries' types, so that no file is
 * looked at twice.
 */
export async function linkTree(from: string, to: string): Promise<string[]> {
  const linked: string[] = [];
  let acrossFileSystems = false;
  const limit = limited(AT_ONCE);
  const walk = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await limit(() => readdir(join(from, folder), { withFileTypes: true }));
    } catch (error) {
      if (code(error) === 'ENOENT') return;
      throw error;
    }
    try {
      // The output folder itself may be gone (moved aside, src/integrations/cached-pages.ts).
      await limit(() => mkdir(join(to, folder), { recursive: folder === '' }));
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    }
    await Promise.all(
      entries.map(async (entry) => {
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        if (acrossFileSystems) return;
        if (entry.isDirectory()) return walk(path);
        if (!entry.isFile()) return;
        try {
          await limit(() => link(join(from, path), join(to, path)));
          linked.push(path);
        } catch (error) {
          if (code(error) === 'EXDEV') acrossFileSystems = true;
          else if (code(error) !== 'EEXIST') throw error;
        }
      }),
    );
  };
  await walk('');
  return linked;
}
