import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPageModel, classifyHref, classifyHrefByParser } from '../../src/page/model.js';

const html = `<!doctype html><html lang="th"><head><title>ติดต่อเรา | จังหวัดบึงกาฬ</title>
<meta name="description" content="ข้อมูลการติดต่อ"><script>document.write('x')</script><style>p{}</style></head>
<body>
<header><nav class="navbar"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/ita">ITA</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">หน้าหลัก</a> » <span>ติดต่อเรา</span></div>
<main id="content">
  <h1>ข้อมูลการ<b>ติดต่อ</b></h1>
  <p>ศาลากลางจังหวัดบึงกาฬ ถนนบึงกาฬ-นครพนม ตำบลบึงกาฬ อำเภอเมืองบึงกาฬ จังหวัดบึงกาฬ 38000</p>
  <p>โทรศัพท์/โทรสาร 0-4249-1234 อีเมล saraban[at]buengkan.go.th</p>
  <iframe src="https://www.google.com/maps/embed?pb=!1m18" title="แผนที่"></iframe>
  <table><tr><th>ข้อ</th><th>ข้อมูล</th></tr><tr><td>O1</td><td><a href="/files/o1.pdf">โครงสร้าง</a> <a href="doc.docx">word</a></td></tr></table>
  <form action="/contact" method="POST"><label>ชื่อ</label><input name="name" required placeholder="ชื่อ-สกุล"><textarea name="msg"></textarea><button type="submit">ส่งข้อความ</button></form>
</main>
<footer><a href="https://www.facebook.com/profile.php?id=123"><i class="fab fa-facebook"></i></a>
<a href="https://line.me/R/ti/p/%40abc">LINE</a><a href="mailto:a@b.go.th">mail</a><a href="#!">x</a><a href="javascript:void(0)">y</a></footer>
</body></html>`;

