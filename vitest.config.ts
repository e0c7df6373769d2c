import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        // Builds throwaway sites from fixture content: slow, so apart from the unit tests.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one Chromium at a time keeps timings stable.
          fileParallelism: false,
          // The keyboard walk of /carte/integrer/ (a lazily loaded frame) lost focus in one of two clean-clone
          // runs; with one retry a real failure still fails, twice. TODO(#18): find the cause and remove the retry.
          retry: 1,
        },
      },
    ],
  },
});
