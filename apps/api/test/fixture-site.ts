/**
 * The local fixture website for `audit` tests: a corpus site (packages/scoring/fixtures/corpus) served over real HTTP
 * on 127.0.0.1 (port 0): its pages as the agency's server would send them (layout applied, TIS-620 bytes kept), its
 * documents as real PDFs (a Thai text layer, or a scan), a robots.txt, and whatever extra routes a test adds. It
 * records every request (path, User-Agent) and the most requests it ever had in flight at once.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadCorpus } from '../../../packages/scoring/fixtures/corpus.mjs';
import { scannedPdf, textPdf } from '../../../packages/scoring/fixtures/pdf.mjs';

export interface FixtureSite {
  /** http://127.0.0.1:port */
  origin: string;
  /** The site under its own name on the local port (http://www.example.go.th:port); fetch it with `hosts`. */
  namedOrigin: string;
  /** Pins the site's host names to 127.0.0.1, for PoliteFetcher's `hosts`. */
  hosts: Record<string, string>;
  /** The corpus site's own origin, rewritten to `origin` in its pages. */
  corpusOrigin: string;
  requests: { path: string; userAgent: string }[];
  maxInFlight: number;
  close(): Promise<void>;
}

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export async function serveSite(
  siteId: string,
  options: { robots?: string; routes?: Route; delayMs?: number } = {},
): Promise<FixtureSite> {
  const site = loadCorpus().find((s) => s.id === siteId);
  if (!site) throw new Error(`no corpus site ${siteId}`);
  const requests: FixtureSite['requests'] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let origin = '';
  const pdfs = new Map<string, Uint8Array>();
  const server = createServer(async (req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, userAgent: String(req.headers['user-agent'] ?? '') });
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (options.routes && (await options.routes(req, res, url))) return;
    if (url.pathname === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(options.robots ?? 'User-agent: *\nDisallow: /private/\n');
    }
    const file = site.files.get(decodeURIComponent(url.pathname));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<h1>404 ไม่พบหน้า</h1>');
    }
    if (file.kind === 'page') {
      let body = Buffer.from(file.bytes);
      const text = body.toString('utf8');
      // Absolute links to the agency's own site point at the local server, under the name the request used.
      const self = `http://${req.headers.host ?? '127.0.0.1'}`;
      if (text.includes(site.origin)) body = Buffer.from(text.replaceAll(site.origin, self), 'utf8');
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(body);
    }
    let pdf = pdfs.get(url.pathname);
    if (!pdf) {
      pdf = file.kind === 'document' ? textPdf(file.text.trim()) : scannedPdf();
      pdfs.set(url.pathname, pdf);
    }
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pdf.byteLength });
    res.end(Buffer.from(pdf));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  const host = new URL(site.origin).hostname;
  return {
    origin,
    namedOrigin: `http://${host}:${port}`,
    hosts: { [host]: '127.0.0.1' },
    corpusOrigin: site.origin,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the audit should say per item: the consultant's label of the page or document the index links for it. */
export function expectedAudit(siteId: string, linked: Map<string, string[]>): Record<string, string> {
  const site = loadCorpus().find((s) => s.id === siteId);
  if (!site) throw new Error(siteId);
  const rank: Record<string, number> = { pass: 3, 'needs-review': 2, fail: 1 };
  const out: Record<string, string> = {};
  for (let k = 1; k <= 43; k++) {
    const id = `O${k}`;
    const verdicts = (linked.get(id) ?? []).map((path) => {
      const entry = site.entries.find((e) => e.path === path);
      // A linked file the site does not have is a page that could not be loaded.
      if (!entry) return 'needs-review';
      return entry.expect[id] ?? 'fail';
    });
    out[id] = verdicts.sort((a, b) => (rank[b] ?? 0) - (rank[a] ?? 0))[0] ?? 'fail';
  }
  return out;
}
