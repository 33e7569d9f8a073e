// One fixture per class of content failure (src/lib/content/__fixtures__/bad/<case>/): files laid over
// a small valid content set, and expected.json naming the file, field, what is found and what is
// allowed. Each case runs through what `npm run validate` prints and through what the build runs.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertValidContent, ContentValidationError } from '../../integrations/content-validation.ts';
import { validationReport } from './validate.ts';

const TODAY = '2024-06-01';
const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Expected {
  file: string;
  field: string;
  found: string;
  allowed: string;
}

/** A content folder holding the good set with the named bad cases laid over it. */
function contentWith(...cases: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'contested-bad-'));
  cpSync(join(fixtures, 'good'), dir, { recursive: true });
  for (const name of cases) {
    cpSync(join(fixtures, 'bad', name), dir, {
      recursive: true,
      filter: (source) => !source.endsWith('expected.json'),
    });
  }
  return dir;
}

const cases = readdirSync(join(fixtures, 'bad')).sort();

describe('bad content', () => {
  it('has a fixture for every class of failure', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it('starts from a good set that passes', () => {
    expect(validationReport(contentWith(), 'content', TODAY)).toEqual({
      ok: true,
      lines: ['content: 2 claims and 3 actors, all valid.'],
    });
  });

  describe.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expected.json'), 'utf8')) as Expected;
    const matches = (line: string): boolean => {
      const [found = '', ...allowed] = line.split('; allowed ');
      return (
        found.startsWith(`${expected.file}: ${expected.field}: found `) &&
        found.includes(expected.found) &&
        allowed.join('; allowed ').includes(expected.allowed)
      );
    };

    it('is reported by npm run validate as one problem naming file and field', () => {
      const report = validationReport(contentWith(name), 'content', TODAY);
      expect(report.ok).toBe(false);
      expect(report.lines).toHaveLength(2);
      expect(report.lines[0], report.lines[0]).toSatisfy(matches);
      expect(report.lines[1]).toBe('1 problem in 1 file.');
    });

    it('fails the build with the same message', () => {
      let lines: readonly string[] = [];
      try {
        assertValidContent(contentWith(name), { today: TODAY });
      } catch (error) {
        if (error instanceof ContentValidationError) lines = error.lines;
      }
      expect(lines).toEqual(validationReport(contentWith(name), 'content', TODAY).lines.slice(0, -1));
    });
  });
});

describe('the validate command', () => {
  it('reports every problem in a file set in one run, and exits 1', () => {
    const dir = contentWith('actor-kind-typo', 'status-typo', 'wrong-extension');
    const result = spawnSync(process.execPath, ['scripts/validate.ts', dir], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.map((line) => line.split(': found')[0]?.replace(dir, 'content'))).toEqual([
      'content/claims/bad-claim.md: file',
      'content/claims/bad-claim.mdx: status',
      'content/actors/bad-actor.mdx: kind',
      '3 problems in 3 files.',
    ]);
  });

  it('passes the real content and exits 0', () => {
    const result = spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the build', () => {
  it('stops on bad content with the validator’s messages, before rendering anything', () => {
    const dir = contentWith('mdx-script', 'actor-kind-typo');
    const outDir = mkdtempSync(join(tmpdir(), 'contested-out-'));
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: outDir, CACHE_DIR: join(outDir, '.cache') },
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`${dir}/claims/bad-claim.mdx: body, line 14: found a <script> element; allowed Markdown`);
    expect(output).toContain(`${dir}/actors/bad-actor.mdx: kind: found "goverment"`);
    expect(readdirSync(outDir).filter((file) => file.endsWith('.html'))).toEqual([]);
  }, 60_000);
});
