import { defineConfig } from 'vitest/config';

// The CLI tests run the real `openita` process (about a second each on a busy two-core machine) and the audit tests
// serve whole fixture sites over HTTP: timeouts are generous — speed is measured by `pnpm bench`, not by tests.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
