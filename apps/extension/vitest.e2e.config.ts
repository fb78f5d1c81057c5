import { defineConfig } from 'vitest/config';

/** End-to-end: the built extension in real Chromium, a fixture agency site and the real API, all on 127.0.0.1. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
