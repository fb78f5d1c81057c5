/** Bearer tokens → viewers, with a short cache (revocations through this server take effect at once). */
import { authenticate, type Db, markTokenUsed, type Viewer } from '@openita/schema';

const TTL_MS = 10_000;

export class TokenAuth {
  private cache = new Map<string, { viewer: Viewer | null; until: number }>();
  constructor(private readonly db: Db) {}

  /** null: no Authorization header; 'invalid': a token that is unknown, revoked or expired. */
  async fromHeader(header: string | undefined): Promise<Viewer | null | 'invalid'> {
    if (!header) return null;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m?.[1]) return 'invalid';
    const secret = m[1];
    const now = Date.now();
    const hit = this.cache.get(secret);
    if (hit && hit.until > now) return hit.viewer ?? 'invalid';
    const viewer = await authenticate(this.db, secret);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(secret, { viewer, until: now + TTL_MS });
    if (viewer?.kind === 'token') markTokenUsed(this.db, viewer.tokenId).catch(() => {});
    return viewer ?? 'invalid';
  }

  /** Forget a token at once (after it is revoked). */
  forget(tokenId: string): void {
    for (const [k, v] of this.cache) if (v.viewer?.kind === 'token' && v.viewer.tokenId === tokenId) this.cache.delete(k);
  }
}
