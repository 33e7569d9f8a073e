/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Dates are compared as days in UTC; pin the zone so no test can pass only on some machines.
    env: { TZ: 'UTC' },
    globalSetup: ['./e2e/scratch-folder.ts'],
    projects: [
      // Pure code and content rules: run before anything is built.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      // Checks over the files of both built sites (dist/, dist-fixture/): run after the builds.
      { extends: true, test: { name: 'built', include: ['e2e/files/**/*.test.ts'] } },
    ],
  },
});
