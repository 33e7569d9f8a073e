// A file in CACHE_DIR that keeps what one build worked out for the next (what validation found in each
// content file, the land drawn for maps): entries by key, stamped with a hash of the code that made
// them (code-key.ts), so that changed code never meets them.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface Stored {
  code: string;
  entries: Record<string, unknown>;
}

/**
 * The entries `file` holds that code `code` made and that pass `isEntry`; none where the file is
 * missing, unreadable or another code's: the build works them out again.
 */
export function readCacheFile<Entry>(
  file: string,
  code: string,
  isEntry: (value: unknown) => value is Entry,
): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored>;
    if (stored.code === code && typeof stored.entries === 'object' && stored.entries !== null)
      for (const [key, value] of Object.entries(stored.entries)) if (isEntry(value)) entries.set(key, value);
  } catch {
    // none yet, or unreadable
  }
  return entries;
}

/**
 * Writes `entries` to `file`, stamped with `code`; the error where it could not, for the caller to
 * warn of: a cache not kept costs the next build time, not this build its result.
 */
export function writeCacheFile(file: string, code: string, entries: ReadonlyMap<string, unknown>): Error | undefined {
  // Written whole, then renamed, so that a build stopped midway, or another build beside this one,
  // never leaves half a file.
  const partial = `${file}.${randomUUID()}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, JSON.stringify({ code, entries: Object.fromEntries(entries) } satisfies Stored));
    renameSync(partial, file);
    return undefined;
  } catch (error) {
    if (existsSync(partial)) rmSync(partial);
    return error instanceof Error ? error : new Error(String(error));
  }
}
