/**
 * The HTTP server: /graphql (GraphiQL in a browser), /healthz, /readyz, signed capture and screenshot
 * files, and the built web UI at / (with a fallback to index.html for its routes).
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { analyze, type Checker, type Database, ScoreCache, type Viewer } from '@openita/schema';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import sirv from 'sirv';
import type { Config } from './config.js';
import { TokenAuth } from './http/auth.js';
import { type CorsPolicy, handleCors } from './http/cors.js';
import { FileSigner, serveFile } from './http/files.js';
import { createGraphql, requestInfo } from './http/graphql.js';
import { workerChecker } from './http/checker.js';
import { ResponseCache } from './http/response-cache.js';
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
  responses: ResponseCache;
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
  const responses = new ResponseCache(db);
  const auth = new TokenAuth(db);
  const signer = await FileSigner.fromDatabase(db);
  const cors: CorsPolicy = { origins: config.corsOrigins, extensionIds: config.extensionIds };
  // The server's re-check of captures runs in a worker thread unless a checker is given (tests may inject one).
  const worker = o.checker ? null : workerChecker(1);
  const checker = o.checker ?? worker?.checker;
  const yoga = createGraphql({
    db,
    scores,
    publicRead: config.publicRead,
    files: signer,
    logger,
    ...(checker ? { checker } : {}),
    onTokenRevoked: (id) => auth.forget(id),
  });
  const tokenLimiter = config.rateLimit > 0 ? new RateLimiterMemory({ points: config.rateLimit, duration: 60 }) : null;
  const anonLimiter = config.rateLimitAnonymous > 0 ? new RateLimiterMemory({ points: config.rateLimitAnonymous, duration: 60 }) : null;
  // PGlite has no autovacuum: refresh the planner's statistics now and then (cheap at this scale).
  const analyzer =
    database.kind === 'pglite'
      ? setInterval(() => {
          analyze(db).catch((e) => logger.warn({ err: e }, 'ANALYZE failed'));
        }, 5 * 60_000)
      : null;
  analyzer?.unref();
  const web = existsSync(join(config.webDist, 'index.html')) ? sirv(config.webDist, { single: true, etag: true, gzip: true, brotli: true }) : null;
  if (!web) logger.info({ webDist: config.webDist }, 'no built web UI there: / serves a pointer to /graphql');

  /** JSON POSTs: served from the response cache when the same token asked the same thing at this generation. */
  async function cachedGraphql(req: IncomingMessage, res: ServerResponse, session: string, baseUrl: string): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    let op: 'query' | 'mutation' | 'subscription' | null = null;
    try {
      const parsed = JSON.parse(body.toString('utf8')) as { query?: unknown; operationName?: unknown };
      if (typeof parsed.query === 'string') op = responses.operationType(parsed.query, typeof parsed.operationName === 'string' ? parsed.operationName : null);
    } catch {
      // yoga answers malformed bodies
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status: number, payload: Buffer, contentType: string, compressed: Buffer | null) => {
      const headers: Record<string, string> = { 'content-type': contentType, vary: 'Origin, Authorization, Accept-Encoding' };
      if (compressed) headers['content-encoding'] = 'gzip';
      res.writeHead(status, headers).end(compressed ?? payload);
    };
    // No generation (the database is unreachable): no caching; yoga answers, with the error masked.
    const generation = op === 'query' ? await responses.generation().catch(() => null) : null;
    const key = generation !== null ? ResponseCache.key(`${session}|${baseUrl}`, body) : null;
    if (key && generation !== null) {
      const hit = responses.get(key, generation);
      if (hit) {
        responses.hits++;
        return send(200, hit.body, 'application/graphql-response+json; charset=utf-8', gzip && hit.body.byteLength > 1024 ? responses.gzipOf(hit) : null);
      }
      responses.misses++;
    }
    const headers = new Headers();
    for (const name of ['content-type', 'accept', 'graphql-require-preflight', 'origin']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    const response = await yoga.fetch(new Request(`http://localhost${req.url ?? '/graphql'}`, { method: 'POST', headers, body }), { req, res });
    const payload = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? 'application/json; charset=utf-8';
    if (op !== 'query') responses.written();
    else if (key && response.status === 200) {
      let ok = false;
      try {
        ok = !(JSON.parse(payload.toString('utf8')) as { errors?: unknown }).errors;
      } catch {
        ok = false;
      }
      if (ok && generation !== null) responses.set(key, generation, payload);
    }
    send(response.status, payload, contentType, gzip && payload.byteLength > 1024 ? gzipSync(payload) : null);
  }

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
      const v = (viewer ?? { kind: 'anonymous' }) as Viewer;
      requestInfo.set(req, { viewer: v, baseUrl });
      const type = req.headers['content-type'] ?? '';
      if (config.responseCache && req.method === 'POST' && type.startsWith('application/json') && Number(req.headers['content-length']) <= 256 * 1024)
        return cachedGraphql(req, res, v.kind === 'token' ? v.tokenId : 'anonymous', baseUrl);
      // GraphiQL, GET requests and multipart uploads go to yoga as they are.
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
  // Idle keep-alive sockets live longer than clients keep them (undici closes 1 s before the advertised timeout):
  // with Node's default 5 s, a busy server could close a socket just as a client reuses it (ECONNRESET).
  server.keepAliveTimeout = 65_000;
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
    responses,
    close: () =>
      new Promise<void>((resolve) => {
        if (analyzer) clearInterval(analyzer);
        server.close(() => {
          if (worker) worker.close().then(resolve, resolve);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
