/**
 * O2 ข้อมูลผู้บริหาร: the head and the deputy heads, each with name-surname and position (the seed's wording), with a photo
 * and contact details (METHOD.md; the strict union). A vacant post may be shown as "ตำแหน่งว่าง".
 */
import { findEmails, findPeople, findPhones, findPositions } from '../../thai/contacts.js';
import { criterion, snippet } from '../lib.js';
import { defineRule } from '../define.js';
import type { CheckContext, Proof } from '../types.js';

interface Exec {
  kind: 'head' | 'deputy' | 'other' | 'vacant';
  position: string;
  name: string | null;
  proof: Proof;
}

/** Executives: each position found, paired with a person's name in the same block or the one before it. */
function executives(ctx: CheckContext): Exec[] {
  const out: Exec[] = [];
  const blocks = ctx.page.blocks.filter((b) => !b.inNav);
  blocks.forEach((b, k) => {
    for (const pos of findPositions(b.text)) {
      const here = findPeople(b.text);
      const before = k > 0 ? findPeople(blocks[k - 1]?.text ?? '') : [];
      const person = here[0] ?? before[before.length - 1] ?? null;
      out.push({
        kind: pos.kind,
        position: pos.text,
        name: person ? person.text : null,
        proof: { snippet: snippet(person && !here.length ? `${blocks[k - 1]?.text} ${b.text}` : b.text), path: b.path },
      });
    }
  });
  return out;
}

const CONTENT_IMAGE = (src: string) => !/logo|icon|banner|bg|background|arrow|bullet|spacer|line\.|sprite/i.test(src);

export default defineRule({
  id: 'O2',
  title: { th: 'แสดงข้อมูลผู้บริหารสูงสุดและรองผู้บริหารสูงสุด', en: 'The head and deputy heads are shown' },
  failureTitle: { th: 'ข้อมูลผู้บริหารไม่ครบ', en: 'Executive information is incomplete' },
  description: {
    th: 'ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของผู้บริหารสูงสุดและรองผู้บริหารสูงสุด',
    en: 'Name, position, photo and contact of the head and the deputy heads',
  },
  requires: ['page', 'images'],
  keywords: ['ทำเนียบผู้บริหาร', 'คณะผู้บริหาร', 'ผู้บริหาร', 'executives', 'executive'],
  elements: {
    'head-name': (ctx, el) => {
      const head = executives(ctx).find((e) => e.kind === 'head' && e.name);
      return criterion(el, !!head, head?.proof ?? null);
    },
    'head-position': (ctx, el) => {
      const head = executives(ctx).find((e) => e.kind === 'head');
      return criterion(el, !!head, head?.proof ?? null);
    },
    deputies: (ctx, el) => {
      const list = executives(ctx).filter((e) => e.kind === 'deputy' || e.kind === 'vacant');
      const unnamed = list.filter((e) => e.kind === 'deputy' && !e.name);
      if (!list.length)
        return criterion(el, false, null, { th: 'ไม่พบรองผู้บริหารสูงสุด (หากว่าง ให้ระบุ "ตำแหน่งว่าง")', en: 'No deputy head found (write "ตำแหน่งว่าง" for a vacant post)' });
      if (unnamed.length) return criterion(el, false, unnamed[0]?.proof ?? null, { th: 'รองผู้บริหารบางตำแหน่งไม่มีชื่อ-นามสกุล', en: 'A deputy has no name' });
      return criterion(el, true, list[0]?.proof ?? null);
    },
    photo: (ctx, el) => {
      const people = executives(ctx).filter((e) => e.kind !== 'other' && e.kind !== 'vacant').length;
      const photos = ctx.page.images.filter((i) => !i.inNav && i.src && CONTENT_IMAGE(i.src));
      if (!photos.length) return criterion(el, false, null);
      if (photos.length < people)
        return criterion(el, false, { snippet: `${photos.length} รูป / ${people} คน`, path: photos[0]?.path ?? '' }, { th: 'รูปถ่ายไม่ครบทุกคน', en: 'Not every executive has a photo' });
      const p = photos[0];
      return criterion(el, true, p ? { snippet: p.alt || p.src, path: p.path } : null);
    },
    contact: (ctx, el) => {
      for (const b of ctx.page.blocks) {
        if (b.inNav) continue;
        if (findPhones(b.text).length || findEmails(b.text).length) return criterion(el, true, { snippet: snippet(b.text), path: b.path });
      }
      return criterion(el, false, null);
    },
  },
});
