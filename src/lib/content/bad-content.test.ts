// One fixture per class of content failure (src/lib/content/__fixtures__/bad/<case>/): files laid over
// a small valid content set, and expected.json naming the file, line, field, what is found and what
// is allowed. Each case runs through what `npm run validate` prints, which the build prints too.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles, validationReport } from './validate.ts';

const TODAY = '2024-06-01';
const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Expected {
  file: string;
  line: number;
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

const report = (dir: string) => validationReport(readContentFiles(dir), 'content', { today: TODAY });

const cases = readdirSync(join(fixtures, 'bad')).sort();

describe('bad content', () => {
  it('has a fixture for every class of failure', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it('starts from a good set that passes', () => {
    expect(report(contentWith())).toMatchObject({
      ok: true,
      lines: ['content: 2 claims, 3 actors, 1 incident, 1 place, 2 editors and 2 translations, all valid.'],
    });
  });

  describe.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expected.json'), 'utf8')) as Expected;
    const matches = (line: string): boolean => {
      const [found = '', ...allowed] = line.split('; allowed ');
      return (
        found.startsWith(`${expected.file}:${expected.line}: ${expected.field}: found `) &&
        found.includes(expected.found) &&
        allowed.join('; allowed ').includes(expected.allowed)
      );
    };

    it('is reported by npm run validate as one problem naming file, line and field', () => {
      const { ok, lines } = report(contentWith(name));
      expect(ok).toBe(false);
      expect(lines).toHaveLength(2);
      expect(lines[0], lines[0]).toSatisfy(matches);
      expect(lines[1]).toBe('1 problem in 1 file.');
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
      'content/claims/bad-claim.md:1: file',
      'content/claims/bad-claim.mdx:6: status',
      'content/actors/bad-actor.mdx:3: kind',
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
  it('stops on bad content printing exactly what npm run validate prints, before rendering anything', () => {
    const dir = contentWith('mdx-script', 'actor-kind-typo');
    const outDir = mkdtempSync(join(tmpdir(), 'contested-out-'));
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: outDir, CACHE_DIR: join(outDir, '.cache') },
    });
    const validate = spawnSync(process.execPath, ['scripts/validate.ts', dir], { cwd: root, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(validate.stderr).toContain(
      `${dir}/claims/bad-claim.mdx:16: body: found a <script> element; allowed Markdown`,
    );
    expect(validate.stderr).toContain(`${dir}/actors/bad-actor.mdx:3: kind: found "goverment"`);
    // No wrapper, no stack trace: the contributor's problems are all the build has to say on stderr.
    expect(result.stderr).toBe(validate.stderr);
    expect(result.stdout).not.toMatch(/unhandled error|Stack trace|\bat .*\.ts:\d+/i);
    expect(readdirSync(outDir).filter((file) => file.endsWith('.html'))).toEqual([]);
  }, 60_000);
});
