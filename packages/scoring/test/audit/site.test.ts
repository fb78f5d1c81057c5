/**
 * The site audit's decisions, over a small agency website served on 127.0.0.1, fetched through the polite policy
 * with Node's fetch and read with the package's pdf.js reader: the index found two levels from the home page, every
 * kind of link the index can hold (page, page with its PDF, text PDF, scan, cloud, picture, 404, robots-disallowed,
 * refused address, host without access, unknown type), the best link per item, one fetch per URL, progress events,
 * limits, stopping, and the sites that cannot be audited.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scannedPdf, textPdf } from '../../fixtures/pdf.mjs';
import {
  type AuditEvent,
  type AuditOptions,
  auditSite,
  httpUrl,
  PolitePolicy,
  type RawFetch,
} from '../../src/audit/index.js';
import { getFramework } from '../../src/frameworks/index.js';
import { extractPdfText } from '../../src/pdf/text.js';

const framework = getFramework('nacc-ita-2564');

const page = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>${title} - องค์การบริหารส่วนตำบลบ้านทดสอบ</title></head><body>` +
  '<nav class="main-menu"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/ita/">ITA</a></li></ul></nav>' +
  `<main>${main}</main><footer><p>องค์การบริหารส่วนตำบลบ้านทดสอบ</p></footer></body></html>`;

const row = (n: number, name: string, links: [string, string][]) =>
  `<tr><td>OIT ${n}</td><td>${name}</td><td><ul>${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul></td></tr>`;

let other = '';
const index = () =>
  page(
    'การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2564',
    `<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2564</h1><table class="oit"><tbody>${[
      row(1, 'โครงสร้าง', [['/private/structure.html', 'โครงสร้าง']]),
      row(2, 'ข้อมูลผู้บริหาร', [['https://drive.google.com/file/d/abc/view', 'ข้อมูลผู้บริหาร']]),
      row(3, 'อำนาจหน้าที่', [['/missing.html', 'อำนาจหน้าที่']]),
      row(4, 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', []),
      row(5, 'ข้อมูลการติดต่อ', [
        ['/missing.html', 'ติดต่อเรา (เดิม)'],
        ['/contact.html', 'ข้อมูลการติดต่อ'],
      ]),
      row(6, 'กฎหมายที่เกี่ยวข้อง', [['http://refused.test/laws.html', 'กฎหมาย']]),
      row(7, 'ข่าวประชาสัมพันธ์', [[`${other}/news.html`, 'ข่าวประชาสัมพันธ์']]),
      row(8, 'Q&amp;A', [['/images/qa-board.jpg', 'กระดานถามตอบ']]),
      row(9, 'Social Network', [['/data.bin', 'Social Network']]),
      row(10, 'แผนดำเนินงานประจำปี', [['/docs/plan-2564.pdf', 'แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2564']]),
      row(11, 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน', [['/reports.html', 'รายงานผลการดำเนินงาน']]),
      row(13, 'คู่มือหรือมาตรฐานการปฏิบัติงาน', [['/docs/manual-scan.pdf', 'คู่มือการปฏิบัติงาน']]),
    ].join('')}</tbody></table>`,
  );

const FILES: Record<string, () => [string, string | Uint8Array]> = {
  '/robots.txt': () => ['text/plain', 'User-agent: *\nDisallow: /private/\n'],
  '/': () => [
    'text/html; charset=utf-8',
    page(
      'หน้าหลัก',
      '<h1>ยินดีต้อนรับ</h1><p><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></p><p><a href="/news.html">ข่าว</a></p>',
    ),
  ],
  // The ITA landing page: per-year pages, the index one level deeper.
  '/ita/': () => [
    'text/html; charset=utf-8',
    page(
      'ITA',
      '<h1>การประเมินคุณธรรมและความโปร่งใส</h1><ul><li><a href="/ita/oit-2563.html">OIT ปี 2563</a></li><li><a href="/ita/oit-2564.html">OIT ปี 2564</a></li></ul>',
    ),
  ],
  '/ita/oit-2564.html': () => ['text/html; charset=utf-8', index()],
  '/contact.html': () => [
    'text/html; charset=utf-8',
    page(
      'ติดต่อเรา',
      '<h1>ข้อมูลการติดต่อ</h1><p>ที่ทำการองค์การบริหารส่วนตำบลบ้านทดสอบ เลขที่ 99 หมู่ 4 ถนนบึงกาฬ-โซ่พิสัย ตำบลวิศิษฐ์ อำเภอเมืองบึงกาฬ จังหวัดบึงกาฬ 38000</p>' +
        '<p>โทรศัพท์ 0 4249 1234</p><p>โทรสาร 0 4249 1235</p><p>E-mail: <a href="mailto:saraban@bantotsop.go.th">saraban@bantotsop.go.th</a></p>' +
        '<iframe title="แผนที่" src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600" height="300"></iframe>',
    ),
  ],
  '/reports.html': () => [
    'text/html; charset=utf-8',
    page(
      'รายงานผลการดำเนินงาน',
      '<h1>รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน</h1><p>ประจำปีงบประมาณ พ.ศ. 2564 รอบ 6 เดือน (ตุลาคม 2563 - มีนาคม 2564)</p>' +
        '<p><a href="/docs/report-6m-2564.pdf">ดาวน์โหลดรายงาน</a></p>',
    ),
  ],
  '/docs/plan-2564.pdf': () => [
    'application/pdf',
    textPdf([
      'แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2564',
      'องค์การบริหารส่วนตำบลบ้านทดสอบ',
      'โครงการ กิจกรรม งบประมาณ และระยะเวลาดำเนินการ',
      'ตุลาคม 2563 ถึง กันยายน 2564',
    ]),
  ],
  '/docs/report-6m-2564.pdf': () => [
    'application/pdf',
    textPdf([
      'รายงานผลการดำเนินงานตามแผนดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2564',
      'องค์การบริหารส่วนตำบลบ้านทดสอบ ไตรมาสที่ 1 และ 2 (ตุลาคม 2563 ถึง มีนาคม 2564)',
      'ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐาน ดำเนินการแล้ว 5 โครงการ จาก 8 โครงการ',
      'ยุทธศาสตร์ที่ 2 การพัฒนาคุณภาพชีวิต ดำเนินการแล้ว 7 โครงการ เบิกจ่าย 840,500 บาท',
      'ปัญหาและอุปสรรค: ฝนตกชุก งานก่อสร้างล่าช้า',
    ]),
  ],
  '/docs/manual-scan.pdf': () => ['application/pdf', scannedPdf()],
  '/data.bin': () => ['application/octet-stream', new Uint8Array([0, 1, 2, 3, 4, 5])],
  '/home.pdf': () => ['application/pdf', textPdf(['เอกสาร'])],
  '/plain/': () => [
    'text/html; charset=utf-8',
    '<!DOCTYPE html><html><body><h1>ยินดีต้อนรับ</h1><p>ข่าวสาร</p></body></html>',
  ],
};

interface Served {
  origin: string;
  hits: Map<string, number>;
  server: Server;
}

async function serve(files: typeof FILES): Promise<Served> {
  const s: Served = { origin: '', hits: new Map(), server: createServer() };
  s.server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    s.hits.set(path, (s.hits.get(path) ?? 0) + 1);
    const file = files[path];
    if (!file) return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
    const [type, body] = file();
    res.writeHead(200, { 'content-type': type }).end(typeof body === 'string' ? body : Buffer.from(body));
  });
  await new Promise<void>((r) => s.server.listen(0, '127.0.0.1', r));
  s.origin = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
  return s;
}

const raw: RawFetch = async (url, { maxBytes }) => {
  try {
    const res = await fetch(url, { redirect: 'manual' });
    const body = new Uint8Array(await res.arrayBuffer());
    const head = {
      url: url.href,
      finalUrl: url.href,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
    };
    if (body.byteLength > maxBytes)
      return { ...head, body: new Uint8Array(0), error: 'too large', errorKind: 'too-large' };
    return {
      ...head,
      body,
      ...(res.headers.get('location') ? { location: res.headers.get('location') as string } : {}),
      ...(res.status >= 400 ? { error: `HTTP ${res.status}`, errorKind: 'http' as const } : {}),
    };
  } catch (e) {
    return {
      url: url.href,
      finalUrl: url.href,
      status: 0,
      contentType: '',
      body: new Uint8Array(0),
      error: String(e),
      errorKind: 'network',
    };
  }
};

let site: Served;
let elsewhere: Served;
beforeAll(async () => {
  elsewhere = await serve({ '/news.html': () => ['text/html', page('ข่าว', '<h1>ข่าวประชาสัมพันธ์</h1>')] });
  other = elsewhere.origin.replace('127.0.0.1', 'localhost');
  site = await serve(FILES);
});
afterAll(() => {
  for (const s of [site, elsewhere]) {
    s.server.closeAllConnections();
    s.server.close();
  }
});

/** The I/O a caller brings: the polite policy over Node's fetch, a gate, a host it may not read, pdf.js. */
function io(extra: Partial<AuditOptions> = {}) {
  const gate = (u: string) => {
    const url = httpUrl(u);
    if (url.hostname === 'refused.test') throw new Error('refused.test is off limits');
    return url;
  };
  const polite = new PolitePolicy(raw, { checkUrl: gate, retries: 0, signal: extra.signal });
  const asked: { url: string; kind: string; maxBytes?: number }[] = [];
  const options: AuditOptions = {
    framework,
    fetch: async (url, req) => {
      asked.push({ url, ...req });
      if (new URL(url).hostname === 'localhost')
        return {
          url,
          finalUrl: url,
          status: 0,
          contentType: '',
          body: new Uint8Array(0),
          error: 'no permission to read localhost',
          errorKind: 'no-access',
        };
      return polite.fetch(url, req.maxBytes ? { maxBytes: req.maxBytes } : {});
    },
    readPdf: (bytes) => extractPdfText(bytes),
    ...extra,
  };
  return { options, asked, polite };
}

