/** The web UI's own queries (src/graphql/*.graphql) are valid against the API's checked-in SDL. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = buildSchema(readFileSync(require.resolve('@openita/schema/schema.graphql'), 'utf8'));
const dir = join(__dirname, '..', '..', 'src', 'graphql');
const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));

describe('local GraphQL documents', () => {
  it('there are some', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('%s validates against the SDL', (f) => {
    const errors = validate(schema, parse(readFileSync(join(dir, f), 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
