import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit tests run against WXT's fake browser (storage, runtime messaging, tabs, alarms in memory).
 * The end-to-end tests (test/e2e) drive the built extension in real Chromium: `pnpm test:e2e`.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**'],
    testTimeout: 20_000,
  },
});
