import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../fixtures/corpus.mjs';
import { itemOfText, mayBeIndex, parseOitIndex } from '../../src/checks/oit-index.js';
import { getFramework } from '../../src/frameworks/index.js';
import { decodeHtml } from '../../src/page/decode.js';
import { buildPageModel } from '../../src/page/model.js';
import { matchKey } from '../../src/thai/normalize.js';

const fw = getFramework('nacc-ita-2564');
const sites = loadCorpus();
const indexOf = (id: string) => {
  const site = sites.find((s) => s.id === id);
  if (!site) throw new Error(id);
  const entry = site.entries.find((e) => e.path === site.index);
  if (!entry?.bytes) throw new Error(`${id} index`);
  return { site, index: parseOitIndex(buildPageModel(decodeHtml(entry.bytes).text, entry.url), fw) };
};
const paths = (links: { href: string | null }[]) => links.map((l) => (l.href ? new URL(l.href).pathname : null));

describe('parseOitIndex on the corpus index pages', () => {
  it('tables in accordions, "OIT 1" labels (province)', () => {
    const { index } = indexOf('province');
    expect(index.count).toBe(43);
    expect(index.isIndex).toBe(true);
    expect(paths(index.items.O5?.links ?? [])).toEqual(['/contact']);
    expect(paths(index.items.O10?.links ?? [])).toEqual(['/uploads/plan/action-plan-2564.pdf']);
    expect(index.items.O1?.by).toBe('label');
  });
  it('one big table with "O1" labels, rows without links (district)', () => {
    const { index } = indexOf('district');
    expect(
      Object.values(index.items)
        .filter((e) => e.links.length)
        .map((e) => e.item)
        .sort(),
    ).toEqual(['O1', 'O10', 'O17', 'O2', 'O3', 'O30', 'O32', 'O34', 'O39', 'O41', 'O5', 'O6', 'O7', 'O8', 'O9'].sort());
    expect(index.items.O4?.links).toEqual([]);
  });
  it('items by Thai name only, per-year tab panes, a list pasted twice (municipality)', () => {
    const { index } = indexOf('municipality');
    expect(index.sections).toEqual([2563, 2564]);
    expect(index.fiscalYear).toBe(2564);
    expect(paths(index.items.O10?.links ?? [])).toEqual(['/wp-content/uploads/2021/ita/o10-plan-2564.pdf']);
    expect(paths(index.items.O6?.links ?? [])).toEqual(['/law/']); // written กฏหมาย
    expect(paths(index.items.O8?.links ?? [])).toEqual(['/qa/']); // "Q&A"
    expect(index.count).toBe(43);
    // the 2563 tab is chosen when asked for
    const old = parseOitIndex(
      buildPageModel(
        decodeHtml(
          sites.find((s) => s.id === 'municipality')?.entries.find((e) => e.path === '/ita-2564/')?.bytes as Uint8Array,
        ).text,
        'https://www.nongnamsai.go.th/ita-2564/',
      ),
      fw,
      { fiscalYear: 2563 },
    );
    expect(paths(old.items.O10?.links ?? [])).toEqual(['/wp-content/uploads/2020/ita/o10-plan-2563.pdf']);
  });
  it('accordion folders with zero-typed labels "01" … "043" (SAO)', () => {
    const { index } = indexOf('sao');
    expect(index.count).toBe(43);
    expect(paths(index.items.O29?.links ?? [])).toEqual(['/datacenter/doc_download/complaint-guide.pdf']);
    expect(paths(index.items.O43?.links ?? [])).toEqual(['/datacenter/doc_download/ita-actions-2564.pdf']);
  });
  it('year tabs told apart by their panes, the wrong year first (department)', () => {
    const { index } = indexOf('department');
    expect(index.sections).toEqual([2563, 2564]);
    expect(paths(index.items.O10?.links ?? [])).toEqual(['/sites/default/files/oit/action-plan-2564.pdf']);
    expect(paths(index.items.O39?.links ?? [])).toEqual(['/sites/default/files/oit/anti-plan-2564.pdf']);
  });
  it('"#!" text links with the PDF on a sibling icon, broken markup (hospital)', () => {
    const { index } = indexOf('hospital');
    expect(paths(index.items.O10?.links ?? [])).toEqual(['/upload/ITA/ITA2564/O10.pdf']);
    expect(paths(index.items.O1?.links ?? [])).toEqual(['/upload/ITA/ITA2564/O1.pdf']);
    expect(index.count).toBe(14);
  });
  it('a list of "O1 name - คลิก" lines (school) and a card grid (held-out public organisation)', () => {
    expect(paths(indexOf('school').index.items.O36?.links ?? [])).toEqual(['/oit/o36.html']);
    const { index } = indexOf('holdout-pubco');
    expect(paths(index.items.O42?.links ?? [])).toEqual(['/uploads/ita-measures-2564.pdf']);
    expect(index.items.O1?.links).toEqual([]);
  });
});

