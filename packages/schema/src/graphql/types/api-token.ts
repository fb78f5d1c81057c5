import { desc, isNull } from 'drizzle-orm';
import { apiTokens } from '../../db/tables.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import { createToken, revokeToken, type TokenRow } from '../../domain/tokens.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { idOf } from '../util.js';
import { AgencyRef } from './agency.js';
import { UserRef } from './user.js';
import { eq } from 'drizzle-orm';

export const RoleEnum = builder.enumType('Role', {
  values: {
    READER: { value: 'reader', description: 'Reads scores, evidence and reviews.' },
    AUDITOR: { value: 'auditor', description: 'Reads; submits evidence.' },
    REVIEWER: { value: 'reviewer', description: 'Reads; reviews evidence.' },
    ADMIN: { value: 'admin', description: 'Everything: agencies, imports, tokens, and the above.' },
  } as const,
});

export const ApiTokenRef = builder.objectRef<TokenRow>('ApiToken');

builder.node(ApiTokenRef, {
  description: 'An API token (the secret itself is shown once, at creation, and never stored).',
  authScopes: { admin: true },
  id: { resolve: (t) => t.id },
  loadOne: async (id, ctx: Context) => (await ctx.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0] ?? null,
  fields: (t) => ({
    label: t.exposeString('label'),
    role: t.field({ type: RoleEnum, resolve: (x) => x.role as never }),
    user: t.field({ type: UserRef, resolve: async (x, _a, ctx) => (await ctx.loaders.user.load(x.userId)) as never }),
    prefix: t.exposeString('prefix', { description: 'The secret\'s first characters, to tell tokens apart.' }),
    agencies: t.field({
      type: [AgencyRef],
      nullable: true,
      description: 'The agencies the token is limited to; null: all.',
      resolve: async (x, _a, ctx) => (x.agencyIds ? ((await ctx.loaders.agency.loadMany(x.agencyIds)).filter((a) => a && !(a instanceof Error)) as never) : null),
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (x) => x.createdAt }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.expiresAt }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.revokedAt }),
    lastUsedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.lastUsedAt }),
  }),
});

builder.queryFields((t) => ({
  apiTokens: t.field({
    type: [ApiTokenRef],
    authScopes: { admin: true },
    args: { includeRevoked: t.arg.boolean({ defaultValue: false }) },
    resolve: (_r, a, ctx) =>
      ctx.db
        .select()
        .from(apiTokens)
        .where(a.includeRevoked ? undefined : isNull(apiTokens.revokedAt))
        .orderBy(desc(apiTokens.createdAt)),
  }),
}));

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    user: t.string({ required: true, description: 'The person or system the token is for (created when new).' }),
    label: t.string(),
    role: t.field({ type: RoleEnum, required: true }),
    agencies: t.idList({ description: 'Limit the token to these agencies (not for admin tokens).' }),
    expiresAt: t.field({ type: 'DateTime' }),
  }),
});

const CreateApiTokenPayload = builder.objectRef<{ token: TokenRow; secret: string }>('CreateApiTokenPayload').implement({
  fields: (t) => ({
    token: t.field({ type: ApiTokenRef, resolve: (p) => p.token }),
    secret: t.exposeString('secret', { description: 'The bearer secret. Shown this once; only its hash is stored.' }),
  }),
});

const RevokeApiTokenPayload = builder.objectRef<{ token: TokenRow }>('RevokeApiTokenPayload').implement({
  fields: (t) => ({ token: t.field({ type: ApiTokenRef, resolve: (p) => p.token }) }),
});

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreateApiTokenPayload,
    authScopes: { admin: true },
    errors: { types: [ValidationError], directResult: true, union: { name: 'CreateApiTokenResult' } },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      createToken(
        ctx.db,
        ctx.viewer,
        {
          userName: input.user,
          label: input.label ?? '',
          role: input.role as string,
          agencyIds: input.agencies ? input.agencies.map((a, k) => idOf(String(a), 'Agency', `input.agencies.${k}`)) : null,
          expiresAt: input.expiresAt ?? null,
        },
        { userName: 'input.user', role: 'input.role', agencies: 'input.agencies', expiresAt: 'input.expiresAt' },
      ),
  }),
  revokeApiToken: t.field({
    type: RevokeApiTokenPayload,
    authScopes: { admin: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'RevokeApiTokenResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const token = await revokeToken(ctx.db, ctx.viewer, idOf(String(a.id), 'ApiToken', 'id'));
      ctx.onTokenRevoked?.(token.id);
      return { token };
    },
  }),
}));
