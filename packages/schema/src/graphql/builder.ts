/**
 * The one Pothos builder every type file extends. Plugins: scope-auth (roles), errors (validation failures
 * as data, with field paths), relay (global ids, node, connections).
 */
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { CAN } from '../domain/viewer.js';
import type { Context } from './context.js';

export interface AuthScopes {
  /** Published scores: anyone when public read is on, otherwise any token. */
  public: boolean;
  /** Any valid token: scores, evidence, reviews. */
  read: boolean;
  /** auditor, admin: submit evidence. */
  submit: boolean;
  /** reviewer, admin: review evidence. */
  review: boolean;
  /** admin: agencies, imports, tokens. */
  admin: boolean;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    Upload: { Input: File; Output: never };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      public: ctx.publicRead || CAN.read(ctx.viewer),
      read: CAN.read(ctx.viewer),
      submit: CAN.submit(ctx.viewer),
      review: CAN.review(ctx.viewer),
      admin: CAN.admin(ctx.viewer),
    }),
    unauthorizedError: (_parent, ctx, info) =>
      new GraphQLError(
        ctx.viewer.kind === 'anonymous'
          ? `${info.parentType.name}.${info.fieldName} needs an API token (Authorization: Bearer …)`
          : `${info.parentType.name}.${info.fieldName} is not allowed for the ${ctx.viewer.kind === "token" ? ctx.viewer.role : ctx.viewer.kind} role`,
        { extensions: { code: ctx.viewer.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' } },
      ),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeQueryOptions: { description: 'Any object by its global id.' },
    nodesQueryOptions: { description: 'Objects by their global ids (null for each id not found or not visible).' },
  },
  errors: { defaultTypes: [] },
});

builder.queryType({ description: 'Read scores, rankings, agencies and evidence.' });
builder.mutationType({ description: 'Submit and review evidence, import assessments, administer agencies and tokens.' });
