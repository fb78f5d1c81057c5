import { buildE2EExtension } from './harness';

/** Builds the extension once for the end-to-end run (with the test-only host grant, see harness.ts). */
export default async function setup(): Promise<void> {
  await buildE2EExtension();
}
