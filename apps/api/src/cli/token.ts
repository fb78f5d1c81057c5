/** `openita token create|list|revoke`: API tokens at the console (the secret is printed once). */
import { agencyIdsBySlug, createToken, listTokens, revokeToken, ROLES, system, ValidationError } from '@openita/schema';
import { loadConfig } from '../config.js';
import { openConfiguredDatabase } from '../database.js';
import { EXIT, err, out, UsageError } from './io.js';

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

export async function tokenCreateCommand(opts: { role: string; name: string; label?: string; agency?: string[]; expires?: string; json?: boolean }): Promise<number> {
  if (!ROLES.includes(opts.role as never)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const expiresAt = opts.expires ? new Date(opts.expires) : null;
  if (expiresAt && Number.isNaN(expiresAt.getTime())) throw new UsageError('--expires must be a date (2026-12-31)');
  return withDb(async (db) => {
    try {
      const agencyIds = opts.agency?.length ? await resolveAgencies(db, opts.agency) : null;
      const { token, secret } = await createToken(db, system('cli'), { userName: opts.name, label: opts.label ?? '', role: opts.role, agencyIds, expiresAt });
      if (opts.json) out(JSON.stringify({ id: token.id, role: token.role, user: opts.name, secret }, null, 2));
      else {
        out(secret);
        err(`token ${token.id} (${token.role}) for ${opts.name}: the secret above is shown this once`);
      }
      return EXIT.ok;
    } catch (e) {
      if (e instanceof ValidationError) {
        for (const i of e.issues) err(`openita: ${i.path}: ${i.message}`);
        return EXIT.invalid;
      }
      throw e;
    }
  });
}

async function resolveAgencies(db: Parameters<typeof listTokens>[0], slugs: string[]): Promise<string[]> {
  const found = await agencyIdsBySlug(db, slugs);
  const missing = slugs.filter((s) => !found.has(s));
  if (missing.length) throw new UsageError(`unknown agency slug(s): ${missing.join(', ')}`);
  return slugs.map((s) => found.get(s) as string);
}

export async function tokenListCommand(opts: { json?: boolean; all?: boolean }): Promise<number> {
  return withDb(async (db) => {
    const rows = await listTokens(db, opts.all ?? false);
    if (opts.json) out(JSON.stringify(rows, null, 2));
    else
      for (const r of rows)
        out(`${r.id}  ${r.role.padEnd(8)} ${r.prefix}…  ${r.userName}${r.label ? ` (${r.label})` : ''}${r.revokedAt ? '  REVOKED' : ''}${r.agencyIds ? `  agencies: ${r.agencyIds.length}` : ''}`);
    return EXIT.ok;
  });
}

export async function tokenRevokeCommand(id: string): Promise<number> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new UsageError('give the token id (openita token list)');
  return withDb(async (db) => {
    try {
      await revokeToken(db, system('cli'), id);
      out(`revoked ${id}`);
      return EXIT.ok;
    } catch (e) {
      if ((e as Error).name === 'NotFoundError') {
        err(`openita: no token ${id}`);
        return EXIT.invalid;
      }
      throw e;
    }
  });
}