describe('buildPageModel', () => {
  it('tells section headings from headlines that are only links, and reads title-like elements and bold lines', () => {
    const p = buildPageModel(
      `<main><div class="page-title">ข้อมูลผู้บริหาร</div><h3><a href="/n/1">ประกาศเจตจำนงสุจริต</a></h3>
       <table><tr><td><b><font size="4">ติดต่อเรา</font></b></td></tr></table><p><b>หมายเหตุ</b> ข้อความต่อท้าย</p></main>`,
      'https://a.go.th/',
    );
    expect(p.headings.map((h) => [h.text, h.level, h.linkOnly])).toEqual([
      ['ข้อมูลผู้บริหาร', 7, false],
      ['ประกาศเจตจำนงสุจริต', 3, true],
      ['ติดต่อเรา', 7, false],
    ]);
  });
  it('keeps headers and footers of articles in the content, and site chrome out of it', () => {
    const p = buildPageModel(
      `<header class="site-header">เมนู</header><article><header class="entry-header"><h1>ข่าว</h1></header><p>เนื้อหา</p></article>
       <div class="card-header">หัวการ์ด</div><footer>ท้ายเว็บ</footer>`,
      null,
    );
    expect(p.mainText.split('\n')).toEqual(['ข่าว', 'เนื้อหา', 'หัวการ์ด']);
    expect(p.headings[0]).toMatchObject({ text: 'ข่าว', inNav: false });
  });
  it('reads links from onclick handlers, embedded documents and image maps; records the ids that scope them', () => {
    const p = buildPageModel(
      `<div id="tab-2564"><a href="#" onclick="window.open('/files/o10.pdf')">แผน</a>
       <iframe src="https://docs.google.com/viewer?url=https%3A%2F%2Fa.go.th%2Fx.pdf&embedded=true" title="เอกสาร"></iframe>
       <map><area href="/contact" alt="ติดต่อ"></map></div>`,
      'https://a.go.th/ita',
    );
    expect(p.links.map((l) => [l.text, l.kind, l.href, l.scope.join(',')])).toEqual([
      ['แผน', 'pdf', 'https://a.go.th/files/o10.pdf', 'tab-2564'],
      ['เอกสาร', 'pdf', 'https://a.go.th/x.pdf', 'tab-2564'],
      ['ติดต่อ', 'internal', 'https://a.go.th/contact', 'tab-2564'],
    ]);
    expect(p.links[1]?.embedded).toBe(true);
  });
  it('drops inline data: URIs before parsing, and never lets an id-less deep path grow past the input', () => {
    const p = buildPageModel(`<img src="data:image/png;base64,${'A'.repeat(100_000)}" alt="แผนที่">`, null);
    expect(p.images[0]).toMatchObject({ alt: 'แผนที่' });
    expect(p.images[0]?.src.length).toBeLessThan(20);
  });
  const m = buildPageModel(html, 'https://www.buengkan.go.th/contact');
  it('reads title, language, description, headings, breadcrumbs', () => {
    expect(m.title).toBe('ติดต่อเรา | จังหวัดบึงกาฬ');
    expect(m.lang).toBe('th');
    expect(m.description).toBe('ข้อมูลการติดต่อ');
    expect(m.headings).toEqual([
      expect.objectContaining({
        level: 1,
        text: 'ข้อมูลการติดต่อ',
        inNav: false,
        linkOnly: false,
        path: '#content > h1:nth-of-type(1)',
      }),
    ]);
    expect(m.breadcrumbs).toEqual(['หน้าหลัก', 'ติดต่อเรา']);
  });
  it('separates main text from navigation and skips scripts and styles', () => {
    expect(m.mainText).toContain('ศาลากลางจังหวัดบึงกาฬ');
    expect(m.mainText).not.toContain('หน้าแรก');
    expect(m.text).toContain('หน้าแรก');
    expect(m.text).not.toContain('document.write');
    expect(m.blocks.find((b) => b.text.includes('38000'))?.path).toBe('#content > p:nth-of-type(1)');
  });
  it('classifies links', () => {
    const by = (t: string) => m.links.find((l) => l.text === t);
    expect(by('โครงสร้าง')).toMatchObject({ kind: 'pdf', href: 'https://www.buengkan.go.th/files/o1.pdf' });
    expect(by('word')?.kind).toBe('office');
    expect(by('facebook')).toMatchObject({ kind: 'social', network: 'facebook', inNav: true, icons: ['fa-facebook'] });
    expect(by('LINE')).toMatchObject({ kind: 'social', network: 'line' });
    expect(by('mail')?.kind).toBe('mail');
    expect(by('x')?.kind).toBe('anchor');
    expect(by('y')?.kind).toBe('script');
    expect(by('ITA')).toMatchObject({ kind: 'internal', inNav: true });
  });
  it('reads frames, tables and forms', () => {
    expect(m.frames).toEqual([expect.objectContaining({ kind: 'map', title: 'แผนที่' })]);
    expect(m.tables[0]?.rows).toEqual([
      ['ข้อ', 'ข้อมูล'],
      ['O1', 'โครงสร้าง word'],
    ]);
    expect(m.tables[0]?.rowLinks[1]?.map((l) => l.kind)).toEqual(['pdf', 'office']);
    expect(m.forms[0]).toMatchObject({ action: '/contact', method: 'post' });
    expect(m.forms[0]?.fields.map((f) => f.name)).toEqual(['name', 'msg', '']);
    expect(m.forms[0]?.text).toContain('ส่งข้อความ');
  });
  it('makes links, blocks, headings and images plain objects, keys in their documented order', () => {
    const p = buildPageModel(
      '<main><h2>ข่าว</h2><p>ข้อความ <a href="https://www.facebook.com/x">เพจ</a></p><img src="/a.png" alt="ภาพ" width="10"><iframe src="/f.pdf" title="แผน"></iframe></main>',
      'https://a.go.th/',
    );
    const records = [...p.links, ...p.blocks, ...p.headings, ...p.images];
    expect(records.length).toBe(6);
    for (const r of records) expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(p.links[0]).toStrictEqual({
      text: 'เพจ',
      rawHref: 'https://www.facebook.com/x',
      href: 'https://www.facebook.com/x',
      kind: 'social',
      icons: [],
      inNav: false,
      scope: [],
      path: 'main:nth-of-type(1) > p:nth-of-type(1) > a:nth-of-type(1)',
      order: 4,
      network: 'facebook',
    });
    expect(Object.keys(p.links[1] ?? {})).toEqual([...Object.keys(p.links[0] ?? {}).slice(0, 9), 'embedded']);
    expect(Object.keys(p.blocks[0] ?? {})).toEqual(['text', 'path', 'inNav', 'scope', 'order']);
    expect(Object.keys(p.headings[0] ?? {})).toEqual(['level', 'text', 'inNav', 'linkOnly', 'scope', 'path', 'order']);
    expect(p.images[0]).toStrictEqual({
      src: '/a.png',
      alt: 'ภาพ',
      title: '',
      inNav: false,
      inLink: false,
      width: 10,
      height: null,
      path: 'main:nth-of-type(1) > img:nth-of-type(1)',
      order: 5,
    });
  });
  it('gives every block, link and heading a CSS path that selects it', () => {
    const $ = load(html);
    for (const b of m.blocks)
      expect($(b.path).first().text().replace(/\s+/g, ' '), b.path).toContain(b.text.slice(0, 10));
    for (const l of m.links) expect($(l.path).length, l.path).toBe(1);
    for (const h of m.headings) expect($(h.path).text().replace(/\s+/g, ' ').trim(), h.path).toBe(h.text);
  });
  it('survives garbage, deep nesting and huge input', () => {
    expect(() => buildPageModel('\u0000\uffff<<<>>></div></li </li>')).not.toThrow();
    const deep = `${'<div>'.repeat(10_000)}ลึก${'</div>'.repeat(10_000)}`;
    expect(buildPageModel(deep).text).toBe('ลึก');
    const big = buildPageModel('<p>x</p>'.repeat(100), null, { maxChars: 100 });
    expect(big.truncated).toBe(true);
  });
  it('reads each link against the base in force where it stands, and classifies links that only a table keeps', () => {
    const p = buildPageModel(
      `<body><a href="a.pdf">ก่อน</a><base href="https://files.other.go.th/docs/"><a href="b.pdf">หลัง</a>
       <a href="https://www.facebook.com/x">fb</a><iframe src="https://docs.google.com/viewer?url=https%3A%2F%2Fwww.facebook.com%2Fy"></iframe>
       <table><tr><td>O1</td><td><a href="/o1.pdf">โครงสร้าง</a> <a href="mailto:a@b.go.th">เมล</a></td></tr></table></body>`,
      'https://www.agency.go.th/ita/index.html',
      { maxEntries: 4 },
    );
    expect(p.links.map((l) => [l.href, l.kind])).toEqual([
      ['https://www.agency.go.th/ita/a.pdf', 'pdf'],
      ['https://files.other.go.th/docs/b.pdf', 'pdf'],
      ['https://www.facebook.com/x', 'social'],
      ['https://www.facebook.com/y', 'social'],
    ]);
    // Network, then embedded: the keys in their order.
    expect(Object.keys(p.links[3] as object).slice(-2)).toEqual(['network', 'embedded']);
    // A link longer than the record keeps is read whole.
    const long = `/download?x=${'a'.repeat(2100)}&file=plan.pdf`;
    const q = buildPageModel(`<a href="${long}">แผน</a><a href="/x">x</a>`, 'https://www.agency.go.th/');
    expect(q.links[0]?.rawHref).toHaveLength(2000);
    expect([q.links[0]?.href, q.links[0]?.kind]).toEqual([`https://www.agency.go.th${long}`, 'pdf']);
    expect(q.links[1]?.kind).toBe('internal');
    // Past maxEntries, the table's links are still read.
    expect(p.tables[0]?.rowLinks[0]?.map((l) => [l.href, l.kind])).toEqual([
      ['https://files.other.go.th/o1.pdf', 'pdf'],
      ['mailto:a@b.go.th', 'mail'],
    ]);
  });

  it('classifies hrefs without a base', () => {
    expect(classifyHref('../upload/ITA/EB1/01.pdf', null).kind).toBe('pdf');
    expect(classifyHref('file:///etc/passwd', null).kind).toBe('invalid');
    expect(classifyHref('data:text/html,<script>', null).kind).toBe('invalid');
    expect(classifyHref(' JavaScript:alert(1)', null).kind).toBe('script');
  });
  it('classifies documents on file-hosting services, share links and external sites', () => {
    const base = 'https://www.example.go.th/ita';
    expect(classifyHref('https://drive.google.com/file/d/1Ab/view', base).kind).toBe('cloud');
    expect(classifyHref('https://www.facebook.com/sharer/sharer.php?u=x', base).kind).toBe('social');
    expect(classifyHref('https://m.facebook.com/page', base).network).toBe('facebook');
    expect(classifyHref('https://lin.ee/abc', base).network).toBe('line');
    expect(classifyHref('https://other.go.th/x', base).kind).toBe('external');
    expect(classifyHref('/download?file=plan.pdf', base).kind).toBe('pdf');
    expect(classifyHref('https://example.go.th/a', base).kind).toBe('internal');
    // The extension is the path's last one, of at most four letters, in any case.
    expect(classifyHref('/files/plan.v2/report.PDF?dl=1', base).kind).toBe('pdf');
    expect(classifyHref('/files/plan.pdf/view', base).kind).toBe('internal');
    expect(classifyHref('/files/table.xlsx', base).kind).toBe('office');
    expect(classifyHref('/files/archive.xlsxx', base).kind).toBe('internal');
  });
  it('reads plain links (no URL parser) exactly as the URL parser does', () => {
    const piece = fc.constantFrom(
      '/', '/', 'a', 'news', 'item-5', '.', '..', '.pdf', '.PDF', '.docx', '.jpg', 'x.tar.gz', '%2e', '%41', '%E0%B8%81',
      '?', '?file=plan.pdf', '&doc=a.pdf', '=', '#top', ' ', 'ก', '\\', ':', '//', 'https://www.example.go.th',
      'https://www.facebook.com', 'https://drive.google.com', 'http://other.go.th',
    );
    const bases = ['https://www.example.go.th/ita/index.php', 'https://www.example.go.th/', 'https://www.facebook.com/p'];
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom(...bases), (parts, base) => {
        const href = parts.join('');
        expect(classifyHref(href, base)).toEqual(classifyHrefByParser(href, base));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('pageModelFromEvents', () => {
  it('builds the same model from open/text/close events as from HTML (a live DOM walked by the extension)', async () => {
    const { pageModelFromEvents } = await import('../../src/page/model.js');
    const fromEvents = pageModelFromEvents('https://www.buengkan.go.th/contact', (b) => {
      b.open('main', { id: 'content' });
      b.open('h1', {});
      b.text('ข้อมูลการติดต่อ');
      b.close();
      b.open('a', { href: '/files/o1.pdf' });
      b.text('โครงสร้าง');
      b.close();
      b.close();
    });
    const fromHtml = buildPageModel(
      '<main id="content"><h1>ข้อมูลการติดต่อ</h1><a href="/files/o1.pdf">โครงสร้าง</a></main>',
      'https://www.buengkan.go.th/contact',
    );
    expect({ ...fromEvents, size: 0 }).toEqual({ ...fromHtml, size: 0 });
  });
});
