/** The checked-in SDL is the contract the web UI and the extension build against: it must match the schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSdl } from '../src/graphql/schema.js';

const root = new URL('..', import.meta.url);

describe('schema.graphql', () => {
  it('matches the Pothos schema (run `pnpm --filter @openita/schema build && pnpm --filter @openita/schema print-schema` after a change)', () => {
    const checkedIn = readFileSync(new URL('schema.graphql', root), 'utf8');
    expect(printSdl()).toBe(checkedIn);
  });

  it('validates every client document', () => {
    const schema = buildSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
    const dir = new URL('src/client/documents/', root);
    const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    const all = files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
    const errors = validate(schema, parse(all));
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
});
