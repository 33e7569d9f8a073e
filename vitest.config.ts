/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Dates are compared as days in UTC; pin the zone so no test can pass only on some machines.
    env: { TZ: 'UTC' },
  },
});
