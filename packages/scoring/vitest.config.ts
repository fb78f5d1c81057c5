import { defineConfig } from 'vitest/config';

// The corpus, fuzz and property tests are CPU-bound and share two cores with the other packages' tests in CI:
// timeouts are generous safety nets, not speed goals (speed is measured by `pnpm bench`).
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
