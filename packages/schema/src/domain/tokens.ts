/**
 * API tokens: a random secret shown once; only its SHA-256 is stored. Each token has a role and may be
 * limited to some agencies. Tokens belong to users (people or systems), whose name appears on evidence
 * and reviews.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { agencies, apiTokens, users } from '../db/tables.js';
import { appendAudit, sha256Hex } from './audit.js';
import { issueOf, NotFoundError, ValidationError } from './errors.js';
import { ROLES, type Role, type Viewer } from './viewer.js';

export const TOKEN_PREFIX = 'oita_';

export function newSecret(): string {
  return TOKEN_PREFIX + randomBytes(24).toString('base64url');
}

export function hashSecret(secret: string): string {
  return sha256Hex(secret);
}

export type TokenRow = typeof apiTokens.$inferSelect;

export interface CreateTokenInput {
  /** The person or system the token is for; created when new. */
  userName: string;
  label?: string;
  role: string;
  agencyIds?: string[] | null;
  expiresAt?: Date | null;
  /** Use this secret instead of a random one (demo and test tokens only). */
  secret?: string;
}

export async function createToken(
  db: Db,
  actor: Viewer | string,
  input: CreateTokenInput,
  paths: { userName?: string; role?: string; agencies?: string; expiresAt?: string } = {},
): Promise<{ token: TokenRow; secret: string }> {
  const issues = [];
  const userName = input.userName.trim();
  if (!userName || userName.length > 200)
    issues.push(issueOf(paths.userName ?? 'userName', 'invalid', 'a name of 1 to 200 characters is required', 'ต้องระบุชื่อ 1–200 ตัวอักษร'));
  if (!ROLES.includes(input.role as Role))
    issues.push(issueOf(paths.role ?? 'role', 'invalid', `role must be one of ${ROLES.join(', ')}`, `บทบาทต้องเป็น ${ROLES.join(', ')}`));
  const agencyIds = input.agencyIds?.length ? [...new Set(input.agencyIds)] : null;
  if (agencyIds && input.role === 'admin')
    issues.push(
      issueOf(paths.agencies ?? 'agencies', 'invalid', 'an admin token cannot be limited to agencies', 'โทเค็นผู้ดูแลระบบจำกัดหน่วยงานไม่ได้'),
    );
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
    issues.push(issueOf(paths.expiresAt ?? 'expiresAt', 'invalid', 'expiry must be in the future', 'วันหมดอายุต้องเป็นอนาคต'));
  if (issues.length) throw new ValidationError(issues);
  if (agencyIds) {
    const found = await db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, agencyIds));
    const missing = agencyIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length)
      throw new ValidationError([
        issueOf(paths.agencies ?? 'agencies', 'unknown-id', `unknown agency ${missing.join(', ')}`, `ไม่พบหน่วยงาน ${missing.join(', ')}`),
      ]);
  }
  const secret = input.secret ?? newSecret();
  return db.transaction(async (tx) => {
    await tx.insert(users).values({ name: userName }).onConflictDoNothing();
    const [user] = await tx.select().from(users).where(eq(users.name, userName));
    if (!user) throw new Error('user not created');
    const [token] = await tx
      .insert(apiTokens)
      .values({
        userId: user.id,
        label: input.label?.trim() || `${input.role} token`,
        role: input.role,
        agencyIds,
        secretHash: hashSecret(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 4),
        expiresAt: input.expiresAt ?? null,
      })
      .returning();
    if (!token) throw new Error('token not created');
    await appendAudit(tx, actor, 'token.create', `token ${token.id}`, {
      user: userName,
      role: token.role,
      agencies: agencyIds,
      label: token.label,
    });
    return { token, secret };
  });
}

export async function revokeToken(db: Db, actor: Viewer | string, tokenId: string): Promise<TokenRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) {
      const [existing] = await tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
      if (!existing) throw new NotFoundError('id', `no token ${tokenId}`);
      return existing;
    }
    await appendAudit(tx, actor, 'token.revoke', `token ${row.id}`, {});
    return row;
  });
}

/** The viewer a bearer secret stands for, or null (unknown, revoked or expired). */
export async function authenticate(db: Db, secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const [row] = await db
    .select({ token: apiTokens, userName: users.name })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.secretHash, hashSecret(secret)));
  if (!row) return null;
  const t = row.token;
  if (t.revokedAt || (t.expiresAt && t.expiresAt.getTime() <= Date.now())) return null;
  return {
    kind: 'token',
    tokenId: t.id,
    userId: t.userId,
    userName: row.userName,
    label: t.label,
    role: t.role as Role,
    agencyIds: t.agencyIds ?? null,
  };
}

/** Records that a token was used (called at most once per cache period per token). */
export async function markTokenUsed(db: Db, tokenId: string): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, tokenId));
}

/** Every token of these users (by user name). */
export async function tokensOfUsers(db: Db, userNames: string[]): Promise<TokenRow[]> {
  if (!userNames.length) return [];
  const rows = await db
    .select({ token: apiTokens })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(inArray(users.name, userNames));
  return rows.map((r) => r.token);
}

/** Tokens with their user's name, newest first; revoked ones only with `all`. */
export async function listTokens(db: Db, all = false): Promise<(TokenRow & { userName: string })[]> {
  const rows = await db
    .select({ token: apiTokens, userName: users.name })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(all ? undefined : isNull(apiTokens.revokedAt))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((r) => ({ ...r.token, userName: r.userName }));
}
