/**
 * SIGKILL during 500 concurrent submissions: after a restart every answered submission is there, its captured page
 * re-hashed, the audit chain verifies, and retrying with the same idempotency keys creates each missing one exactly
 * once. The same run is `pnpm durability` (and part of `pnpm bench`), which prints the figures.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { durabilityOk, runDurability } from '../scripts/durability.mjs';
import { BACKENDS } from './helpers.js';

describe.each(BACKENDS)('durability on $name', (backend) => {
  it('loses nothing that was answered when the server is killed mid-load', { timeout: 300_000 }, async () => {
    const r = await runDurability(backend.databaseUrl ? { backend: 'postgres', databaseUrl: backend.databaseUrl } : { backend: 'pglite' });
    expect(r.answered).toBeGreaterThan(0);
    expect(r.lost).toEqual([]);
    expect(r.corrupted).toEqual([]);
    expect(r.intact).toBe(r.answered);
    expect(r.replayed + r.created).toBe(500);
    expect(r.mismatched).toBe(0);
    expect(r.verifyExit).toBe(0);
    expect(durabilityOk(r)).toBe(true);
  });
});
