// What the fixture site publishes, held against a record of it (e2e/fixture-site/published.txt):
// every address it serves, the bytes of every data file (claim records, open data, feeds, CSVs, host
// files) and what every page renders (its HTML as a browser reads it: src/lib/rendered-html.ts).
// Addresses are permanent, so a change to how the build makes its files (Astro routes or the
// project's own writers, pages rendered or copied) must not move, drop or alter one unnoticed; and a
// refactoring (making the site translatable, say) proves it changed nothing readers get. Share cards
// are listed but not compared (their pixels may legitimately change with the renderer); hashed assets
// and the search index are left out, as their names follow their contents (a page that links a
// changed stylesheet changes with it).
//
// After a change meant to alter what is published, rewrite the record and review its diff:
//   UPDATE_PUBLISHED=1 npx vitest run --project built e2e/files/published.test.ts
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtFiles } from '../../src/lib/page-weight.ts';
import { renderedHtml } from '../../src/lib/rendered-html.ts';
import { fixtureSite } from '../sites.ts';

const RECORD = join(import.meta.dirname, '../fixture-site/published.txt');
const UNLISTED = /^(?:_astro|pagefind)\//;
const NOT_COMPARED = /\.png$/;

/** What is compared of a file: a page as it renders, any other file byte for byte. */
const compared = (path: string): string | Buffer =>
  path.endsWith('.html') ? renderedHtml(readFileSync(path, 'utf8')) : readFileSync(path);

/** One line per file: its path and, unless it is a share card, the start of the SHA-256 of what is compared. */
function published(outDir: string): string[] {
  return builtFiles(outDir)
    .filter((file) => !UNLISTED.test(file) && statSync(join(outDir, file)).isFile())
    .map((file) =>
      !NOT_COMPARED.test(file)
        ? `${file} ${createHash('sha256')
            .update(compared(join(outDir, file)))
            .digest('hex')
            .slice(0, 16)}`
        : file,
    );
}

it('publishes the recorded addresses, the recorded bytes of every data file and what every page renders', () => {
  const now = published(fixtureSite.outDir);
  if (process.env['UPDATE_PUBLISHED']) writeFileSync(RECORD, `${now.join('\n')}\n`);
  const recorded = readFileSync(RECORD, 'utf8').trim().split('\n');
  const missing = recorded.filter((line) => !now.includes(line));
  const unrecorded = now.filter((line) => !recorded.includes(line));
  // Named apart, so a failure says which addresses went or which bytes changed.
  expect({ missing, unrecorded }).toEqual({ missing: [], unrecorded: [] });
  expect(now.length).toBeGreaterThan(100);
});
