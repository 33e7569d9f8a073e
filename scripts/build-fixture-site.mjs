// Builds the end-to-end tests' fixture site (e2e/fixture-site/) into dist-fixture/.
import { spawnSync } from 'node:child_process';
import { FIXTURE_ENV } from '../e2e/fixture-site/settings.mjs';

const { status } = spawnSync('npx', ['astro', 'build', '--silent'], {
  stdio: 'inherit',
  env: { ...process.env, ...FIXTURE_ENV },
});
process.exit(status ?? 1);
