// What the fixture site publishes, held against a record of it (e2e/fixture-site/published.txt):
// every address it serves and the bytes of every page and data file (claim records, open data,
// feeds, CSVs, host files). Addresses are permanent, so a change to how the build makes its files
// (Astro routes or the project's own writers, pages rendered or copied) must not move, drop or alter
// one unnoticed; and a refactoring (making the site translatable, say) proves it changed no byte of
// what readers get. Share cards are listed but not compared byte for byte (their pixels may
// legitimately change with the renderer); hashed assets and the search index are left out, as their
// names follow their contents (a page that links a changed stylesheet changes with it).
//
// After a change meant to alter what is published, rewrite the record and review its diff:
//   UPDATE_PUBLISHED=1 npx vitest run --project built e2e/files/published.test.ts
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtFiles } from '../../src/lib/page-weight.ts';
import { fixtureSite } from '../sites.ts';

const RECORD = join(import.meta.dirname, '../fixture-site/published.txt');
const UNLISTED = /^(?:_astro|pagefind)\//;
const NOT_COMPARED = /\.png$/;

/** One line per file: its path and, unless it is a share card, the start of its SHA-256. */
function published(outDir: string): string[] {
  return builtFiles(outDir)
    .filter((file) => !UNLISTED.test(file) && statSync(join(outDir, file)).isFile())
    .map((file) =>
      !NOT_COMPARED.test(file)
        ? `${file} ${createHash('sha256')
            .update(readFileSync(join(outDir, file)))
            .digest('hex')
            .slice(0, 16)}`
        : file,
    );
}

it('publishes the recorded addresses, and the recorded bytes for every page and data file', () => {
  const now = published(fixtureSite.outDir);
  if (process.env['UPDATE_PUBLISHED']) writeFileSync(RECORD, `${now.join('\n')}\n`);
  const recorded = readFileSync(RECORD, 'utf8').trim().split('\n');
  const missing = recorded.filter((line) => !now.includes(line));
  const unrecorded = now.filter((line) => !recorded.includes(line));
  // Named apart, so a failure says which addresses went or which bytes changed.
  expect({ missing, unrecorded }).toEqual({ missing: [], unrecorded: [] });
  expect(now.length).toBeGreaterThan(100);
});
