/**
 * Bad input never crashes the checks and never takes unbounded memory: random and hostile HTML, binary garbage, huge
 * and deeply nested pages, hostile URLs, damaged PDFs. Every run must return a report whose verdicts are valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPdf } from '../../fixtures/pdf.mjs';
import { parseOitIndex } from '../../src/checks/oit-index.js';
import { checkDocument, checkHtml } from '../../src/checks/run.js';
import { getFramework } from '../../src/frameworks/index.js';
import { decodeHtml } from '../../src/page/decode.js';
import { buildPageModel, classifyHref } from '../../src/page/model.js';
import { extractPdfText } from '../../src/pdf/text.js';
import { findEmails, findPeople, findPhones, findPositions, findPostalAddress } from '../../src/thai/contacts.js';
import { findItemLabels, parseItemLabel } from '../../src/thai/labels.js';
import { matchKey, normalizeThai } from '../../src/thai/normalize.js';
import { extractYears } from '../../src/thai/years.js';

const fw = getFramework('nacc-ita-2564');
const VERDICTS = new Set(['pass', 'fail', 'needs-review', 'not-applicable']);

/** Pieces real agency pages are made of, to stitch into random pages that look like them. */
const PIECES = [
  '<html>',
  '</html>',
  '<body>',
  '<head><title>',
  '</title></head>',
  '<div class="navbar">',
  '<nav>',
  '</nav>',
  '<main>',
  '</main>',
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '</tr>',
  '</table>',
  '<ul>',
  '<li>',
  '</li>',
  '</ul>',
  '<h1>',
  '</h1>',
  '<h3 class="title">',
  '</h3>',
  '<a href="/x.pdf">',
  '<a href="javascript:void(0)">',
  '<a href="#!">',
  '</a>',
  '<a href="https://www.facebook.com/x">',
  '<form action="/send" method="post">',
  '<textarea name="m">',
  '</textarea>',
  '</form>',
  '<input name="n">',
  '<iframe src="https://www.google.com/maps/embed?pb=1">',
  '</iframe>',
  '<img src="/a.jpg" alt="แผนที่">',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<!--',
  '-->',
  '<svg><title>x</title>',
  '</svg>',
  '<select><option>',
  '</select>',
  'ข้อมูลการติดต่อ',
  'โทรศัพท์/โทรสาร ๐-๔๒๔๙-๑๒๓๔',
  'saraban[at]a.go.th',
  'ตำบลในเมือง อำเภอเมือง จังหวัดนครไพร 45000',
  'O5',
  'OIT 12',
  '029',
  'ประจำปีงบประมาณ พ.ศ. ๒๕๖๔',
  '1 ต.ค. 63',
  '2561-2565',
  'นายสมชาย ใจดี',
  'รองผู้ว่าราชการจังหวัด (ว่าง)',
  'แผนปฏิบัติการป้องกันการทุจริต',
  'ร้องเรียนการทุจริต',
  '&amp;',
  '&#3585;',
  '&nbsp;',
  '\u200b',
  '\u0e4d\u0e32',
  '</li </li>',
  '<',
  '>',
  '"',
  "'",
];
const pageArb = fc
  .array(
    fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })),
    { maxLength: 120 },
  )
  .map((p) => p.join(''));

function valid(report: ReturnType<typeof checkHtml>) {
  expect(report.items).toHaveLength(43);
  for (const i of report.items) {
    expect(VERDICTS.has(i.verdict)).toBe(true);
    for (const c of i.criteria) expect([true, false, null]).toContain(c.met);
  }
}

