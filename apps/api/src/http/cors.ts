/** CORS: the web UI's origins and browser extensions (chrome-extension://, moz-extension://), nothing else. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CorsPolicy {
  origins: string[];
  /** Extension ids allowed; empty: any extension. */
  extensionIds: string[];
}

export function originAllowed(origin: string, policy: CorsPolicy, ownOrigin: string | null): boolean {
  if (origin === ownOrigin || policy.origins.includes(origin)) return true;
  const m = /^(chrome-extension|moz-extension):\/\/([a-z0-9-]+)$/i.exec(origin);
  if (!m?.[2]) return false;
  return policy.extensionIds.length === 0 || policy.extensionIds.includes(m[2]);
}

/**
 * Sets CORS headers for an allowed origin. Answers preflight requests itself (204, or 403 for an origin
 * that is not allowed) and returns true when it did.
 */
export function handleCors(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy, ownOrigin: string | null): boolean {
  const origin = req.headers.origin;
  const allowed = origin ? originAllowed(origin, policy, ownOrigin) : false;
  if (origin && allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    if (!allowed) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('origin not allowed');
      return true;
    }
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type, accept, graphql-require-preflight, apollo-require-preflight, x-apollo-operation-name, x-request-id',
      'access-control-max-age': '600',
    });
    res.end();
    return true;
  }
  return false;
}
