/**
 * O1 โครงสร้าง: the agency's internal organisation — its units (สำนัก กอง ศูนย์ ฝ่าย ส่วน กลุ่ม …) — usually as a chart.
 * A chart given only as a picture or a PDF proves the chart; its units can then only be read by a person.
 */
import { criterion, DOCUMENT_KINDS, findInDocuments, findLinks, key, snippet } from '../lib.js';
import { defineRule } from '../define.js';
import type { CheckContext } from '../types.js';

const UNITS = ['สำนัก', 'กอง', 'ศูนย์', 'ฝ่าย', 'ส่วน', 'กลุ่มงาน', 'กลุ่ม', 'งาน', 'แผนก', 'หน่วย', 'bureau', 'division', 'department', 'section'];
const CHART = ['โครงสร้าง', 'แผนผัง', 'ผังองค์กร', 'แผนภูมิ', 'organization chart', 'organisation chart', 'org chart', 'structure'];

/** Distinct unit names on the page ("กองคลัง", "สำนักปลัด"): a unit word followed by a name. */
function unitNames(ctx: CheckContext): { names: string[]; path?: string; text?: string } {
  const names = new Set<string>();
  let first: { path: string; text: string } | undefined;
  const re = /(สำนัก|กอง|ศูนย์|ฝ่าย|ส่วน|กลุ่มงาน|กลุ่ม|แผนก)(?!งาน\b)[\u0E00-\u0E7F]{2,30}/g;
  for (const b of ctx.page.blocks) {
    if (b.inNav) continue;
    for (const m of b.text.matchAll(re)) {
      names.add(m[0]);
      first ??= { path: b.path, text: b.text };
      if (names.size >= 50) break;
    }
  }
  for (const img of ctx.page.images) for (const m of `${img.alt} ${img.title}`.matchAll(re)) names.add(m[0]);
  return { names: [...names], ...(first ? first : {}) };
}

function chartImage(ctx: CheckContext) {
  const words = CHART.map(key);
  return ctx.page.images.find((i) => !i.inNav && words.some((w) => key(`${i.alt} ${i.title} ${decodeURI(i.src).replace(/[_/.-]/g, ' ')}`).includes(w)));
}

export default defineRule({
  id: 'O1',
  title: { th: 'แสดงโครงสร้างและการแบ่งส่วนงานภายในของหน่วยงาน', en: 'The organisation structure and its units are shown' },
  failureTitle: { th: 'ไม่พบโครงสร้างหน่วยงานที่แสดงส่วนงานภายใน', en: 'No organisation structure with internal units' },
  description: {
    th: 'ข้อมูลการแบ่งส่วนงานภายในของหน่วยงาน เช่น สำนัก กอง ศูนย์ ฝ่าย ส่วน กลุ่ม เป็นต้น',
    en: 'The internal units of the agency: bureaus, divisions, centres, sections, groups',
  },
  requires: ['page', 'links', 'images', 'documents'],
  keywords: ['โครงสร้างองค์กร', 'โครงสร้างหน่วยงาน', 'แผนผังองค์กร', 'ผังองค์กร', 'แผนภูมิโครงสร้าง', 'โครงสร้างส่วนราชการ', 'organization chart'],
  elements: {
    'org-chart': (ctx, el) => {
      const img = chartImage(ctx);
      if (img) return criterion(el, true, { snippet: img.alt || img.src, path: img.path });
      const doc = findLinks(ctx, CHART, { kinds: DOCUMENT_KINDS })[0];
      if (doc) return criterion(el, true, { snippet: doc.text, path: doc.path, ...(doc.href ? { href: doc.href } : {}) });
      const units = unitNames(ctx);
      if (units.names.length >= 3 && units.path) return criterion(el, true, { snippet: snippet(units.text ?? ''), path: units.path });
      // A large content image on a structure page is most likely the chart.
      const big = ctx.page.images.find((i) => !i.inNav && !/logo|icon|banner|bg/i.test(i.src));
      if (big) return criterion(el, null, { snippet: big.alt || big.src, path: big.path }, { th: 'อาจเป็นแผนผังในรูปภาพ ต้องตรวจด้วยตนเอง', en: 'Possibly a chart in an image: check by hand' });
      return criterion(el, false, null);
    },
    'internal-units': (ctx, el) => {
      const units = unitNames(ctx);
      if (units.names.length >= 2)
        return criterion(el, true, { snippet: units.names.slice(0, 6).join(', '), ...(units.path ? { path: units.path } : {}) });
      const inDoc = findInDocuments(ctx, UNITS.slice(0, 8));
      if (inDoc) return criterion(el, true, inDoc);
      if (chartImage(ctx) || findLinks(ctx, CHART, { kinds: DOCUMENT_KINDS }).length || ctx.page.images.some((i) => !i.inNav))
        return criterion(el, null, null, { th: 'ส่วนงานอยู่ในแผนผังที่เป็นรูปภาพหรือเอกสาร ต้องตรวจด้วยตนเอง', en: 'The units are in a chart image or document: check by hand' });
      return criterion(el, false, null);
    },
  },
});