describe('fuzz: pages never crash the checks', () => {
  it('random pages stitched from real page parts, with and without a URL, forced or not', () => {
    fc.assert(
      fc.property(
        pageArb,
        fc.boolean(),
        fc.constantFrom(null, 'https://www.example.go.th/ita', 'not a url', 'file:///etc/passwd'),
        (html, force, url) => {
          valid(checkHtml(html, url, { force }));
          parseOitIndex(buildPageModel(html, url), fw);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('arbitrary strings and arbitrary bytes decoded as a server would', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => valid(checkHtml(s, null))),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4000 }),
        fc.constantFrom('', 'text/html; charset=tis-620', 'text/html; charset=nonsense'),
        (bytes, ct) => {
          const { text } = decodeHtml(bytes, ct);
          valid(checkHtml(text, 'https://a.go.th/'));
        },
      ),
      { numRuns: 200 },
    );
  });
  it('documents: arbitrary text, with arbitrary titles', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.string({ maxLength: 200 }), (text, title) =>
        valid(checkDocument(text, 'https://a.go.th/x.pdf', title)),
      ),
      { numRuns: 200 },
    );
  });
  it('linked documents the caller passes may be anything', () => {
    const html = '<h1>แผนดำเนินงานประจำปี</h1><a href="/p.pdf">แผน</a>';
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            url: fc.oneof(fc.constant('https://a.go.th/p.pdf'), fc.string()),
            text: fc.string({ maxLength: 500 }),
            scanned: fc.boolean(),
          }),
          { maxLength: 5 },
        ),
        (documents) => valid(checkHtml(html, 'https://a.go.th/', { documents })),
      ),
      { numRuns: 100 },
    );
  });
});

describe('fuzz: the Thai readers never crash', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), pageArb), (s) => {
        expect(matchKey(matchKey(s))).toBe(matchKey(s));
        normalizeThai(s);
        const y = extractYears(s);
        for (const m of y.mentions) expect(m.to).toBeGreaterThanOrEqual(m.from);
        findItemLabels(s);
        parseItemLabel(s, { allowBareNumber: true });
        findPhones(s);
        findEmails(s);
        findPostalAddress(s);
        findPeople(s);
        findPositions(s);
      }),
      { numRuns: 400 },
    );
  });
});

describe('fuzz: hostile URLs', () => {
  it('classifyHref returns a kind for anything, and never a non-http href', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.constantFrom(
            'javascript:alert(1)',
            ' JaVaScRiPt:x',
            'data:text/html,x',
            'file:///etc/passwd',
            'vbscript:x',
            '//evil.com/x',
            '\u0000http://x',
            'http://[::1]/',
            'mailto:a@b',
            'tel:+66',
          ),
        ),
        fc.constantFrom(null, 'https://www.example.go.th/a/b', 'garbage'),
        (href, base) => {
          const c = classifyHref(href, base);
          expect(typeof c.kind).toBe('string');
          if (c.href && c.kind !== 'mail' && c.kind !== 'tel') expect(c.href).toMatch(/^https?:\/\//);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('big and deep input stays bounded', () => {
  it('a 20 MB page is read up to the cap, flagged truncated, and checked', () => {
    const chunk = '<div><p>ข้อมูลการติดต่อ โทร 0-4249-1234 <a href="/x">ลิงก์</a></p></div>';
    const huge = chunk.repeat(Math.ceil(20_000_000 / chunk.length));
    const before = process.memoryUsage().heapUsed;
    const page = buildPageModel(huge, 'https://a.go.th/');
    expect(page.truncated).toBe(true);
    expect(page.size).toBeGreaterThanOrEqual(20_000_000);
    expect(page.links.length).toBeLessThanOrEqual(20_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(600_000_000);
    valid(checkHtml(huge, 'https://a.go.th/'));
  }, 60_000);
  it('10,000-deep nesting, 10,000 unclosed tags, 100,000 attributes', () => {
    valid(checkHtml(`${'<div>'.repeat(10_000)}ลึก${'</div>'.repeat(10_000)}`, null));
    valid(checkHtml(`${'<span><a href="/x">'.repeat(10_000)}ข้อความ`, null));
    valid(checkHtml(`<div ${Array.from({ length: 100_000 }, (_, k) => `a${k}="x"`).join(' ')}>x</div>`, null));
    const deep = buildPageModel(`${'<div id="a">'.repeat(10_000)}<a href="/x">x</a>`, null);
    expect(deep.links[0]?.scope.length).toBeLessThanOrEqual(8);
  });
});

describe('fuzz: damaged PDFs', () => {
  it('mutated PDFs give text or an error, never a throw', async () => {
    const good = textPdf(['แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2564', 'โครงการ 1']);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }),
        fc.nat(good.length),
        async (edits, cut) => {
          const bad = good.slice(0, Math.max(10, cut));
          for (const [at, v] of edits) if (at < bad.length) bad[at] = v;
          const r = await extractPdfText(bad, { timeoutMs: 5_000 });
          expect(typeof r.text).toBe('string');
          expect(r.error === undefined || typeof r.error === 'string').toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
