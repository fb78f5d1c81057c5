import { defineConfig } from 'vitest/config';

// Two projects: unit tests (pure functions, fast) and end-to-end tests (the real API on PGlite, started once for
// the run by test/e2e/global-setup.ts, and Debian's Chromium). End-to-end files run one at a time: each drives a
// browser, and the machine has two cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          pool: 'forks',
          // What the UI shows "eventually" gets 10 s, not vitest's 1 s: on a loaded two-core CI machine a page's
          // first data can take longer than a second (a sign-in once failed so).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
