/**
 * The PDF reader in a real browser: the scoring package's pdf.js reader and a document check, bundled by Vite as an
 * app would bundle them, served on 127.0.0.1 and run in headless Chromium. No Node API is involved in the page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scannedPdf, textPdf } from '../../fixtures/pdf.mjs';

let server: Server;
let browser: Browser;
let origin = '';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript' };

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'openita-pdf-browser-'));
  await build({
    root: new URL('.', import.meta.url).pathname,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: false },
  });
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    try {
      const body = readFileSync(join(outDir, path === '/' ? 'index.html' : path));
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? (path === '/' ? 'text/html' : 'application/octet-stream'),
      });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('PDF text and page checks in the browser (headless Chromium)', () => {
  it('reads a Thai text layer with pdf.js and its worker, and the check passes on it; a scan is a scan', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (globalThis as unknown as { ready?: boolean }).ready === true);
    const plan = textPdf([
      ['แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔', 'โครงการ 1 กิจกรรมอบรมจริยธรรม งบประมาณ 20,000 บาท'],
    ]);
    const read = await page.evaluate(
      async (data) =>
        (globalThis as unknown as { readPdf: (d: string) => Promise<Record<string, unknown>> }).readPdf(data),
      b64(plan),
    );
    expect(read.error).toBeUndefined();
    expect(read.text).toContain('แผนปฏิบัติการป้องกันการทุจริต');
    expect(read.text).toContain('2564');
    expect(read.scanned).toBe(false);
    expect(read.verdict).toBe('pass');
    expect(read.hasProcess).toBe(false);
    const scan = await page.evaluate(
      async (data) =>
        (globalThis as unknown as { readPdf: (d: string) => Promise<Record<string, unknown>> }).readPdf(data),
      b64(scannedPdf()),
    );
    expect(scan.scanned).toBe(true);
    // The page checks themselves (cheerio/slim and every rule) run in the page too.
    const contact = await page.evaluate(
      ([html, url]) =>
        (globalThis as unknown as { checkPage: (h: string, u: string) => unknown }).checkPage(
          html as string,
          url as string,
        ),
      [
        '<title>ติดต่อเรา</title><main><h1>ติดต่อเรา</h1><p>ศาลากลาง ถนนศรีนคร ตำบลในเมือง อำเภอเมือง จังหวัดนครไพร 45000</p><p>โทรศัพท์/โทรสาร 0-4351-1003</p><p>อีเมล a@b.go.th</p><iframe src="https://www.google.com/maps/embed?pb=1"></iframe></main>',
        'https://www.example.go.th/contact',
      ],
    );
    expect(contact).toEqual([['O5', 'pass']]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
