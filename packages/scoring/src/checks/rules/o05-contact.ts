/**
 * O5 ข้อมูลการติดต่อ: at least 1) address 2) telephone 3) fax 4) e-mail 5) a map of the agency's location.
 * One number labelled "โทรศัพท์/โทรสาร" serves as both telephone and fax; an e-mail may be written name[at]domain; an
 * e-mail shown only as a picture must be read by a person. The map may be embedded, a link to a map service, or a
 * picture of a map. The page's footer counts: it is on the page the agency submits.
 */
import {
  type CheckContext,
  criterion,
  defineRule,
  findEmails,
  findPhones,
  findPostalAddress,
  key,
  type Proof,
  snippet,
} from '../kit.js';

const MAP_WORDS = ['แผนที่', 'map', 'ที่ตั้ง', 'location'];
const MAP_LINK =
  /google\.[a-z.]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org|longdo\.com|bing\.com\/maps|here\.com/i;
const EMAIL_PICTURE = /e-?mail|อีเมล|อีเมล์|ไปรษณีย์อิเล็กทรอนิกส์|mail/i;

/**
 * The first block — content first, then navigation and footer — where `find` matches, with its proof. `hint` is a
 * cheap test a block must pass before `find` reads it.
 */
function inBlocks<T extends { text: string; index?: number }>(
  ctx: CheckContext,
  hint: RegExp,
  find: (text: string) => T | null | undefined,
): { match: T; proof: Proof } | null {
  for (const nav of [false, true])
    for (const b of ctx.page.blocks) {
      if (b.inNav !== nav || !hint.test(b.text)) continue;
      const m = find(b.text);
      if (m) return { match: m, proof: { snippet: snippet(b.text, m.index ?? 0), path: b.path } };
    }
  return null;
}

/** A postcode, ตำบล/ต., แขวง, ที่อยู่, ที่ตั้ง or "address" (written out and factored: V8 runs it several times faster). */
const ADDRESS_HINT = /\d\d\d\d\d|ต(?:ำบล|\.)|แขวง|ที่(?:อยู่|ตั้ง)|address/i;
const PHONE_HINT = /\d[\d\s().-]{5,}\d|[๐-๙]{3}/;
const FAX_HINT = /โทรสาร|แฟ็?กซ์?|fax|(?<![A-Za-z])F\s*[:.]/i;
const EMAIL_HINT = /@|＠|\(at\)|\[at\]|\sat\s/i;

export default defineRule({
  id: 'O5',
  title: { th: 'มีข้อมูลการติดต่อครบ 5 องค์ประกอบ', en: 'Contact details are complete' },
  failureTitle: { th: 'ข้อมูลการติดต่อไม่ครบ', en: 'Contact details are incomplete' },
  description: {
    th: 'ที่อยู่ หมายเลขโทรศัพท์ หมายเลขโทรสาร ที่อยู่ไปรษณีย์อิเล็กทรอนิกส์ (E-Mail) และแผนที่ตั้งของหน่วยงาน',
    en: 'Address, telephone, fax, e-mail and a map of the location',
  },
  requires: ['page', 'links', 'frames', 'images'],
  keywords: [
    'ติดต่อเรา',
    'ติดต่อหน่วยงาน',
    'ติดต่อสอบถาม',
    'ช่องทางการติดต่อ',
    'ติดต่อโรงพยาบาล',
    'ติดต่อโรงเรียน',
    'contact us',
    'contact',
  ],
  excludes: ['ติดต่อสื่อสาร', 'ผู้มาติดต่อ'],
  /** A short title that starts with "ติดต่อ": "ติดต่อ อบต.", "ติดต่อเทศบาล", "ติดต่อกรม". */
  patterns: [/^ติดต่อ[\s\u0e01-\u0e4e.]{0,24}$/],
  elements: {
    address: (ctx, el) => {
      const hit = inBlocks(ctx, ADDRESS_HINT, (t) => findPostalAddress(t));
      return hit
        ? criterion(el, true, hit.proof)
        : criterion(el, false, null, { th: 'ไม่พบที่อยู่ (ตำบล อำเภอ จังหวัด รหัสไปรษณีย์)', en: 'No postal address found' });
    },
    phone: (ctx, el) => {
      const hit = inBlocks(ctx, PHONE_HINT, (t) => findPhones(t).find((p) => p.kind !== 'fax'));
      return hit
        ? criterion(el, true, hit.proof)
        : criterion(el, false, null, { th: 'ไม่พบหมายเลขโทรศัพท์', en: 'No telephone number found' });
    },
    fax: (ctx, el) => {
      const hit = inBlocks(ctx, FAX_HINT, (t) => findPhones(t).find((p) => p.kind === 'fax' || p.kind === 'both'));
      return hit
        ? criterion(el, true, hit.proof)
        : criterion(el, false, null, { th: 'ไม่พบหมายเลขโทรสาร', en: 'No fax number found' });
    },
    email: (ctx, el) => {
      const mail = ctx.page.links.find((l) => l.kind === 'mail' && /@/.test(l.rawHref));
      if (mail) return criterion(el, true, { snippet: mail.rawHref.replace(/^mailto:/i, ''), path: mail.path });
      const hit = inBlocks(ctx, EMAIL_HINT, (t) => findEmails(t)[0]);
      if (hit) return criterion(el, true, hit.proof);
      const picture = ctx.page.images.find((i) => EMAIL_PICTURE.test(`${i.alt} ${i.title} ${i.src}`));
      if (picture)
        return criterion(
          el,
          null,
          { snippet: picture.alt || picture.src, path: picture.path },
          { th: 'อีเมลแสดงเป็นรูปภาพ: ต้องตรวจด้วยตนเอง', en: 'The e-mail is shown as a picture: check by hand' },
        );
      return criterion(el, false, null, { th: 'ไม่พบอีเมล', en: 'No e-mail address found' });
    },
    map: (ctx, el) => {
      const frame = ctx.page.frames.find((f) => f.kind === 'map');
      if (frame)
        return criterion(el, true, {
          snippet: frame.title || frame.src.slice(0, 120),
          path: frame.path,
          href: frame.src,
        });
      const link = ctx.page.links.find((l) => l.href && MAP_LINK.test(l.href));
      if (link)
        return criterion(el, true, {
          snippet: link.text || 'แผนที่',
          path: link.path,
          ...(link.href ? { href: link.href } : {}),
        });
      const words = MAP_WORDS.map(key);
      const picture = ctx.page.images.find(
        (i) => !i.inNav && words.some((w) => key(`${i.alt} ${i.title} ${i.src}`).includes(w)),
      );
      if (picture) return criterion(el, true, { snippet: picture.alt || picture.src, path: picture.path });
      return criterion(el, false, null, { th: 'ไม่พบแผนที่ตั้งของหน่วยงาน', en: 'No location map found' });
    },
  },
});
