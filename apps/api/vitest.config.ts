import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The CLI tests run the real `openita` process (about a second each on a busy two-core machine), the audit tests
// serve whole fixture sites over HTTP and the API tests start real servers on PGlite (seconds each): timeouts are
// generous — speed is measured by `pnpm bench`, not by tests.
export default defineConfig({
  resolve: {
    // One graphql instance: Node loads graphql's CommonJS main for Pothos and yoga; make Vite use the same file.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two cores: PGlite instances are heavy; run files two at a time.
    maxWorkers: 2,
  },
});
