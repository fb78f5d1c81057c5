/** Building blocks for OIT rules: keyed text search with proof, link search, criteria, notes for the auditor. */
import type { ItemElement, LocalText } from '../framework/model.js';
import type { PageLink } from '../page/model.js';
import { matchKey } from '../thai/normalize.js';
import { type BlockIndex, blockAt, type ReadDocument } from './context.js';
import type { CheckContext, CriterionResult, Proof } from './types.js';

const keyCache = new Map<string, string>();
/** matchKey, memoised: the rules' keyword tables are keyed once, not once per page. */
export function key(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = matchKey(s);
    if (keyCache.size < 20_000) keyCache.set(s, k);
  }
  return k;
}

export function keys(list: readonly string[]): string[] {
  return list.map(key).filter((k) => k.length > 0);
}

/** At most `max` characters of `text` around offset `at`, with ellipses where cut. */
export function snippet(text: string, at = 0, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const start = Math.max(0, Math.min(at - Math.floor(max / 3), t.length - max));
  return `${start > 0 ? '…' : ''}${t.slice(start, start + max).trim()}${start + max < t.length ? '…' : ''}`;
}

/** The first block containing any needle (content blocks unless `nav`), as proof. */
export function findText(ctx: CheckContext, needles: readonly string[], opts: { nav?: boolean } = {}): Proof | null {
  const index: BlockIndex = opts.nav ? ctx.facts.allIndex : ctx.facts.contentIndex;
  let best = -1;
  for (const needle of keys(needles)) {
    const at = index.joined.indexOf(needle);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  if (best < 0) return null;
  const block = ctx.page.blocks[blockAt(index, best)];
  return block ? { snippet: snippet(block.text), path: block.path } : null;
}

/** Links whose text matches any needle (and whose kind is one of `kinds`); content links unless `nav`. */
export function findLinks(
  ctx: CheckContext,
  needles: readonly string[],
  opts: { kinds?: readonly PageLink['kind'][]; nav?: boolean } = {},
): PageLink[] {
  const ks = keys(needles);
  const out: PageLink[] = [];
  const linkKeys = ctx.facts.linkKeys;
  ctx.page.links.forEach((link, k) => {
    if (opts.kinds && !opts.kinds.includes(link.kind)) return;
    if (!opts.nav && link.inNav) return;
    const t = linkKeys[k] ?? '';
    if (ks.some((n) => t.includes(n))) out.push(link);
  });
  return out;
}

export function linkProof(link: PageLink, text?: string): Proof {
  return {
    snippet: snippet(text ?? (link.text || link.rawHref)),
    path: link.path,
    ...(link.href ? { href: link.href } : {}),
  };
}

/** A quote of a read document around the first needle found, or its opening lines. */
export function documentProof(doc: ReadDocument, needles: readonly string[] = []): Proof {
  const flat = doc.text.replace(/\s+/g, ' ');
  let at = 0;
  for (const n of keys(needles)) {
    const k = doc.key.indexOf(n);
    if (k >= 0) {
      // Keys drop spaces and punctuation: map the key offset back proportionally.
      at = Math.round((k / Math.max(1, doc.key.length)) * flat.length);
      break;
    }
  }
  return { snippet: snippet(flat, at), href: doc.url, ...(doc.link ? { path: doc.link.path } : {}) };
}

export function criterion(
  element: ItemElement,
  met: boolean | null,
  evidence: Proof | null,
  note?: LocalText,
): CriterionResult {
  const c: CriterionResult = { id: element.id, label: element.label, met, evidence };
  if (note) c.note = note;
  return c;
}

export const NOTE_UNREAD: LocalText = {
  th: 'หลักฐานอยู่ในเอกสารที่ลิงก์ไว้ซึ่งยังไม่ได้อ่าน: ต้องตรวจด้วยตนเอง',
  en: 'The proof is in a linked document that was not read: check it by hand',
};
export const NOTE_SCANNED: LocalText = {
  th: 'เอกสารเป็นภาพสแกน ไม่มีข้อความให้อ่าน: ต้องตรวจด้วยตนเอง',
  en: 'The document is a scan with no text layer: check it by hand',
};
export const NOTE_CLOUD: LocalText = {
  th: 'เอกสารอยู่บนบริการฝากไฟล์ (เช่น Google Drive) ซึ่งตรวจอัตโนมัติไม่ได้: ต้องตรวจด้วยตนเอง',
  en: 'The document is on a file-hosting service (Google Drive …): check it by hand',
};
export const NOTE_IMAGE: LocalText = {
  th: 'ข้อมูลอยู่ในรูปภาพ: ต้องตรวจด้วยตนเอง',
  en: 'The information is in an image: check it by hand',
};
export const NOTE_NO_RULE: LocalText = {
  th: 'ไม่มีการตรวจอัตโนมัติสำหรับองค์ประกอบนี้: ต้องตรวจด้วยตนเอง',
  en: 'No automatic check for this element: check it by hand',
};

/** Why the checks could not see the content: the first unread document's reason, as a note with its link. */
export function unreadCriterion(ctx: CheckContext, element: ItemElement): CriterionResult | null {
  const first = ctx.facts.unreadDocuments[0];
  if (!first) return null;
  const note =
    first.reason === 'scanned'
      ? NOTE_SCANNED
      : first.reason === 'cloud'
        ? NOTE_CLOUD
        : first.reason === 'image'
          ? NOTE_IMAGE
          : NOTE_UNREAD;
  return criterion(element, null, linkProof(first.link), note);
}

/**
 * Large pictures in the page's content, after its first heading (not icons, logos, headers, banners inside links):
 * where a scan of the content may be.
 */
export function contentPictures(ctx: CheckContext) {
  const firstHeading = ctx.page.headings.find((h) => !h.inNav)?.order ?? 0;
  return ctx.page.images.filter(
    (i) =>
      !i.inNav &&
      !i.inLink &&
      i.order > firstHeading &&
      i.src &&
      !/logo|icon|bullet|spacer|banner|header|cover|slide|arrow|line\.|bg[-_.]|background|button|btn|\.gif$/i.test(
        i.src,
      ) &&
      (i.width === null || i.width >= 250),
  );
}
