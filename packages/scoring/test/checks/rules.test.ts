import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { NACC_RULES } from '../../src/checks/rules/index.js';
import { checkDocument, checkHtml } from '../../src/checks/run.js';
import { verdictOf } from '../../src/checks/verdict.js';
import { getFramework } from '../../src/frameworks/index.js';

const fw = getFramework('nacc-ita-2564');
const URL_ = 'https://www.example.go.th/page';
const page = (body: string, title = '') => `<!doctype html><html lang="th"><head><title>${title}</title></head><body>
<nav class="navbar"><a href="/">หน้าแรก</a><a href="/contact">ติดต่อเรา</a><a href="/qa">ถาม-ตอบ</a><a href="/laws">กฎหมายที่เกี่ยวข้อง</a></nav>
<main>${body}</main><footer class="site-footer">© 2564</footer></body></html>`;
const item = (html: string, id: string, opts: Parameters<typeof checkHtml>[2] = {}) => {
  const r = checkHtml(html, URL_, { items: [id], ...opts }).items[0];
  if (!r) throw new Error(id);
  return r;
};

describe('the rules and the framework data', () => {
  it('every FY2564 item has its own rule module, and every element of every item has a matcher', () => {
    expect([...NACC_RULES.keys()].sort()).toEqual(fw.items.map((i) => i.id).sort());
    for (const it_ of fw.items) {
      const rule = NACC_RULES.get(it_.id);
      for (const e of it_.elements) expect(rule?.elementIds, `${it_.id}.${e.id}`).toContain(e.id);
    }
  });
  it('every rule speaks Thai and English', () => {
    for (const rule of NACC_RULES.values())
      for (const t of [rule.meta.title, rule.meta.failureTitle, rule.meta.description]) {
        expect(t.th, rule.meta.id).toMatch(/[\u0e00-\u0e7f]/);
        expect(t.en, rule.meta.id).toMatch(/[a-z]/i);
      }
  });
});

describe('verdicts', () => {
  const app = { applies: true, confidence: 0.8, reasons: [] };
  const c = (met: boolean | null) => ({ id: 'x', label: { th: 'x' }, met, evidence: null });
  it('are derived the same way for every item', () => {
    expect(verdictOf({ ...app, applies: false }, [c(true)])).toBe('not-applicable');
    expect(verdictOf(app, [c(true), c(true)])).toBe('pass');
    expect(verdictOf(app, [c(true), c(null)])).toBe('needs-review');
    expect(verdictOf(app, [c(null), c(false)])).toBe('fail');
    expect(verdictOf(app, [])).toBe('needs-review');
    expect(verdictOf({ ...app, applies: false }, [c(false)], true)).toBe('fail');
  });
});

describe('O5 contact', () => {
  const contact = (extra = '') =>
    page(
      `<h1>ติดต่อเรา</h1><p>ศาลากลางจังหวัด ถนนศรีนคร ตำบลในเมือง อำเภอเมือง จังหวัดนครไพร 45000</p>
      <p>โทรศัพท์ 0-4351-1001</p><p>อีเมล saraban[at]example.go.th</p>${extra}
      <iframe src="https://www.google.com/maps/embed?pb=1"></iframe>`,
      'ติดต่อเรา',
    );
  it('passes with all five, and says which is missing otherwise', () => {
    expect(item(contact('<p>โทรสาร 0-4351-1002</p>'), 'O5').verdict).toBe('pass');
    const r = item(contact(), 'O5');
    expect(r.verdict).toBe('fail');
    expect(r.missing).toEqual(['fax']);
    expect(r.criteria.find((x) => x.id === 'fax')?.note?.th).toContain('โทรสาร');
    const path = r.criteria.find((x) => x.id === 'address')?.evidence?.path ?? '';
    // The proof's CSS path selects the element that holds it.
    expect(load(contact())(path).text()).toContain('45000');
  });
  it('is not about a page that only has the contact page in its menu, unless the auditor says so', () => {
    const news = page('<h1>ข่าวประชาสัมพันธ์</h1><p>ข่าว</p>', 'ข่าว');
    expect(item(news, 'O5').verdict).toBe('not-applicable');
    const forced = item(news, 'O5', { force: true });
    expect(forced.verdict).toBe('fail');
    expect(forced.missing).toEqual(['address', 'phone', 'fax', 'email', 'map']);
  });
});