describe('itemOfText', () => {
  it('reads labels and names, the most specific name winning', () => {
    expect(itemOfText('OIT 5 ข้อมูลการติดต่อ', fw)).toEqual({ item: 'O5', by: 'label' });
    expect(itemOfText('กฏหมายที่เกี่ยวข้อง', fw)).toEqual({ item: 'O6', by: 'name' });
    expect(itemOfText('รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน', fw)?.item).toBe('O40');
    expect(itemOfText('แผนปฏิบัติการป้องกันการทุจริตประจำปี', fw)?.item).toBe('O39');
  });
  it('takes a long document title for an item only when asked to be loose', () => {
    const title = 'ดาวน์โหลดเอกสารประกอบการประชุมเรื่องข่าวประชาสัมพันธ์ของจังหวัดและการจัดงานประจำปีทั้งหมด';
    expect(itemOfText(title, fw, { exact: true })).toBeNull();
    expect(itemOfText(title, fw)?.item).toBe('O7');
  });
});

describe('parseOitIndex edge cases', () => {
  it('reads a page with no items as no index, and survives empty input', () => {
    expect(parseOitIndex(buildPageModel('<p>ยินดีต้อนรับ</p>', null), fw)).toMatchObject({ count: 0, isIndex: false });
    expect(parseOitIndex(buildPageModel('', null), fw).count).toBe(0);
  });
  it('uses year headings when there are no tabs, and ignores navigation', () => {
    const html = `<nav><a href="/x">โครงสร้าง</a></nav>
      <h2>ITA ปี 2565</h2><ul><li>O1 <a href="/2565/o1.pdf">โครงสร้าง 2565</a></li></ul>
      <h2>ITA ปี 2564</h2><ul><li>O1 <a href="/2564/o1.pdf">โครงสร้าง 2564</a></li><li>O2 <a href="/2564/o2.pdf">ผู้บริหาร</a></li></ul>`;
    const index = parseOitIndex(buildPageModel(html, 'https://a.go.th/ita'), fw);
    expect(index.fiscalYear).toBe(2564);
    expect(paths(index.items.O1?.links ?? [])).toEqual(['/2564/o1.pdf']);
  });
});

