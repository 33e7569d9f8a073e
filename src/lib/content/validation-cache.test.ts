import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFiles, mdx, TODAY } from './__fixtures__/content.ts';
import { readContentFiles, validateContentFiles, type ContentFile, type ValidationResult } from './validate.ts';
import { fileKey, openValidationCache } from './validation-cache.ts';

let scratch = '';
const cacheFile = () => join((scratch ||= mkdtempSync(join(tmpdir(), 'contested-validation-'))), 'validation.json');
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = '';
});

/** Content with problems of every kind a file can have on its own, and valid files beside them. */
const files = (): ContentFile[] => [
  ...contentFiles({
    claims: { 'missile-shot-down': { title: 'Too short', claimant: 'nobody' } },
    actors: { 'ministry-a': { name: 'Ministry A', kind: 'ministry', affiliation: 'russia', colour: 'red' } },
  }),
  { collection: 'claims', file: 'content/claims/Bad Name.mdx', text: mdx({ title: 'x' }) },
  { collection: 'claims', file: 'content/claims/no-frontmatter.mdx', text: 'Only prose.' },
  { collection: 'claims', file: 'content/claims/a-folder/', text: null },
];

const validate = (cache = openValidationCache(cacheFile(), 'code')) =>
  validateContentFiles(files(), { today: TODAY, cache });

/** A result without its entries' line finders, which are functions, and their lines for some fields. */
const comparable = (result: ValidationResult) => ({
  ...result,
  ...Object.fromEntries(
    (['claims', 'actors', 'incidents', 'places', 'editors', 'about', 'translations'] as const).map((name) => [
      name,
      result[name].map(({ lineOf, ...entry }) => ({ ...entry, lines: [lineOf(['title']), lineOf(['sources', 0])] })),
    ]),
  ),
});

describe('the validation cache', () => {
  it('gives a second run the same problems, entries and lines as the first, which checked every file', () => {
    const first = validate();
    expect(first.problems.length).toBeGreaterThan(3);
    const second = validate();
    expect(comparable(second)).toStrictEqual(comparable(first));
    expect(comparable(second)).toStrictEqual(comparable(validateContentFiles(files(), { today: TODAY })));
  });

  it('gives the same entries from the cache as from the files for the seed and the fixture site, every field kept', () => {
    for (const folder of ['../../../content/', '../../../e2e/fixture-site/content/']) {
      const read = readContentFiles(fileURLToPath(new URL(folder, import.meta.url)));
      const cold = validateContentFiles(read, { today: TODAY, cache: openValidationCache(cacheFile(), folder) });
      const warm = validateContentFiles(read, { today: TODAY, cache: openValidationCache(cacheFile(), folder) });
      expect(cold.claims.length).toBeGreaterThan(3);
      expect(warm.translations.length).toBeGreaterThan(3);
      expect(comparable(warm)).toStrictEqual(comparable(cold));
    }
  });

  it('reuses what an earlier run of the same code found in a file, and nothing once the code or the file has changed', () => {
    validate();
    // A verdict planted for a valid file's key: a run that reuses it reports it.
    const valid = files().find((file) => file.file === 'content/claims/drones-over-coast.mdx');
    const key = fileKey([valid?.collection, valid?.file, null, valid?.text]);
    const stored = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { code: string; entries: Record<string, object> };
    const planted = { file: valid?.file, line: 1, field: 'planted', found: 'a planted verdict', allowed: 'none' };
    expect(stored.entries[key]).toBeDefined();
    stored.entries[key] = { ...stored.entries[key], problems: [planted] };
    writeFileSync(cacheFile(), JSON.stringify(stored));
    expect(validate().problems).toContainEqual(planted);
    // The planted verdict was kept for the file, whose text is the same: other code checks it again.
    expect(validate(openValidationCache(cacheFile(), 'other code')).problems).not.toContainEqual(planted);
  });

  it('warns, and gives the run its report, when what it found cannot be kept', () => {
    const folder = (scratch ||= mkdtempSync(join(tmpdir(), 'contested-validation-')));
    // A file where the cache's folder should be: nothing can be written under it.
    writeFileSync(join(folder, 'cache'), '');
    const file = join(folder, 'cache', 'validation.json');
    const warnings: string[] = [];
    const report = validate(openValidationCache(file, 'code', (message) => warnings.push(message)));
    expect(report.problems.length).toBeGreaterThan(0);
    expect(warnings).toEqual([expect.stringContaining(`was not kept for the next run (${file})`)]);
  });

  it('keeps only the files of the last run', () => {
    validate();
    const count = () =>
      Object.keys((JSON.parse(readFileSync(cacheFile(), 'utf8')) as { entries: object }).entries).length;
    const before = count();
    validateContentFiles(files().slice(1), { today: TODAY, cache: openValidationCache(cacheFile(), 'code') });
    expect(count()).toBe(before - 1);
  });
});
