// The frontmatter is read by two parsers (see the top of frontmatter.ts): js-yaml for the data, `yaml`
// for lines and for what js-yaml refuses. These tests hold them to the same data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateContent } from '../bench/generate.ts';
import { FRONTMATTER, isFailure, linesOf, parseEntry } from './frontmatter.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every entry file under `folder`, with its path. */
function entryFiles(folder: string): { path: string; text: string }[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx'))
    .map((path) => ({ path: `${folder}/${path}`, text: readFileSync(join(root, folder, path), 'utf8') }));
}

/** The frontmatter as each parser reads it: its data, or that it refuses it. */
function bothReadings(yaml: string) {
  const document = parseDocument(yaml, { schema: 'core' });
  let quick: unknown;
  try {
    quick = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    quick = 'refused';
  }
  return { placed: document.errors.length > 0 ? 'refused' : (document.toJS() as unknown), quick };
}

describe('frontmatter read quickly', () => {
  it('is the data that yaml reads, in every file of the seed, the fixture site and generated content', () => {
    const files = [
      ...entryFiles('content'),
      ...entryFiles('e2e/fixture-site/content'),
      ...generateContent(300).map(({ path, text }) => ({ path, text })),
    ];
    expect(files.length).toBeGreaterThan(500);
    for (const { path, text } of files) {
      const yaml = FRONTMATTER.exec(text)?.[1] ?? '';
      const { placed, quick } = bothReadings(yaml);
      expect({ path, data: quick }).toStrictEqual({ path, data: placed });
    }
  });

  it('is the data that yaml reads for every kind of value the core schema knows', () => {
    const cases = [
      'a: 012',
      'a: 0o14',
      'a: 0x1F',
      'a: 1e3',
      'a: 1.5e-3',
      'a: .5',
      'a: -.inf',
      'a: .NaN',
      'a: +12',
      'a: 1_000',
      'a: ~',
      'a: null',
      'a: Null',
      'a:',
      'a: true',
      'a: True',
      'a: yes',
      'a: on',
      'a: 2023-11-09',
      'a: 2023-02-30',
      'a: 2023-11-09T10:00:00Z',
      'a: 10:30',
      "a: '2023-11-09'",
      'a: "quoted \\u0041"',
      "a: 'it''s'",
      'a: |\n  one\n  two\n',
      'a: >\n  folded\n  text\n\n  para\n',
      'a: |-\n  x\n',
      'a: [1, two, "3"]',
      'a: {b: 1, c: [x]}',
      'a:\n  - b: 1\n    c: 2\n  - d',
      '<<: {b: 1}\nc: 2',
      'a: &x 1\nb: *x',
      'a: !!str 12',
      'a: x # a comment',
      'a: x\n  y',
      'a: x:y',
      'a: -',
      '1: one',
      'title: Україна заявила',
      'a: 12345678901234567890',
      'a: 1\na: 2',
      'a: "unterminated',
      'a: [1, 2',
      'a: b: c',
      '\ta: 1',
      'a: @x',
    ];
    for (const yaml of cases) {
      const { placed, quick } = bothReadings(yaml);
      expect({ yaml, data: quick }).toStrictEqual({ yaml, data: placed });
    }
  });

  it('differs from yaml only where it reads as Astro does, which reads the same files with js-yaml', () => {
    // YAML 1.2 has no binary integers; js-yaml keeps YAML 1.1's, as the content layer sees them.
    expect(bothReadings('a: 0b101')).toEqual({ placed: { a: '0b101' }, quick: { a: 5 } });
    // A key written null: yaml makes it an empty key.
    expect(bothReadings('null: n')).toEqual({ placed: { '': 'n' }, quick: { null: 'n' } });
  });
});

describe('parseEntry', () => {
  const entry = '---\ntitle: A title\nsources:\n  - name: A paper\n    date: 2023-11-09\n---\n\nThe body.\n';

  it('gives the data, the body and the line of each field', () => {
    const parsed = parseEntry(entry);
    if (isFailure(parsed)) throw new Error(parsed.found);
    expect(parsed.data).toEqual({ title: 'A title', sources: [{ name: 'A paper', date: '2023-11-09' }] });
    expect(parsed.body).toBe('\nThe body.\n');
    expect(parsed.bodyLine).toBe(7);
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['sources', 0, 'date'])).toBe(5);
    // A missing field: its nearest ancestor's line, or the opening --- at the top.
    expect(parsed.lineOf(['sources', 0, 'url'])).toBe(4);
    expect(parsed.lineOf(['summary'])).toBe(1);
    expect(linesOf(entry)(['sources', 0, 'date'])).toBe(5);
  });

  it('says where and why YAML does not parse, in the words of yaml, for what js-yaml refuses', () => {
    const twice = parseEntry('---\ntitle: A title\ntitle: Again\n---\n\nProse.\n');
    expect(twice).toMatchObject({ line: 3, allowed: 'valid YAML' });
    expect(isFailure(twice) && twice.found).toMatch(/^YAML that does not parse \(Map keys must be unique/);
    expect(parseEntry('---\n- a list\n---\n\nProse.\n')).toEqual({
      line: 1,
      found: 'no fields',
      allowed: 'a YAML mapping of fields',
    });
    expect(parseEntry('Prose alone.\n')).toMatchObject({ line: 1, found: 'no frontmatter block' });
  });
});