describe('documents behind links', () => {
  const plan = page(
    '<h1>แผนดำเนินงานประจำปี</h1><p><a href="/files/plan-2564.pdf">แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2564</a></p>',
  );
  const text =
    'แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2564\nโครงการ งบประมาณ ระยะเวลา\n1 โครงการก่อสร้างถนน 500,000 บาท ต.ค. 63 - ก.ย. 64';
  it('a plan behind an unread PDF needs review; read, it passes; scanned, it needs review', () => {
    const unread = item(plan, 'O10');
    expect(unread.verdict).toBe('needs-review');
    expect(unread.criteria.find((c) => c.id === 'plan')?.note?.en).toMatch(/not read/);
    expect(
      item(plan, 'O10', { documents: [{ url: 'https://www.example.go.th/files/plan-2564.pdf', text, scanned: false }] })
        .verdict,
    ).toBe('pass');
    const scan = item(plan, 'O10', {
      documents: [{ url: 'https://www.example.go.th/files/plan-2564.pdf', text: '', scanned: true }],
    });
    expect(scan.verdict).toBe('needs-review');
    expect(scan.criteria.find((c) => c.id === 'plan')?.note?.en).toMatch(/scan/);
  });
  it('ignores documents the page does not link to', () => {
    expect(
      item(plan, 'O10', { documents: [{ url: 'https://elsewhere.go.th/x.pdf', text, scanned: false }] }).verdict,
    ).toBe('needs-review');
  });
  it('a plan of the wrong year fails on its year, whatever the document says', () => {
    const old = page('<h1>แผนดำเนินงานประจำปี</h1><p><a href="/files/plan-2563.pdf">แผนดำเนินงาน ปี 2563</a></p>');
    const r = item(old, 'O10');
    expect(r.verdict).toBe('fail');
    expect(r.missing).toEqual(['fiscal-year']);
    expect(r.criteria.find((c) => c.id === 'fiscal-year')?.note?.th).toContain('2564');
  });
  it('checks a document on its own, titled by its link; a scan is needs-review, never pass', () => {
    expect(checkDocument(text, 'https://a.go.th/p.pdf', 'แผนดำเนินงาน', { items: ['O10'] }).items[0]?.verdict).toBe(
      'pass',
    );
    expect(checkDocument('', 'https://a.go.th/p.pdf', 'แผนดำเนินงาน ปี 2564', { items: ['O10'] }).items[0]?.verdict).toBe(
      'needs-review',
    );
  });
});

describe('channels on the agency website', () => {
  const qa = (body: string) => page(`<h1>ถาม-ตอบ (Q&amp;A)</h1>${body}`, 'Q&A');
  it('a question form posting to the agency site passes', () => {
    expect(
      item(
        qa(
          '<form action="/qa/send" method="post"><input name="n"><textarea name="q"></textarea><button>ส่ง</button></form>',
        ),
        'O8',
      ).verdict,
    ).toBe('pass');
  });
  it('a form posting elsewhere, LINE only, or a static FAQ fail; the note says why', () => {
    expect(
      item(qa('<form action="https://other.com/x" method="post"><textarea name="q"></textarea></form>'), 'O8').verdict,
    ).toBe('fail');
    const line = item(qa('<a href="https://line.me/R/ti/p/%40abc">LINE</a>'), 'O8');
    expect(line.verdict).toBe('fail');
    expect(line.criteria[0]?.note?.en).toMatch(/leaves the agency/);
    expect(item(qa('<p><b>ถาม</b> เปิดกี่โมง <b>ตอบ</b> 8.30 น.</p>'), 'O8').verdict).toBe('fail');
  });
  it('a search box is not a channel; an embedded Google form is', () => {
    expect(
      item(qa('<form action="/search"><input name="q"><input name="x"><button>ค้นหา</button></form>'), 'O8').verdict,
    ).toBe('fail');
    const opinion = page(
      '<h1>รับฟังความคิดเห็น</h1><iframe src="https://docs.google.com/forms/d/e/x/viewform?embedded=true"></iframe>',
    );
    expect(item(opinion, 'O32').verdict).toBe('pass');
  });
  it('counts subdomains of the agency as its own site', () => {
    const complaint = page(
      '<h1>ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</h1><a href="https://complaint.example.go.th/">ระบบรับเรื่องร้องเรียน</a>',
    );
    expect(item(complaint, 'O30').verdict).toBe('pass');
  });
});

