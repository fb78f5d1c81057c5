/**
 * O1 โครงสร้าง: the agency's internal organisation — its units (สำนัก กอง ศูนย์ ฝ่าย ส่วน กลุ่ม …) — usually as a chart.
 * Two elements: the chart (a picture or document of the structure, or the structure written out) and the units named.
 * A chart given only as a picture proves there is a chart, but its units can only be read by a person (needs-review).
 */
import {
  type CheckContext,
  criterion,
  defineRule,
  documentProof,
  findLinks,
  key,
  linkProof,
  snippet,
  unreadCriterion,
} from '../kit.js';

/** Words that name a chart of the structure. */
const CHART = [
  'โครงสร้าง',
  'แผนผัง',
  'แผนภูมิ',
  'ผังองค์กร',
  'ผังโครงสร้าง',
  'organization chart',
  'organisation chart',
  'org chart',
  'structure',
];
/** A unit: a unit word followed by its name ("กองคลัง", "สำนักปลัดเทศบาล", "กลุ่มงานอำนวยการ", "ฝ่ายบริหาร"). */
const UNIT = /(สำนักงาน|สำนัก|กองทุน|กอง|ศูนย์|ฝ่าย|กลุ่มงาน|กลุ่ม|แผนก|ส่วน|งาน)([\u0e01-\u0e4e]{2,40})/g;
/** Words that follow a unit word without naming a unit. */
const NOT_A_UNIT =
  /^(ราชการ|ภูมิภาค|ท้องถิ่น|กลาง|ตัวอย่าง|เป้าหมาย|ประเพณี|บริการ|ประชาสัมพันธ์|ต่างๆ|ที่|ซึ่ง|และ|หรือ|ใน|ของ|การปกครองส่วน|ร่วม|หนึ่ง|นี้|ทั้ง|เพิ่ม|ประกอบ|ได้|ให้|ตาม|ราชการส่วน)/;

export function unitNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(UNIT)) {
    const word = m[1] ?? '';
    const rest = m[2] ?? '';
    if (NOT_A_UNIT.test(rest)) continue;
    // "งาน" and "ส่วน" alone are ordinary words: only as a unit when followed by a typical unit name.
    if (
      (word === 'งาน' || word === 'ส่วน') &&
      !/^(บริหาร|การเงิน|บัญชี|พัสดุ|ธุรการ|นโยบาย|ก่อสร้าง|ออกแบบ|จัดเก็บ|ป้องกัน|กฎหมาย|ทะเบียน|แผน|สาธารณสุข|การเจ้าหน้าที่|ส่งเสริม|พัฒนา|ตรวจสอบ|อำนวยการ|บุคคล)/.test(
        rest,
      )
    )
      continue;
    out.add(`${word}${rest}`.slice(0, 40));
    if (out.size >= 60) break;
  }
  return [...out];
}

function chartPicture(ctx: CheckContext) {
  const words = CHART.map(key);
  return ctx.page.images.find((i) => {
    if (i.inNav) return false;
    let src = i.src;
    try {
      src = decodeURIComponent(i.src);
    } catch {
      /* keep */
    }
    const k = key(`${i.alt} ${i.title} ${src.replace(/[_/.-]/g, ' ')}`);
    return words.some((w) => k.includes(w));
  });
}

/** Units named in the page's content or in a read document. */
function units(
  ctx: CheckContext,
): { names: string[]; proof: { snippet: string; path?: string; href?: string } } | null {
  const own = new Set<string>();
  let first: { snippet: string; path?: string } | null = null;
  for (const b of ctx.page.blocks) {
    if (b.inNav) continue;
    const found = unitNames(b.text);
    if (found.length) {
      for (const f of found) own.add(f);
      first ??= { snippet: snippet(b.text), path: b.path };
    }
    if (own.size >= 60) break;
  }
  if (own.size >= 2 && first) return { names: [...own], proof: first };
  for (const d of ctx.facts.readDocuments) {
    const found = unitNames(d.text);
    if (found.length >= 2) return { names: found, proof: documentProof(d, found.slice(0, 1)) };
  }
  return null;
}

export default defineRule({
  id: 'O1',
  title: { th: 'แสดงโครงสร้างและส่วนงานภายในของหน่วยงาน', en: 'The organisation chart and its units are shown' },
  failureTitle: { th: 'ไม่พบโครงสร้างหน่วยงานที่แสดงส่วนงานภายใน', en: 'No organisation structure with its internal units' },
  description: {
    th: 'แผนผังโครงสร้าง และการแบ่งส่วนงานภายในของหน่วยงาน เช่น สำนัก กอง ศูนย์ ฝ่าย ส่วน กลุ่ม',
    en: 'A chart of the structure and the internal units: bureaus, divisions, centres, sections, groups',
  },
  requires: ['page', 'images', 'links', 'documents'],
  keywords: [
    'โครงสร้างองค์กร',
    'แผนภูมิโครงสร้าง',
    'ผังโครงสร้าง',
    'organization chart',
    'organization structure',
    'organisation structure',
  ],
  excludes: ['โครงสร้างพื้นฐาน', 'โครงสร้างอัตรากำลัง', 'โครงสร้างเงินเดือน', 'โครงสร้างราคา'],
  elements: {
    'org-chart': (ctx, el) => {
      const picture = chartPicture(ctx);
      if (picture) return criterion(el, true, { snippet: picture.alt || picture.src, path: picture.path });
      const found = units(ctx);
      // A document whose text lays out the units is the chart; so is the structure written out on the page.
      if (found && found.names.length >= 3) return criterion(el, true, found.proof);
      const doc = findLinks(ctx, CHART, { kinds: ['pdf', 'office', 'image', 'cloud'] })[0];
      if (doc) {
        const unread = ctx.facts.unreadDocuments.find((u) => u.link === doc);
        return unread
          ? (unreadCriterion(ctx, el) ?? criterion(el, null, linkProof(doc)))
          : criterion(el, true, linkProof(doc));
      }
      return (
        unreadCriterion(ctx, el) ??
        criterion(el, false, null, { th: 'ไม่พบแผนผังโครงสร้าง', en: 'No chart of the structure' })
      );
    },
    'internal-units': (ctx, el) => {
      const found = units(ctx);
      if (found) return criterion(el, true, { ...found.proof, snippet: found.names.slice(0, 6).join(', ') });
      const unread = unreadCriterion(ctx, el);
      if (unread) return unread;
      const picture = chartPicture(ctx);
      if (picture)
        return criterion(
          el,
          null,
          { snippet: picture.alt || picture.src, path: picture.path },
          {
            th: 'ส่วนงานอยู่ในแผนผังที่เป็นรูปภาพ: ต้องตรวจด้วยตนเอง',
            en: 'The units are in a chart image: check by hand',
          },
        );
      return criterion(el, false, null, { th: 'ไม่พบชื่อส่วนงานภายใน', en: 'No internal units named' });
    },
  },
});
