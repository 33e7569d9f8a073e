// What the validator found in each file, kept between runs: a file is parsed and checked against its
// schema again only when its text, its name or the validator's code has changed. At 10,000 claims
// that is most of `npm run validate` and of a rebuild's validation (3 of its 4.5 s). The rules across
// entries (links between them, statuses, translations) always run in full: an edit to one file can
// break another.
import { readCacheFile, writeCacheFile } from '../cache-file.ts';
import { codeKey } from '../code-key.ts';
import { shortHash } from '../short-hash.ts';
import type { Problem } from './problems.ts';

/** What checking one file found: its slug (once its name is right), its problems, its data (once valid). */
export interface CheckedFile {
  slug?: string;
  problems: Problem[];
  data?: unknown;
}

export interface ValidationCache {
  /** What an earlier run found in a file, by the key of its name and text. */
  get: (key: string) => CheckedFile | undefined;
  set: (key: string, checked: CheckedFile) => void;
  /** Keeps what this run found, and nothing of files it did not read. */
  save: () => void;
}

/** A file's key: its collection, name, language and text. */
export const fileKey = (parts: readonly unknown[]): string => shortHash(JSON.stringify(parts));

/**
 * A hash of the validator's code as it stands: every file under `src/` and the lockfile (Zod's
 * version). Any change to them checks every file again, so a changed rule never meets an old verdict.
 */
export const validatorCodeKey = (root: string): string => codeKey(root, ['src', 'package-lock.json']);

const isCheckedFile = (value: unknown): value is CheckedFile =>
  typeof value === 'object' && value !== null && Array.isArray((value as Partial<CheckedFile>).problems);

/**
 * The cache in `file` for validator code `code`; empty where the file is missing, unreadable or older
 * code's. A cache that cannot be saved costs the next run time: `warn` says so and the run goes on.
 */
export function openValidationCache(
  file: string,
  code: string,
  warn: (message: string) => void = console.warn,
): ValidationCache {
  const earlier = readCacheFile(file, code, isCheckedFile);
  const now = new Map<string, CheckedFile>();
  return {
    get: (key) => {
      const found = earlier.get(key);
      if (found) now.set(key, found);
      return found;
    },
    set: (key, checked) => now.set(key, checked),
    save: () => {
      const error = writeCacheFile(file, code, now);
      if (error)
        warn(`validation: what each file was found to hold was not kept for the next run (${file}): ${error.message}`);
    },
  };
}
