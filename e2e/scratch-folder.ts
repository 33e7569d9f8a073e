// Vitest's global setup: every temporary folder a test makes (mkdtemp under os.tmpdir(), in the test
// or in a script it runs) goes into one folder for the run, removed when the run ends, so test runs
// do not leave thousands of folders behind in the machine's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'contested-tests-'));
  // Test workers and the processes they start inherit it; os.tmpdir() reads it on every call.
  process.env['TMPDIR'] = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
