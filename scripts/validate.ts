// npm run validate [-- <content folder>] [--base <git revision>]: checks all content with the same
// rules as the build, without building, and prints every problem, one per line. Exit code 1 when there
// is any. With --base, a claim whose status differs from that revision's must record the change in a
// new dated update. Under GitHub Actions each problem is also an error annotation on its line.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { todayUtc } from '../src/lib/dates.ts';
import { buildSettings } from '../src/lib/site.ts';
import { formatGithubAnnotation } from '../src/lib/content/problems.ts';
import { readContentFiles, readContentFilesAt, validationReport } from '../src/lib/content/validate.ts';
import { openValidationCache, validatorCodeKey } from '../src/lib/content/validation-cache.ts';

const USAGE = 'npm run validate [-- <content folder>] [--base <git revision>]';

function parsed() {
  try {
    return parseArgs({ options: { base: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    console.error(
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? 'npm run validate: --base needs a git revision: the branch your pull request goes into, such as --base origin/main'
        : `npm run validate: ${error instanceof Error ? error.message : String(error)}; usage: ${USAGE}`,
    );
    process.exit(2);
  }
}

/** The commit a revision names, or undefined where git cannot say. */
function commitOf(revision: string): string | undefined {
  const answer = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { encoding: 'utf8' });
  return answer.status === 0 ? answer.stdout.trim() : undefined;
}

const { values, positionals } = parsed();
const contentDir = (positionals[0] ?? buildSettings().contentDir).replace(/\/+$/, '');
const contentPath = resolve(contentDir);

let previous;
try {
  previous = values.base === undefined ? undefined : readContentFilesAt(values.base, contentPath, contentDir);
} catch (error) {
  const reason = error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : String(error);
  console.error(`npm run validate: cannot read ${contentDir} at revision "${values.base}": ${reason}`);
  process.exit(2);
}

// A local main compared with itself compares nothing but uncommitted changes: almost always a mistake.
if (values.base !== undefined && commitOf(values.base) !== undefined && commitOf(values.base) === commitOf('HEAD'))
  console.error(
    `npm run validate: warning: --base ${values.base} is the commit checked out, so only changes not yet committed are compared; compare with the branch your pull request goes into, such as --base origin/main`,
  );

// What the last run found in each file, kept where the build keeps its own (CACHE_DIR).
const root = fileURLToPath(new URL('../', import.meta.url));
const cache = openValidationCache(resolve(root, buildSettings().cacheDir, 'validation.json'), validatorCodeKey(root));
const report = validationReport(readContentFiles(contentPath, contentDir), contentDir, {
  today: todayUtc(),
  previous,
  cache,
});
for (const line of report.lines) (report.ok ? console.log : console.error)(line);
if (process.env['GITHUB_ACTIONS'] === 'true')
  for (const problem of report.problems) console.log(formatGithubAnnotation(problem));
process.exit(report.ok ? 0 : 1);
