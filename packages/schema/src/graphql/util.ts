import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { issueOf, ValidationError } from '../domain/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id inside a global id of the given type(s); a ValidationError naming the path otherwise. */
export function idOf(globalId: string, typename: string | string[], path: string): string {
  const types = Array.isArray(typename) ? typename : [typename];
  try {
    const { typename: t, id } = decodeGlobalID(globalId);
    if (types.includes(t) && UUID.test(id)) return id;
  } catch {
    // fall through
  }
  throw new ValidationError([issueOf(path, 'invalid-id', `not a ${types.join(' or ')} id: "${globalId}"`, `ไม่ใช่รหัส ${types.join(' หรือ ')}: "${globalId}"`)]);
}

/** Same, for queries: a GraphQL error (shown to the client, not masked). */
export function queryIdOf(globalId: string, typename: string | string[], argument: string): string | null {
  try {
    return idOf(globalId, typename, argument);
  } catch {
    return null;
  }
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function cursorOf(n: number): string {
  return Buffer.from(`seq:${n}`).toString('base64url');
}

export function seqOfCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const m = /^seq:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput(`invalid cursor "${cursor}"`);
  return Number(m[1]);
}

export function offsetCursor(n: number): string {
  return Buffer.from(`offset:${n}`).toString('base64url');
}

export function offsetOfCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const m = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput(`invalid cursor "${cursor}"`);
  return Number(m[1]);
}

/** Forward pagination limits: `first` between 1 and max (default def). */
export function pageSize(first: number | null | undefined, def: number, max: number): number {
  if (first == null) return def;
  if (first < 0 || first > max) throw badInput(`first must be between 0 and ${max}`);
  return first;
}