describe('O2 executives and O9 social networks', () => {
  const execs = (deputy: string) =>
    page(`<h1>ทำเนียบผู้บริหาร</h1><img src="/a.jpg" width="200"><p>นายสมชาย ใจดี</p><p>ผู้ว่าราชการจังหวัดนครไพร</p>${deputy}`);
  it('accepts a vacant deputy post, rejects a missing or unnamed deputy', () => {
    expect(item(execs('<p>รองผู้ว่าราชการจังหวัด (ว่าง)</p>'), 'O2').verdict).toBe('pass');
    expect(item(execs(''), 'O2').missing).toEqual(['deputies']);
    expect(item(execs('<img src="/b.jpg" width="200"><p>รองผู้ว่าราชการจังหวัด</p>'), 'O2').missing).toEqual(['deputies']);
  });
  it('wants a photo of everyone named', () => {
    expect(item(execs('<p>นายสมศักดิ์ มั่นคง</p><p>รองผู้ว่าราชการจังหวัดนครไพร</p>'), 'O2').missing).toEqual(['photo']);
  });
  it('reads social links on the home page; share buttons do not count', () => {
    const home = (links: string) => `<html><body><main><h1>ยินดีต้อนรับ</h1></main><footer>${links}</footer></body></html>`;
    expect(
      checkHtml(
        home('<a href="https://www.facebook.com/agency"><i class="fab fa-facebook"></i></a>'),
        'https://a.go.th/',
        { items: ['O9'] },
      ).items[0]?.verdict,
    ).toBe('pass');
    const share = checkHtml(
      home('<a href="https://www.facebook.com/sharer/sharer.php?u=x">แชร์</a>'),
      'https://a.go.th/index.php',
      { items: ['O9'] },
    ).items[0];
    expect(share?.verdict).toBe('fail');
    expect(share?.criteria[0]?.note?.en).toMatch(/share buttons/);
  });
});

describe('what a page is about', () => {
  it('the more specific item wins; navigation and headline links never count; an index is about nothing', () => {
    const r = checkHtml(
      page('<h1>แผนปฏิบัติการป้องกันการทุจริตประจำปี</h1><h3><a href="/n/1">ประกาศเจตจำนงสุจริต</a></h3>'),
      URL_,
    );
    const applies = r.items.filter((i) => i.applies).map((i) => i.id);
    expect(applies).toEqual(['O39']);
    const rows = fw.items
      .map((i) => `<tr><td>${i.id}</td><td>${i.name.th}</td><td><a href="/x/${i.id}">ดู</a></td></tr>`)
      .join('');
    const index = checkHtml(page(`<h1>ITA 2564</h1><table>${rows}</table>`), URL_);
    expect(index.items.every((i) => i.verdict === 'not-applicable')).toBe(true);
    // An accordion whose headers name every item: each seems to apply, and the index veto says why not.
    const cards = fw.items
      .map((i) => `<h4>${i.id} ${i.name.th}</h4><ul><li><a href="/x/${i.id}.pdf">เอกสาร</a></li></ul>`)
      .join('');
    const accordion = checkHtml(page(`<h1>ITA 2564</h1>${cards}`), URL_);
    expect(accordion.isIndex).toBe(true);
    expect(accordion.items.every((i) => i.verdict === 'not-applicable')).toBe(true);
    expect(accordion.items[4]?.reasons).toEqual(['OIT index page: it links to the items']);
  });
  it('reports the fiscal years a page mentions', () => {
    expect(checkHtml(page('<h1>ข่าว</h1><p>1 ต.ค. 2563 และ 2562</p>'), URL_).fiscalYears).toEqual([2562, 2564]);
    // Past the first 30,000 characters of content, a section heading still counts; a headline link (another page's
    // title) does not.
    const filler = '<p>ข้อความประชาสัมพันธ์ของหน่วยงาน</p>'.repeat(1500);
    const deep = checkHtml(
      page(`<h1>ข่าว</h1>${filler}<h2>แผนประจำปี 2560</h2><h3><a href="/n/1">ข่าวประจำปี 2559</a></h3>`),
      URL_,
    );
    expect(deep.fiscalYears).toEqual([2560]);
  });
});
