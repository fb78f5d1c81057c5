/** Building blocks for OIT rules: find keyed text with its proof, find links, judge years, build criteria. */
import type { ItemElement, LocalText } from '../framework/model.js';
import type { PageLink } from '../page/model.js';
import { matchKey } from '../thai/normalize.js';
import { coversFiscalYear } from '../thai/years.js';
import { blockAt, preparePage } from './context.js';
import type { Applicability, CheckContext, CriterionResult, Proof } from './types.js';

const keyCache = new Map<string, string>();
/** matchKey, memoised: rule keyword tables are keyed once, not once per page. */
export function key(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = matchKey(s);
    if (keyCache.size < 50_000) keyCache.set(s, k);
  }
  return k;
}

export function keys(list: readonly string[]): string[] {
  return list.map(key).filter((k) => k.length > 0);
}

/** A snippet of at most `max` characters of `text` around `at`. */
export function snippet(text: string, at = 0, max = 160): string {
  if (text.length <= max) return text;
  const start = Math.max(0, Math.min(at - Math.floor(max / 3), text.length - max));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + max).trim()}${start + max < text.length ? '…' : ''}`;
}

/** The first block of page text containing any needle (outside navigation unless `nav`), with its CSS path. */
export function findText(ctx: CheckContext, needles: readonly string[], opts: { nav?: boolean } = {}): Proof | null {
  const { blocks } = preparePage(ctx.page);
  for (const needle of keys(needles)) {
    let from = 0;
    for (let guard = 0; guard < 1000; guard++) {
      const at = blocks.joined.indexOf(needle, from);
      if (at < 0) break;
      const b = blockAt(blocks, at);
      const block = ctx.page.blocks[b];
      if (block && (opts.nav || !block.inNav)) return { snippet: snippet(block.text), path: block.path };
      from = (blocks.starts[b + 1] ?? blocks.joined.length) + 0;
    }
  }
  return null;
}

/** Links whose text (or href) matches any needle, optionally of some kinds. */
export function findLinks(
  ctx: CheckContext,
  needles: readonly string[],
  opts: { kinds?: PageLink['kind'][]; nav?: boolean; href?: boolean } = {},
): PageLink[] {
  const { text } = preparePage(ctx.page);
  const ks = keys(needles);
  const out: PageLink[] = [];
  ctx.page.links.forEach((link, k) => {
    if (opts.kinds && !opts.kinds.includes(link.kind)) return;
    if (!opts.nav && link.inNav) return;
    const t = text.links[k] ?? '';
    const h = opts.href ? (link.href ?? link.rawHref).toLowerCase() : '';
    if (ks.some((n) => t.includes(n) || (h && h.includes(n)))) out.push(link);
  });
  return out;
}

export const DOCUMENT_KINDS: PageLink['kind'][] = ['pdf', 'office', 'image', 'archive'];

/** Links to documents (PDF, office files, images of documents) in the page's content. */
export function documentLinks(ctx: CheckContext): PageLink[] {
  return ctx.page.links.filter((l) => !l.inNav && DOCUMENT_KINDS.includes(l.kind));
}

/** Documents linked from the page that the caller did not read (or that have no text layer). */
export function unreadDocuments(ctx: CheckContext): PageLink[] {
  const read = new Map(ctx.documents.map((d) => [d.url, d]));
  return documentLinks(ctx).filter((l) => {
    const d = l.href ? read.get(l.href) : undefined;
    return !d || d.scanned || !!d.error;
  });
}

/** Text of the documents the caller did read, keyed. */
export function documentText(ctx: CheckContext): { key: string; url: string; text: string }[] {
  return ctx.documents.filter((d) => !d.scanned && !d.error && d.text).map((d) => ({ key: key(d.text), url: d.url, text: d.text }));
}

/** A needle in read documents: the proof quotes the document. */
export function findInDocuments(ctx: CheckContext, needles: readonly string[]): Proof | null {
  const ks = keys(needles);
  for (const d of documentText(ctx)) {
    for (const n of ks) {
      const at = d.key.indexOf(n);
      if (at >= 0) return { snippet: snippet(d.text.replace(/\s+/g, ' '), Math.round((at / Math.max(1, d.key.length)) * d.text.length)), href: d.url };
    }
  }
  return null;
}

export function criterion(element: ItemElement, met: boolean | null, evidence: Proof | null, note?: LocalText): CriterionResult {
  const c: CriterionResult = { id: element.id, label: element.label, met, evidence };
  if (note) c.note = note;
  return c;
}

export const NOTE_UNREAD: LocalText = {
  th: 'อาจอยู่ในเอกสารที่แนบ ซึ่งยังไม่ได้อ่าน หรือเป็นเอกสารสแกน: ต้องตรวจด้วยตนเอง',
  en: 'May be in a linked document that was not read or is scanned: check by hand',
};
export const NOTE_NO_RULE: LocalText = {
  th: 'ไม่มีการตรวจอัตโนมัติสำหรับองค์ประกอบนี้: ต้องตรวจด้วยตนเอง',
  en: 'No automatic check for this element: check by hand',
};

/**
 * Text found on the page, in link texts or in read documents → met; not found but unread documents are linked →
 * cannot tell (null); otherwise not met.
 */
export function textCriterion(ctx: CheckContext, element: ItemElement, needles: readonly string[]): CriterionResult {
  const onPage = findText(ctx, needles);
  if (onPage) return criterion(element, true, onPage);
  const link = findLinks(ctx, needles)[0];
  if (link) return criterion(element, true, { snippet: link.text, path: link.path, ...(link.href ? { href: link.href } : {}) });
  const inDoc = findInDocuments(ctx, needles);
  if (inDoc) return criterion(element, true, inDoc);
  if (unreadDocuments(ctx).length) return criterion(element, null, null, NOTE_UNREAD);
  return criterion(element, false, null);
}

/** The item's fiscal-year rule, judged over the page's headings, text, link texts and read documents. */
export function fiscalYearCriterion(ctx: CheckContext, element: ItemElement): CriterionResult {
  const rule = ctx.fiscalYear;
  if (!rule) return criterion(element, true, null);
  const sources: { text: string; proof: (t: string) => Proof }[] = [
    { text: [ctx.page.title, ...ctx.page.headings.map((h) => h.text), ...ctx.page.breadcrumbs].join('\n'), proof: (t) => ({ snippet: snippet(t) }) },
    ...ctx.page.links.filter((l) => !l.inNav).map((l) => ({ text: l.text, proof: (t: string) => ({ snippet: t, path: l.path, ...(l.href ? { href: l.href } : {}) }) })),
    ...ctx.page.blocks.filter((b) => !b.inNav).map((b) => ({ text: b.text, proof: (t: string) => ({ snippet: snippet(t), path: b.path }) })),
    ...ctx.documents.filter((d) => d.text).map((d) => ({ text: d.text.slice(0, 20_000), proof: (t: string) => ({ snippet: snippet(t.replace(/\s+/g, ' ')), href: d.url }) })),
  ];
  const found = new Set<number>();
  for (const s of sources) {
    const r = coversFiscalYear(s.text, rule.year, rule.mode);
    for (const y of r.found) found.add(y);
    if (r.met) return criterion(element, true, s.proof(s.text));
  }
  // The page as a whole may satisfy "at-least"/"covers" across blocks.
  const all = coversFiscalYear([...found].map((y) => `พ.ศ. ${y}`).join(' '), rule.year, rule.mode);
  if (all.met) return criterion(element, true, { snippet: [...found].sort().join(', ') });
  if (unreadDocuments(ctx).length) return criterion(element, null, null, NOTE_UNREAD);
  const seen = [...found].sort();
  return criterion(element, false, seen.length ? { snippet: `พบปี ${seen.join(', ')}` } : null, {
    th: `ต้องเป็นข้อมูลปี พ.ศ. ${rule.year}${seen.length ? ` (พบ ${seen.join(', ')})` : ''}`,
    en: `Must be data of FY${rule.year}${seen.length ? ` (found ${seen.join(', ')})` : ''}`,
  });
}

/**
 * Is the page about the item? Strong signals: its OIT label (O5, OIT 5) in the title, headings or breadcrumbs, or its
 * name or an alias there. Weak: the name early in the main text. The auditor can force a check on any page.
 */
export function appliesByName(ctx: CheckContext, extra: readonly string[] = []): Applicability {
  const { text } = preparePage(ctx.page);
  const number = Number(ctx.item.id.slice(1));
  const reasons: string[] = [];
  let confidence = 0;
  if (text.labels.includes(number)) {
    confidence = Math.max(confidence, 0.9);
    reasons.push(`label ${ctx.item.id}`);
  }
  const names = keys([ctx.item.name.th, ...(ctx.item.name.en ? [ctx.item.name.en] : []), ...ctx.item.aliases, ...extra]);
  const inTitle = names.find((n) => n.length >= 2 && (text.title.includes(n) || text.breadcrumbs.includes(n)));
  const inHeading = names.find((n) => n.length >= 2 && text.headings.includes(n));
  if (inTitle) {
    confidence = Math.max(confidence, 0.8);
    reasons.push(`title: ${inTitle}`);
  }
  if (inHeading) {
    confidence = Math.max(confidence, 0.75);
    reasons.push(`heading: ${inHeading}`);
  }
  if (!inTitle && !inHeading) {
    const early = text.main.slice(0, 400);
    const inText = names.find((n) => n.length >= 4 && early.includes(n));
    if (inText) {
      confidence = Math.max(confidence, 0.4);
      reasons.push(`text: ${inText}`);
    }
  }
  return { applies: confidence >= 0.5, confidence, reasons };
}
