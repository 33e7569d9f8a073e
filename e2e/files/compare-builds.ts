// Two builds compared file by file, for the checks that a build publishes the same files whichever
// way it was made (reproducible.test.ts, rebuild.test.ts).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from '../../src/lib/page-weight.ts';

function digests(dir: string): Map<string, string> {
  return new Map(
    builtFiles(dir)
      .filter((file) => statSync(join(dir, file)).isFile())
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

/**
 * The files (relative to their output folders) that only one build has or that differ by a byte,
 * and how many files the two hold between them.
 */
export function differingFiles(one: string, other: string): { differing: string[]; files: number } {
  const first = digests(one);
  const second = digests(other);
  const files = [...new Set([...first.keys(), ...second.keys()])];
  return { differing: files.filter((file) => first.get(file) !== second.get(file)), files: files.length };
}
