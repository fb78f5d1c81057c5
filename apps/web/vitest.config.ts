import { defineConfig } from 'vitest/config';

// Unit tests (pure functions) and end-to-end tests (real API on PGlite, real Chromium). The end-to-end files run one
// at a time: each starts a server and a browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
