/**
 * O5 ข้อมูลการติดต่อ: at least 1) address 2) telephone 3) fax 4) e-mail 5) a map of the agency's location.
 * One number labelled "โทรศัพท์/โทรสาร" serves as both telephone and fax. E-mail may be written name[at]domain.
 * The map may be an embedded map, a link to a map service, or a picture of a map.
 */
import { findEmails, findPhones, findPostalAddress } from '../../thai/contacts.js';
import { criterion, key, snippet } from '../lib.js';
import { defineRule } from '../define.js';
import type { CheckContext, Proof } from '../types.js';

/** The first block (content first, then navigation and footer) where `find` matches, as proof. */
function inBlocks<T extends { text: string }>(ctx: CheckContext, find: (text: string) => T | null): { match: T; proof: Proof } | null {
  const ordered = [...ctx.page.blocks.filter((b) => !b.inNav), ...ctx.page.blocks.filter((b) => b.inNav)];
  for (const b of ordered) {
    const m = find(b.text);
    if (m) return { match: m, proof: { snippet: snippet(b.text, b.text.indexOf(m.text)), path: b.path } };
  }
  return null;
}

const MAP_WORDS = ['แผนที่', 'map', 'ที่ตั้ง', 'location'];
const MAP_LINK = /google\.[a-z.]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org|longdo\.com/i;

export default defineRule({
  id: 'O5',
  title: { th: 'มีข้อมูลการติดต่อครบ 5 องค์ประกอบ', en: 'Contact details are complete' },
  failureTitle: { th: 'ข้อมูลการติดต่อไม่ครบ', en: 'Contact details are incomplete' },
  description: {
    th: 'ที่อยู่ หมายเลขโทรศัพท์ หมายเลขโทรสาร ที่อยู่ไปรษณีย์อิเล็กทรอนิกส์ (E-Mail) และแผนที่ตั้งของหน่วยงาน',
    en: 'Address, telephone, fax, e-mail and a map of the location',
  },
  requires: ['page', 'links', 'frames', 'images'],
  keywords: ['ติดต่อเรา', 'ติดต่อหน่วยงาน', 'contact us', 'contact', 'ข้อมูลการติดต่อ'],
  elements: {
    address: (ctx, el) => {
      const hit = inBlocks(ctx, (t) => findPostalAddress(t));
      return criterion(el, !!hit, hit?.proof ?? null);
    },
    phone: (ctx, el) => {
      const hit = inBlocks(ctx, (t) => findPhones(t).find((p) => p.kind === 'phone' || p.kind === 'both') ?? null);
      return criterion(el, !!hit, hit?.proof ?? null);
    },
    fax: (ctx, el) => {
      const hit = inBlocks(ctx, (t) => findPhones(t).find((p) => p.kind === 'fax' || p.kind === 'both') ?? null);
      return criterion(el, !!hit, hit?.proof ?? null);
    },
    email: (ctx, el) => {
      const mail = ctx.page.links.find((l) => l.kind === 'mail');
      if (mail) return criterion(el, true, { snippet: mail.rawHref.replace(/^mailto:/i, ''), path: mail.path });
      const hit = inBlocks(ctx, (t) => findEmails(t)[0] ?? null);
      if (hit) return criterion(el, true, hit.proof);
      // An e-mail written only as an image: a person must read it.
      const img = ctx.page.images.find((i) => /e-?mail|อีเมล|ไปรษณีย์อิเล็กทรอนิกส์/i.test(`${i.alt} ${i.title} ${i.src}`));
      if (img) return criterion(el, null, { snippet: img.alt || img.src, path: img.path }, { th: 'อีเมลเป็นรูปภาพ ต้องตรวจด้วยตนเอง', en: 'The e-mail is an image: check by hand' });
      return criterion(el, false, null);
    },
    map: (ctx, el) => {
      const frame = ctx.page.frames.find((f) => f.kind === 'map');
      if (frame) return criterion(el, true, { snippet: frame.title || frame.src.slice(0, 120), path: frame.path, href: frame.src });
      const link = ctx.page.links.find((l) => l.href && MAP_LINK.test(l.href));
      if (link) return criterion(el, true, { snippet: link.text || 'Google Maps', path: link.path, ...(link.href ? { href: link.href } : {}) });
      const words = MAP_WORDS.map(key);
      const img = ctx.page.images.find((i) => words.some((w) => key(`${i.alt} ${i.title} ${i.src}`).includes(w)));
      if (img) return criterion(el, true, { snippet: img.alt || img.src, path: img.path });
      return criterion(el, false, null);
    },
  },
});