describe('itemOfText, exact: the quick test on the key units never changes the answer', () => {
  // Texts built from item names and aliases (whole, cut, padded, spaced, misspelt) and noise, checked with the quick
  // test (no key given) against the full look-up (the key given, which skips it).
  const names = fw.items.flatMap((i) => [i.name.th, i.name.en ?? '', ...i.aliases]).filter(Boolean);
  const piece = fc.oneof(
    fc.constantFrom(...names),
    fc.constantFrom(...names).chain((n) =>
      fc.tuple(fc.nat(n.length), fc.nat(n.length)).map(([a, b]) => n.slice(Math.min(a, b), Math.max(a, b))),
    ),
    fc.constantFrom(' ', '  ', '.', '-', 'O5 ', 'ข้อ ', 'ประจำปี ๒๕๖๔', 'ดาวน์โหลด', 'อ่านต่อ', 'เเผน', 'กฏหมาย', 'ITA'),
    fc.string({ maxLength: 12 }),
  );
  it('for 5,000 generated texts', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('');
        const quick = itemOfText(text, fw, { exact: true });
        expect(quick).toEqual(itemOfText(text, fw, { exact: true, key: matchKey(text) }));
      }),
      { numRuns: 5000 },
    );
  });
  it('for 3,000 generated long texts (headlines, where the key\'s first units settle most)', () => {
    const words = fc.constantFrom('ข่าวที่ 105 ', 'จังหวัดนครไพร', 'จัดกิจกรรม', 'ประจำปีงบประมาณ พ.ศ. 2564 ', 'ผู้ว่าราชการ', ' ณ ศาลากลาง');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, words), { minLength: 4, maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(itemOfText(text, fw, { exact: true })).toEqual(itemOfText(text, fw, { exact: true, key: matchKey(text) }));
      }),
      { numRuns: 3000 },
    );
  });
  it('for 5,000 item names with a little before and after (names nearly as long as the text: the limits)', () => {
    const bit = fc.constantFrom('', ' ', 'ดาวน์โหลด ', 'ปี 2564 ', '(pdf)', 'ข้อ ', 'O12 ', 'ประจำปีงบประมาณ ', 'ฉบับปรับปรุง');
    fc.assert(
      fc.property(bit, fc.constantFrom(...names), bit, bit, (a, n, b, c) => {
        const text = `${a}${n}${b}${c}`;
        expect(itemOfText(text, fw, { exact: true })).toEqual(itemOfText(text, fw, { exact: true, key: matchKey(text) }));
      }),
      { numRuns: 5000 },
    );
  });
  it('for every item name followed by 0 to 40 more letters (and a space): every length limit, either side', () => {
    for (const n of names)
      for (let extra = 0; extra <= 40; extra++) {
        const text = `${n}${'ก'.repeat(extra)} `;
        expect(itemOfText(text, fw, { exact: true })).toEqual(itemOfText(text, fw, { exact: true, key: matchKey(text) }));
      }
  });
  it('for every item name as it is, and inside a short link text', () => {
    for (const n of names) {
      for (const text of [n, `${n} ปี 2564`, `ดาวน์โหลด ${n}`]) {
        expect(itemOfText(text, fw, { exact: true })).toEqual(itemOfText(text, fw, { exact: true, key: matchKey(text) }));
      }
      expect(itemOfText(n, fw, { exact: true })).not.toBeNull();
    }
  });
});

describe('mayBeIndex: the quick test before the index parse', () => {
  const check = (page: ReturnType<typeof buildPageModel>) => {
    const parsed = parseOitIndex(page, fw);
    // One-sided: it may say "maybe" of a page that is not an index, never "no" of one that is.
    if (parsed.isIndex) expect(mayBeIndex(page, fw)).toBe(true);
    return parsed.isIndex;
  };
  it('says "maybe" of every index page of the corpus, and settles most other pages', () => {
    let pages = 0;
    let indexes = 0;
    let settled = 0;
    for (const site of sites)
      for (const [path, file] of site.files) {
        if (file.kind !== 'page' || !file.bytes) continue;
        const page = buildPageModel(decodeHtml(file.bytes).text, `${site.origin}${path}`);
        pages++;
        if (check(page)) indexes++;
        else if (!mayBeIndex(page, fw)) settled++;
      }
    expect(indexes).toBeGreaterThanOrEqual(sites.length);
    expect(settled / (pages - indexes)).toBeGreaterThan(0.8);
  });
  it('never says "no" of a generated list of items (labels, names, tables, headings, links, repeated texts)', () => {
    const names = fw.items.map((i) => ({ id: i.id, name: i.name.th }));
    const entry = fc.record({
      k: fc.nat(names.length - 1),
      form: fc.constantFrom('label-link', 'name-link', 'heading', 'block', 'row', 'news'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 14 }), (entries) => {
        const rows: string[] = [];
        const body = entries
          .map(({ k, form }) => {
            const n = names[k] as { id: string; name: string };
            if (form === 'row') {
              rows.push(`<tr><td>${n.id}</td><td><a href="/d/${k}.pdf">${n.name}</a></td></tr>`);
              return '';
            }
            if (form === 'label-link') return `<p><a href="/i/${k}">${n.id} ${n.name}</a></p>`;
            if (form === 'name-link') return `<p><a href="/i/${k}">${n.name}</a></p>`;
            if (form === 'heading') return `<h3>${n.name}</h3><p><a href="/h/${k}.pdf">ดาวน์โหลด</a></p>`;
            if (form === 'block') return `<p>${n.id} ${n.name}</p><p><a href="/b/${k}.pdf">เอกสาร</a></p>`;
            return `<p><a href="/news/${k}">ข่าว ${n.name} ประจำปี 2564 ของจังหวัด</a></p>`;
          })
          .join('');
        const html = `<html><body><main><h1>ITA</h1>${body}<table>${rows.join('')}</table></main></body></html>`;
        check(buildPageModel(html, 'https://www.example.go.th/ita'));
      }),
      { numRuns: 400 },
    );
  });
});