describe('auditSite', () => {
  it('finds the index two levels down and judges every kind of link, the best link per item', async () => {
    const events: AuditEvent[] = [];
    const { options, asked } = io({ onProgress: (e) => events.push(e) });
    const report = await auditSite(`${site.origin}/`, options);
    expect(report).toMatchObject({
      indexUrl: `${site.origin}/ita/oit-2564.html`,
      fiscalYear: 2564,
      failure: null,
      errors: [],
      stopped: false,
      blockedHosts: [new URL(other).host],
    });
    expect(report.items.map((i) => i.id)).toEqual(framework.items.map((i) => i.id));
    const by = Object.fromEntries(report.items.map((i) => [i.id, i]));
    // robots.txt keeps the page out: not evidence either way.
    expect(by.O1).toMatchObject({ verdict: 'needs-review', note: 'unreadable' });
    expect(by.O1?.links[0]).toMatchObject({ errorKind: 'robots', kind: 'other' });
    expect(site.hits.get('/private/structure.html')).toBeUndefined();
    // A file-hosting link and a picture: for a person, never fetched.
    expect(by.O2).toMatchObject({ verdict: 'needs-review', note: 'by-hand' });
    expect(by.O8).toMatchObject({ verdict: 'needs-review', note: 'by-hand' });
    expect(by.O8?.links[0]?.error).toBe('a picture: check by hand');
    expect(site.hits.get('/images/qa-board.jpg')).toBeUndefined();
    // A page that does not load: for a person to judge.
    expect(by.O3).toMatchObject({ verdict: 'needs-review', note: 'unreadable', error: 'HTTP 404' });
    // No link on the index.
    expect(by.O4).toMatchObject({ verdict: 'fail', note: 'no-links', links: [] });
    // The best of two links wins: the 404 loses to the contact page with all five elements.
    expect(by.O5).toMatchObject({ verdict: 'pass', note: null, missing: [] });
    expect(by.O5?.links.map((l) => l.verdict)).toEqual(['needs-review', 'pass']);
    expect(by.O5?.best?.criteria.every((c) => c.met)).toBe(true);
    // An address the caller's rules refuse is not evidence.
    expect(by.O6).toMatchObject({ verdict: 'fail', error: 'refused.test is off limits' });
    // A host the caller may not read: for review, and listed.
    expect(by.O7).toMatchObject({ verdict: 'needs-review', note: 'no-access' });
    expect(elsewhere.hits.size).toBe(0);
    // Bytes of no known kind.
    expect(by.O9?.links[0]).toMatchObject({
      verdict: 'needs-review',
      error: 'application/octet-stream: not read automatically',
    });
    // A text PDF, read and judged; a page judged with the PDF it links.
    expect(by.O10).toMatchObject({ verdict: 'pass' });
    expect(by.O10?.links[0]).toMatchObject({ kind: 'pdf', verdict: 'pass' });
    expect(by.O11).toMatchObject({ verdict: 'pass' });
    expect(by.O11?.links[0]).toMatchObject({ kind: 'page' });
    expect(site.hits.get('/docs/report-6m-2564.pdf')).toBe(1);
    // A scan: for a person to read, with the check of its title kept as a hint.
    expect(by.O13).toMatchObject({ verdict: 'needs-review', note: 'scanned', error: 'scanned PDF: no text layer' });
    expect(by.O13?.links[0]).toMatchObject({ kind: 'pdf', errorKind: 'scanned' });
    expect(by.O13?.best?.verdict).toBe('needs-review');
    // Each URL once, however many items link it; the home page and index candidates with the smaller cap.
    expect(site.hits.get('/missing.html')).toBe(1);
    expect(asked.filter((a) => a.url === `${site.origin}/missing.html`)).toHaveLength(1);
    expect(asked[0]).toEqual({ url: `${site.origin}/`, kind: 'home', maxBytes: 8_000_000 });
    expect(asked.find((a) => a.url.endsWith('/ita/oit-2564.html'))).toMatchObject({ kind: 'index' });
    expect(asked.find((a) => a.url.endsWith('/report-6m-2564.pdf'))).toMatchObject({ kind: 'document' });
    // Progress: the index search, then one event per link counting up to the total, one per item.
    // (the 2563 page is not there: passed over)
    expect(
      events.filter((e) => e.type === 'index-search').map((e) => (e.type === 'index-search' ? e.url : '')),
    ).toEqual([`${site.origin}/ita/`, `${site.origin}/ita/oit-2563.html`, `${site.origin}/ita/oit-2564.html`]);
    const start = events.find((e) => e.type === 'index');
    const links = events.filter((e) => e.type === 'link');
    expect(start?.type === 'index' ? start.total : -1).toBe(12);
    expect(links.map((e) => (e.type === 'link' ? e.done : 0))).toEqual(links.map((_, k) => k + 1));
    expect(events.filter((e) => e.type === 'item')).toHaveLength(43);
  });

  it('keeps to its limits and stops when asked', async () => {
    const one = await auditSite(`${site.origin}/`, io({ limits: { linksPerItem: 1 } }).options);
    expect(one.items.find((i) => i.id === 'O5')).toMatchObject({
      verdict: 'needs-review',
      links: [{ url: `${site.origin}/missing.html` }],
    });
    const full = io();
    await auditSite(`${site.origin}/`, full.options);
    const stop = { aborted: false };
    const { options, polite } = io({
      signal: stop,
      onProgress: (e) => {
        if (e.type === 'link' && e.done === 2) stop.aborted = true;
      },
    });
    const report = await auditSite(`${site.origin}/`, options);
    expect(report.stopped).toBe(true);
    expect(report.items.flatMap((i) => i.links).some((l) => l.errorKind === 'aborted')).toBe(true);
    // Requests queued behind the 2-per-host limit were never sent.
    expect(polite.requests).toBeLessThan(full.polite.requests);
  });

  it('fails every item of a site that is down, and leaves for review one it was kept from or that is no site', async () => {
    const down = await auditSite('http://127.0.0.1:9/', io().options);
    expect(down.failure).toEqual({ reason: 'unreachable', error: expect.stringMatching(/fetch failed|ECONNREFUSED/) });
    expect(down.items).toHaveLength(43);
    expect(down.items.every((i) => i.verdict === 'fail' && i.note === 'unreadable')).toBe(true);
    expect(down.errors[0]).toMatch(/^http:\/\/127\.0\.0\.1:9\/: /);

    const kept = await auditSite(`${site.origin}/private/`, io().options);
    expect(kept.failure?.reason).toBe('refused');
    expect(kept.items.every((i) => i.verdict === 'needs-review')).toBe(true);

    const denied = await auditSite(`${other}/`, io().options);
    expect(denied.failure?.reason).toBe('no-access');
    expect(denied.items.every((i) => i.verdict === 'needs-review' && i.note === 'no-access')).toBe(true);

    const pdf = await auditSite(`${site.origin}/home.pdf`, io().options);
    expect(pdf.failure).toEqual({ reason: 'not-html', error: 'not an HTML page (application/pdf)' });
    expect(pdf.items.every((i) => i.verdict === 'needs-review')).toBe(true);

    const events: AuditEvent[] = [];
    const plain = await auditSite(`${site.origin}/plain/`, io({ onProgress: (e) => events.push(e) }).options);
    expect(plain).toMatchObject({
      indexUrl: null,
      failure: { reason: 'no-index' },
      errors: ['OIT index not found from the home page'],
    });
    expect(plain.items.every((i) => i.verdict === 'needs-review' && i.note === 'no-index')).toBe(true);
    expect(events).toEqual([{ type: 'index', url: null, index: null, total: 0 }]);
  });
});
