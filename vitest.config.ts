import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'pipeline',
          include: ['tests/*.test.ts', 'tests/pipeline/**/*.test.ts', 'tests/schema/**/*.test.ts', 'tests/content-fs/**/*.test.ts', 'tests/build/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Builds the bundled briefing once, into tests/.tmp, for the site and browser tests.
          globalSetup: ['tests/helpers/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
