import { describe, expect, it } from 'vitest';
import { buildPageModel, classifyHref } from '../../src/page/model.js';

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
  const m = buildPageModel(html, 'https://www.buengkan.go.th/contact');
  it('reads title, language, description, headings, breadcrumbs', () => {
    expect(m.title).toBe('ติดต่อเรา | จังหวัดบึงกาฬ');
    expect(m.lang).toBe('th');
    expect(m.description).toBe('ข้อมูลการติดต่อ');
    expect(m.headings).toEqual([{ level: 1, text: 'ข้อมูลการ ติดต่อ', path: '#content > h1:nth-of-type(1)' }]);
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
    expect(m.tables[0]?.rows).toEqual([['ข้อ', 'ข้อมูล'], ['O1', 'โครงสร้าง word']]);
    expect(m.tables[0]?.rowLinks[1]?.map((l) => l.kind)).toEqual(['pdf', 'office']);
    expect(m.forms[0]).toMatchObject({ action: '/contact', method: 'post' });
    expect(m.forms[0]?.fields.map((f) => f.name)).toEqual(['name', 'msg', '']);
    expect(m.forms[0]?.text).toContain('ส่งข้อความ');
  });
  it('survives garbage, deep nesting and huge input', () => {
    expect(() => buildPageModel('\u0000\uffff<<<>>></div></li </li>')).not.toThrow();
    const deep = '<div>'.repeat(10_000) + 'ลึก' + '</div>'.repeat(10_000);
    expect(buildPageModel(deep).text).toBe('ลึก');
    const big = buildPageModel('<p>x</p>'.repeat(100), null, { maxBytes: 100 });
    expect(big.truncated).toBe(true);
  });
  it('classifies hrefs without a base', () => {
    expect(classifyHref('../upload/ITA/EB1/01.pdf', null).kind).toBe('pdf');
    expect(classifyHref('file:///etc/passwd', null).kind).toBe('invalid');
  });
});
