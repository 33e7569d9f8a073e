// Makes sure the browser tests have a Chromium: Playwright's own if installed, else the system's,
// else `playwright install chromium`, else (root on Debian or Ubuntu) `apt-get install chromium`.
// Set CHROMIUM_PATH to use a particular binary.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { BROWSER_ENV, findChromium } from './browser.ts';

function run(command: string, args: string[]): boolean {
  console.log(`contested: running ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const override = process.env[BROWSER_ENV];
if (override && !existsSync(override)) {
  console.error(`contested: ${BROWSER_ENV} is set to ${override}, but there is no file there.`);
  process.exit(1);
}

let found = findChromium();
if (!found) {
  // Playwright's download works where its CDN is reachable; it fails fast where it is not.
  run('npx', ['playwright', 'install', 'chromium']);
  found = findChromium();
}
if (!found && process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
    found = findChromium();
  }
}
if (!found) {
  console.error(
    'contested: no Chromium for the browser tests. Run `npx playwright install chromium`, ' +
      `or install Chromium (Debian/Ubuntu: \`sudo apt-get install chromium\`), or set ${BROWSER_ENV} to a Chromium binary.`,
  );
  process.exit(1);
}
console.log(
  `contested: browser tests use ${found.source === 'playwright' ? "Playwright's Chromium" : found.executablePath}`,
);
