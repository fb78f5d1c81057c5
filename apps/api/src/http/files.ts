/**
 * Captured pages and screenshots for browsers, which cannot send a bearer header from <iframe src> or
 * <img src>: signed URLs (HMAC-SHA256 over evidence id, kind and expiry, with a secret kept in the
 * database so that every instance and restart agrees). The captured page is served with a CSP sandbox
 * without allow-scripts: a captured page's scripts never run.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { captureOf, type Db, getOrCreateSetting } from '@openita/schema';

export const URL_TTL_SECONDS = 15 * 60;

export class FileSigner {
  constructor(private readonly secret: Buffer) {}

  static async fromDatabase(db: Db): Promise<FileSigner> {
    const value = await getOrCreateSetting(db, 'file-url-secret', () => randomBytes(32).toString('hex'));
    return new FileSigner(Buffer.from(value, 'hex'));
  }

  private sig(id: string, kind: string, exp: number): string {
    return createHmac('sha256', this.secret).update(`${id}\n${kind}\n${exp}`).digest('base64url');
  }

  path(id: string, kind: 'capture' | 'screenshot', now = Date.now()): string {
    const exp = Math.floor(now / 1000) + URL_TTL_SECONDS;
    return `/files/evidence/${id}/${kind}?exp=${exp}&sig=${this.sig(id, kind, exp)}`;
  }

  verify(id: string, kind: string, exp: string | null, sig: string | null): boolean {
    if (!exp || !sig || !/^\d+$/.test(exp) || Number(exp) < Date.now() / 1000) return false;
    const want = Buffer.from(this.sig(id, kind, Number(exp)));
    const got = Buffer.from(sig);
    return want.length === got.length && timingSafeEqual(want, got);
  }
}

const FILE_PATH = /^\/files\/evidence\/([0-9a-f-]{36})\/(capture|screenshot)$/;

/** Handles GET /files/evidence/:id/(capture|screenshot); returns false when the path is not one of these. */
export async function serveFile(db: Db, signer: FileSigner, url: URL, res: ServerResponse, frameAncestors: string[]): Promise<boolean> {
  const m = FILE_PATH.exec(url.pathname);
  if (!m) return false;
  const [, id, kind] = m as unknown as [string, string, 'capture' | 'screenshot'];
  if (!signer.verify(id, kind, url.searchParams.get('exp'), url.searchParams.get('sig'))) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('link expired or invalid: ask the API for a new one');
    return true;
  }
  const capture = await captureOf(db, id);
  if (!capture || (kind === 'screenshot' && !capture.screenshot)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return true;
  }
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'private, max-age=300',
    'cross-origin-resource-policy': 'cross-origin',
  };
  if (kind === 'capture') {
    res.writeHead(200, {
      ...common,
      'content-type': 'text/html; charset=utf-8',
      // No allow-scripts: the captured page's scripts never run, and it cannot reach the API's origin.
      'content-security-policy': `sandbox; default-src 'none'; img-src http: https: data:; style-src http: https: 'unsafe-inline'; font-src http: https: data:; frame-ancestors ${['\'self\'', ...frameAncestors].join(' ')}`,
    });
    res.end(capture.html);
  } else {
    res.writeHead(200, { ...common, 'content-type': capture.screenshotType ?? 'application/octet-stream' });
    res.end(Buffer.from(capture.screenshot as Uint8Array));
  }
  return true;
}
