// `npm run validate -- --base <revision>`: a verdict never changes silently. Each case commits the
// good fixture content to a temporary git repository, changes a claim, and runs the real command.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const good = join(root, 'src/lib/content/__fixtures__/good');
const CLAIM = 'claims/missile-shot-down.mdx';

const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'ignore' });

/** Commits everything in the repository. */
function commit(repo: string, message: string) {
  git(repo, 'add', '.');
  git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', message);
}

/**
 * A git repository whose main branch holds the good content under content/, with a branch checked
 * out for a pull request's changes, as a contributor's clone has.
 */
function repository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'contested-git-'));
  cpSync(good, join(repo, 'content'), { recursive: true });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  commit(repo, 'content');
  git(repo, 'checkout', '--quiet', '-b', 'proposal');
  return repo;
}

/** Commits a change to the claim's frontmatter: the status becomes disputed, with the denial that allows it. */
function dispute(repo: string, extra = '') {
  const path = join(repo, 'content', CLAIM);
  const text = readFileSync(path, 'utf8').replace(
    'status: unverified\n',
    // Reviewed by a second editor, as any status above unverified must be; the tests here are of the update.
    `status: disputed\nresponses:\n  - actor: government-b\n    stance: denies\n    date: 2024-01-11\n    note: Government B denied it.\nwrittenBy: editor-a\nreviews:\n  - by: editor-b\n    date: 2024-01-20\n    note: Checked the denial.\n${extra}`,
  );
  writeFileSync(path, text);
  commit(repo, 'a status changed');
}

function validate(repo: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(root, 'scripts/validate.ts'), 'content', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
}

describe('npm run validate -- --base', () => {
  it('fails a status change that records no new dated update, naming file, line and field', () => {
    const repo = repository();
    dispute(repo);
    expect(validate(repo, []).status).toBe(0);
    const result = validate(repo, ['--base', 'main']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `content/${CLAIM}:6: status: found "disputed", changed from "unverified" with no new update recording it; allowed a status change together with a new entry in updates`,
    );
  });

  it('passes the same change with a new update that records the new status', () => {
    const repo = repository();
    dispute(repo, 'updates:\n  - date: 2024-01-12\n    note: Government B denied the claim.\n    status: disputed\n');
    const result = validate(repo, ['--base', 'main']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('passes content whose statuses did not change', () => {
    expect(validate(repository(), ['--base', 'main']).status).toBe(0);
  });

  it('says so when the revision cannot be read', () => {
    const result = validate(repository(), ['--base', 'no-such-branch']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read content at revision "no-such-branch"');
  });

  it("compares with the base's status as written, even where today's rules reject that revision's file", () => {
    const repo = repository();
    const path = join(repo, 'content', CLAIM);
    const valid = readFileSync(path, 'utf8');
    // On main, a claim that today's schema rejects (a field since removed): its status still counts.
    git(repo, 'checkout', '--quiet', 'main');
    writeFileSync(
      path,
      valid.replace('status: unverified\n', 'status: unverified\nretired: a field of an older schema\n'),
    );
    commit(repo, 'an older schema');
    git(repo, 'checkout', '--quiet', '-B', 'proposal');
    writeFileSync(path, valid);
    commit(repo, 'the file brought up to date');
    dispute(repo);
    const result = validate(repo, ['--base', 'main']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'status: found "disputed", changed from "unverified" with no new update recording it',
    );
  });

  it('warns, in one line naming the branch to use, when the base is the very commit being checked', () => {
    const repo = repository();
    git(repo, 'checkout', '--quiet', 'main');
    const result = validate(repo, ['--base', 'main']);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^npm run validate: warning: --base main is the commit checked out.*origin\/main/),
    ]);
  });

  it('says in one line, with no stack trace, that --base needs a revision', () => {
    const result = validate(repository(), ['--base']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'npm run validate: --base needs a git revision: the branch your pull request goes into, such as --base origin/main',
    ]);
  });

  it('annotates each problem for GitHub on its line when run in GitHub Actions', () => {
    const repo = repository();
    dispute(repo);
    const result = validate(repo, ['--base', 'main'], { GITHUB_ACTIONS: 'true' });
    expect(result.stdout).toContain(
      `::error file=content/${CLAIM},line=6,title=status::found "disputed", changed from "unverified"`,
    );
  });
});
