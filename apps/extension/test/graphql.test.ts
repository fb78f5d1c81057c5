/**
 * The GraphQL client against a real HTTP server on 127.0.0.1: request shapes (JSON and the multipart upload spec)
 * and how each kind of failure is classified for the submission queue.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, dataUrlToBlob, endpointOf, gqlRequest } from '../src/lib/graphql';

type Handler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => void;
let server: Server;
let base = '';
let handler: Handler = (_q, _b, res) => res.end();
const seen: { headers: IncomingMessage['headers']; body: Buffer; url: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ headers: req.headers, body, url: req.url ?? '' });
      handler(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('gqlRequest', () => {
  it('POSTs JSON to {api}/graphql with the bearer token and operation name', async () => {
    handler = (_q, _b, res) => json(res, 200, { data: { viewer: { name: 'ผู้ตรวจ', role: 'auditor' } } });
    const data = await gqlRequest<{ viewer: { name: string } }, { a: number }>(
      { apiUrl: `${base}/`, token: 'tok' },
      'query ExtensionViewer($a: Int) { viewer { name } }',
      { a: 1 },
    );
    expect(data.viewer.name).toBe('ผู้ตรวจ');
    const last = seen.at(-1);
    expect(last?.url).toBe('/graphql');
    expect(last?.headers.authorization).toBe('Bearer tok');
    expect(last?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(String(last?.body))).toEqual({
      query: 'query ExtensionViewer($a: Int) { viewer { name } }',
      variables: { a: 1 },
      operationName: 'ExtensionViewer',
    });
  });

  it('uploads files by the GraphQL multipart request spec', async () => {
    handler = (_q, _b, res) => json(res, 200, { data: { ok: true } });
    const shot = dataUrlToBlob(`data:image/jpeg;base64,${Buffer.from('JPEGDATA').toString('base64')}`, 'screenshot');
    await gqlRequest(
      { apiUrl: base, token: 't' },
      'mutation Up($input: In!) { ok }',
      { input: { html: '<p>ก</p>', screenshot: 'x' } },
      { files: { 'input.screenshot': shot } },
    );
    const last = seen.at(-1);
    expect(last?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(last?.headers['graphql-require-preflight']).toBe('1');
    const form = await new Request('http://x/', {
      method: 'POST',
      headers: { 'content-type': String(last?.headers['content-type']) },
      body: new Uint8Array(last?.body ?? []),
    }).formData();
    expect(JSON.parse(String(form.get('operations')))).toEqual({
      query: 'mutation Up($input: In!) { ok }',
      variables: { input: { html: '<p>ก</p>', screenshot: null } },
      operationName: 'Up',
    });
    expect(JSON.parse(String(form.get('map')))).toEqual({ '0': ['variables.input.screenshot'] });
    const file = form.get('0') as File;
    expect(file.name).toBe('screenshot.jpg');
    expect(file.type).toBe('image/jpeg');
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('JPEGDATA');
  });

  const failure = async (h: Handler, target = { apiUrl: base, token: 't' }, timeoutMs?: number) => {
    handler = h;
    const e = await gqlRequest(target, '{ x }', {}, timeoutMs ? { timeoutMs } : {}).catch((x) => x);
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  };

  it('classifies failures: what to retry and what not', async () => {
    expect(await failure((_q, _b, res) => json(res, 401, { errors: [{ message: 'bad token' }] }))).toMatchObject({
      kind: 'auth',
      retryable: false,
    });
    expect(
      await failure((_q, _b, res) =>
        json(res, 200, { errors: [{ message: 'Not authorized', extensions: { code: 'FORBIDDEN' } }] }),
      ),
    ).toMatchObject({ kind: 'auth', retryable: false });
    expect(await failure((_q, _b, res) => json(res, 503, { errors: [{ message: 'starting' }] }))).toMatchObject({
      kind: 'server',
      retryable: true,
      status: 503,
    });
    expect(await failure((_q, _b, res) => json(res, 429, {}))).toMatchObject({ kind: 'server', retryable: true });
    expect(
      await failure((_q, _b, res) =>
        json(res, 400, {
          errors: [{ message: 'Variable "$input" got invalid value', path: ['submitEvidence', 'input'] }],
        }),
      ),
    ).toMatchObject({ kind: 'rejected', retryable: false, path: 'submitEvidence.input' });
    expect(
      await failure((_q, _b, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>not graphql</html>');
      }),
    ).toMatchObject({ kind: 'protocol', retryable: false });
  });

  it('the API down (connection refused) and an API that does not answer are network failures, worth retrying', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await failure(() => undefined, { apiUrl: `http://127.0.0.1:${port}`, token: 't' })).toMatchObject({
      kind: 'network',
      retryable: true,
    });
    const slow = await failure((_q, _b, res) => setTimeout(() => json(res, 200, { data: {} }), 1_500), undefined, 200);
    expect(slow).toMatchObject({ kind: 'network', retryable: true });
    expect(slow.message).toMatch(/did not answer in time/);
  });

  it('refuses to send without a server', async () => {
    await expect(gqlRequest({ apiUrl: '', token: '' }, '{ x }', {})).rejects.toMatchObject({ kind: 'not-configured' });
    expect(endpointOf('https://a.example/graphql/')).toBe('https://a.example/graphql');
  });
});
