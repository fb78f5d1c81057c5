/**
 * The HTTP server: /graphql (GraphiQL in a browser), /healthz, /readyz, signed capture and screenshot
 * files, and the built web UI at / (with a fallback to index.html for its routes).
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Checker, type Database, ScoreCache, type Viewer } from '@openita/schema';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import sirv from 'sirv';
import type { Config } from './config.js';
import { TokenAuth } from './http/auth.js';
import { type CorsPolicy, handleCors } from './http/cors.js';
import { FileSigner, serveFile } from './http/files.js';
import { createGraphql, requestInfo } from './http/graphql.js';
import type { Logger } from './logger.js';

export interface ServerOptions {
  config: Config;
  database: Database;
  logger: Logger;
  checker?: Checker;
}

export interface RunningServer {
  server: Server;
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  scores: ScoreCache;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

function graphqlError(res: ServerResponse, status: number, message: string, code: string, headers: Record<string, string> = {}): void {
  json(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const { config, database, logger } = o;
  const db = database.db;
  const scores = new ScoreCache();
  const auth = new TokenAuth(db);
  const signer = await FileSigner.fromDatabase(db);
  const cors: CorsPolicy = { origins: config.corsOrigins, extensionIds: config.extensionIds };
  const yoga = createGraphql({
    db,
    scores,
    publicRead: config.publicRead,
    files: signer,
    logger,
    ...(o.checker ? { checker: o.checker } : {}),
    onTokenRevoked: (id) => auth.forget(id),
  });
  const tokenLimiter = config.rateLimit > 0 ? new RateLimiterMemory({ points: config.rateLimit, duration: 60 }) : null;
  const anonLimiter = config.rateLimitAnonymous > 0 ? new RateLimiterMemory({ points: config.rateLimitAnonymous, duration: 60 }) : null;
  const web = existsSync(join(config.webDist, 'index.html')) ? sirv(config.webDist, { single: true, etag: true, gzip: true, brotli: true }) : null;
  if (!web) logger.info({ webDist: config.webDist }, 'no built web UI there: / serves a pointer to /graphql');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const ownOrigin = config.publicUrl ?? (req.headers.host ? `http://${req.headers.host}` : null);
    res.on('finish', () =>
      logger.debug({ method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request'),
    );

    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      try {
        await database.ping();
        return json(res, 200, { status: 'ready', database: database.kind });
      } catch (e) {
        logger.warn({ err: e }, 'readiness: database unreachable');
        return json(res, 503, { status: 'not ready', database: database.kind });
      }
    }
    if (url.pathname.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD')) {
      const frameAncestors = [...config.corsOrigins, ...(config.publicUrl ? [config.publicUrl] : [])];
      if (await serveFile(db, signer, url, res, frameAncestors)) return;
    }
    if (url.pathname === '/graphql') {
      if (handleCors(req, res, cors, ownOrigin)) return;
      if (req.method === 'POST') {
        const length = req.headers['content-length'];
        if (length === undefined) return graphqlError(res, 411, 'a Content-Length header is required', 'LENGTH_REQUIRED');
        if (Number(length) > config.bodyLimitBytes)
          return graphqlError(res, 413, `request body larger than ${Math.round(config.bodyLimitBytes / 1048576)} MB`, 'PAYLOAD_TOO_LARGE');
      }
      const viewer = await auth.fromHeader(req.headers.authorization);
      if (viewer === 'invalid')
        return graphqlError(res, 401, 'unknown, revoked or expired API token', 'UNAUTHENTICATED', { 'www-authenticate': 'Bearer' });
      const limiter = viewer ? tokenLimiter : anonLimiter;
      const key = viewer?.kind === 'token' ? viewer.tokenId : (req.socket.remoteAddress ?? 'unknown');
      if (limiter) {
        try {
          await limiter.consume(key);
        } catch (e) {
          if (e instanceof RateLimiterRes) {
            const retry = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
            return graphqlError(res, 429, `rate limit: at most ${viewer ? config.rateLimit : config.rateLimitAnonymous} requests a minute; retry in ${retry} s`, 'RATE_LIMITED', { 'retry-after': String(retry) });
          }
          throw e;
        }
      }
      const baseUrl = config.publicUrl ?? `http://${req.headers.host ?? `127.0.0.1:${config.port}`}`;
      requestInfo.set(req, { viewer: (viewer ?? { kind: 'anonymous' }) as Viewer, baseUrl });
      await yoga.requestListener(req, res);
      return;
    }
    if (web && (req.method === 'GET' || req.method === 'HEAD')) {
      web(req, res, () => json(res, 404, { error: 'not found' }));
      return;
    }
    if (url.pathname === '/' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>OpenITA</title><p>OpenITA API. The web UI is not built here; GraphQL (and GraphiQL) at <a href="/graphql">/graphql</a>.</p>');
      return;
    }
    json(res, 404, { error: 'not found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      logger.error({ err: e }, 'request failed');
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  logger.info({ port, database: database.kind, location: database.location, publicRead: config.publicRead }, 'OpenITA API listening');
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    scores,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
