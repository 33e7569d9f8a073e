// A hash of code as it stands, for the caches kept between builds (validation, the land drawn for
// maps): what a cache holds was made by that code, and changed code must never meet it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of `extra`, then of each of `paths` under `root`: a file's name and bytes, a folder's files
 * in every subfolder, in name order, and the name alone of a path that does not exist.
 */
export function codeKey(root: string, paths: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const part of extra) hash.update(part).update('\0');
  const add = (path: string) => {
    hash.update(path).update('\0');
    if (existsSync(join(root, path))) hash.update(readFileSync(join(root, path))).update('\0');
  };
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  for (const path of paths) {
    if (existsSync(join(root, path)) && statSync(join(root, path)).isDirectory()) walk(path);
    else add(path);
  }
  return hash.digest('base64url');
}
