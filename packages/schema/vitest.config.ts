import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql instance: Node loads graphql's CommonJS main for Pothos; make Vite use the same file.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // PGlite starts in seconds; each test file shares one instance.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
