// npm run validate [-- <content folder>]: checks all content with the same rules as the build, without
// building, and prints every problem, one per line. Exit code 1 when there is any.
import { resolve } from 'node:path';
import { todayUtc } from '../src/lib/dates.ts';
import { buildSettings } from '../src/lib/site.ts';
import { validationReport } from '../src/lib/content/validate.ts';

const contentDir = process.argv[2] ?? buildSettings().contentDir;
const report = validationReport(resolve(contentDir), contentDir.replace(/\/+$/, ''), todayUtc());
for (const line of report.lines) (report.ok ? console.log : console.error)(line);
process.exit(report.ok ? 0 : 1);
