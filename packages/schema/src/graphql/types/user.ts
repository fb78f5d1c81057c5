import { users } from '../../db/tables.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';

export type UserRow = typeof users.$inferSelect;
export const UserRef = builder.objectRef<UserRow>('User');

builder.node(UserRef, {
  description: 'A person or system that holds API tokens: the auditor on evidence, the reviewer on reviews.',
  authScopes: { read: true },
  id: { resolve: (u) => u.id },
  loadOne: (id, ctx: Context) => ctx.loaders.user.load(id),
  fields: (t) => ({
    name: t.exposeString('name'),
    createdAt: t.field({ type: 'DateTime', resolve: (u) => u.createdAt }),
  }),
});

builder.queryFields((t) => ({
  users: t.field({
    type: [UserRef],
    description: 'Everyone who holds a token (for the review queue\'s auditor filter).',
    authScopes: { read: true },
    resolve: async (_r, _a, ctx) => {
      return ctx.db.select().from(users).orderBy(users.name);
    },
  }),
}));
