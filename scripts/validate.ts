// npm run validate [-- <content folder>] [--base <git revision>]: checks all content with the same
// rules as the build, without building, and prints every problem, one per line. Exit code 1 when there
// is any. With --base, a claim whose status differs from that revision's must record the change in a
// new dated update. Under GitHub Actions each problem is also an error annotation on its line.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { todayUtc } from '../src/lib/dates.ts';
import { buildSettings } from '../src/lib/site.ts';
import { formatGithubAnnotation } from '../src/lib/content/problems.ts';
import { readContentFiles, readContentFilesAt, validationReport } from '../src/lib/content/validate.ts';

const { values, positionals } = parseArgs({ options: { base: { type: 'string' } }, allowPositionals: true });
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

const report = validationReport(readContentFiles(contentPath, contentDir), contentDir, {
  today: todayUtc(),
  previous,
});
for (const line of report.lines) (report.ok ? console.log : console.error)(line);
if (process.env['GITHUB_ACTIONS'] === 'true')
  for (const problem of report.problems) console.log(formatGithubAnnotation(problem));
process.exit(report.ok ? 0 : 1);
