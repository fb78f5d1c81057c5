/**
 * The OIT index page: most agencies publish one page listing O1…O43 with links (tables, lists, accordions, per-year
 * tabs). parseOitIndex() maps it to item → links, tolerant of label forms ("OIT 1", "O 1", "o1", "ข้อ O1", "01", "O๕"),
 * of items named without a number, of the same list pasted twice, and picks the section of the wanted fiscal year.
 */
import type { Framework, Item } from '../framework/model.js';
import type { PageLink, PageModel } from '../page/model.js';
import { parseItemLabel } from '../thai/labels.js';
import { matchKey } from '../thai/normalize.js';
import { extractYears } from '../thai/years.js';

export interface IndexEntry {
  item: string;
  /** How the item was recognised. */
  by: 'label' | 'name';
  /** The text that named it on the page. */
  text: string;
  links: PageLink[];
}

export interface OitIndex {
  /** The fiscal year of the section used (null: the page has no per-year sections). */
  fiscalYear: number | null;
  /** Fiscal years that have a section of their own on the page. */
  sections: number[];
  items: Record<string, IndexEntry>;
  /** How many distinct items the page lists: a page with fewer than 8 is probably not an OIT index. */
  count: number;
  isIndex: boolean;
}

interface Anchor {
  order: number;
  item: string | null;
  by: 'label' | 'name';
  text: string;
}

const SUB_INDICATOR = /ตัวชี้วัดย่อย|ตัวชี้วัดที่|sub-?indicator/i;
const NOISE_LINK = /^(หน้าแรก|หน้าหลัก|home|กลับ|ย้อนกลับ|back|top|ขึ้นบน)$/i;

/** Item name keys, longest first, for matching item names written without a number. */
function nameKeys(framework: Framework): { key: string; item: Item }[] {
  const out: { key: string; item: Item }[] = [];
  for (const item of framework.items) {
    for (const n of [item.name.th, item.name.en ?? '', ...item.aliases]) {
      const k = matchKey(n);
      if (k.length >= 2) out.push({ key: k, item });
    }
  }
  return out.sort((a, b) => b.key.length - a.key.length);
}

const keysCache = new WeakMap<Framework, { key: string; item: Item }[]>();

/** The item a text names: by label first ("O5", "OIT 5"), else by the longest item name it contains. */
export function itemOfText(text: string, framework: Framework, opts: { allowBareNumber?: boolean } = {}): { item: string; by: 'label' | 'name' } | null {
  const max = framework.items.length;
  const label = parseItemLabel(text, { allowBareNumber: opts.allowBareNumber ?? false, max });
  if (label) {
    const id = `O${label.number}`;
    if (framework.items.some((i) => i.id === id)) return { item: id, by: 'label' };
  }
  let keys = keysCache.get(framework);
  if (!keys) {
    keys = nameKeys(framework);
    keysCache.set(framework, keys);
  }
  const t = matchKey(text);
  if (t.length < 2 || t.length > 300) return null;
  for (const { key, item } of keys) {
    if (t === key || (key.length >= 4 && t.includes(key)) || (t.length >= 6 && key.includes(t) && t.length >= key.length * 0.7))
      return { item: item.id, by: 'name' };
  }
  return null;
}

export function parseOitIndex(page: PageModel, framework: Framework, opts: { fiscalYear?: number } = {}): OitIndex {
  const wanted = opts.fiscalYear ?? framework.fiscalYear;
  const items: Record<string, IndexEntry> = {};
  const add = (item: string, by: 'label' | 'name', text: string, links: PageLink[]) => {
    const entry = (items[item] ??= { item, by, text, links: [] });
    if (by === 'label' && entry.by === 'name') Object.assign(entry, { by, text });
    for (const l of links) if (!entry.links.some((x) => x.href === l.href && x.text === l.text)) entry.links.push(l);
  };
  const real = (l: PageLink) => l.kind !== 'anchor' && l.kind !== 'script' && l.kind !== 'invalid' && !NOISE_LINK.test(l.text.trim());

  // Per-year sections: headings or tabs that name a fiscal year.
  const yearMarks: { order: number; year: number }[] = [];
  for (const h of page.headings) {
    const ys = extractYears(h.text).fiscalYears;
    if (ys.length === 1 && /ita|oit|ปี|ประจำปี|งบประมาณ|\d{4}/i.test(h.text)) yearMarks.push({ order: h.order, year: ys[0] as number });
  }
  const sections = [...new Set(yearMarks.map((y) => y.year))].sort();
  const yearAt = (order: number): number | null => {
    let y: number | null = null;
    for (const m of yearMarks) if (m.order <= order) y = m.year;
    return y;
  };
  const useSections = sections.length >= 2 && sections.includes(wanted);
  const inSection = (order: number) => !useSections || yearAt(order) === wanted || yearAt(order) === null;

  // 1. Tables: a row whose first cells name an item; its links are the item's.
  const tableOrders = new Set<number>();
  for (const table of page.tables) {
    if (!inSection(table.order)) continue;
    table.rows.forEach((row, r) => {
      const head = row.slice(0, 2);
      let hit: { item: string; by: 'label' | 'name' } | null = null;
      for (const cell of head) {
        hit = itemOfText(cell, framework, { allowBareNumber: true });
        if (hit) break;
      }
      if (!hit) return;
      const links = (table.rowLinks[r] ?? []).filter(real);
      add(hit.item, hit.by, row.slice(0, 2).join(' '), links);
      for (const l of links) tableOrders.add(l.order);
    });
  }

  // 2. Anchors in document order: headings, link texts and text blocks that name an item; section headings break.
  const anchors: Anchor[] = [];
  for (const h of page.headings) {
    const hit = itemOfText(h.text, framework);
    if (hit) anchors.push({ order: h.order, item: hit.item, by: hit.by, text: h.text });
    else if (SUB_INDICATOR.test(h.text) || h.level <= 2) anchors.push({ order: h.order, item: null, by: 'name', text: h.text });
  }
  for (const b of page.blocks) {
    if (b.inNav || b.text.length > 200) continue;
    const label = parseItemLabel(b.text, { max: framework.items.length });
    if (label) anchors.push({ order: b.order, item: `O${label.number}`, by: 'label', text: b.text });
  }
  const linkAnchor = new Map<PageLink, { item: string; by: 'label' | 'name' }>();
  for (const l of page.links) {
    if (l.inNav || tableOrders.has(l.order)) continue;
    const hit = itemOfText(l.text, framework);
    if (hit) {
      linkAnchor.set(l, hit);
      anchors.push({ order: l.order, item: hit.item, by: hit.by, text: l.text });
    }
  }
  anchors.sort((a, b) => a.order - b.order);

  let k = 0;
  let current: Anchor | null = null;
  for (const l of [...page.links].sort((a, b) => a.order - b.order)) {
    while (k < anchors.length && (anchors[k]?.order ?? Infinity) <= l.order) current = anchors[k++] ?? null;
    if (l.inNav || tableOrders.has(l.order) || !inSection(l.order)) continue;
    const own = linkAnchor.get(l);
    if (own) {
      if (real(l)) add(own.item, own.by, l.text, [l]);
      else add(own.item, own.by, l.text, []);
      continue;
    }
    if (current?.item && real(l)) add(current.item, current.by, current.text, [l]);
  }

  const count = Object.keys(items).length;
  return { fiscalYear: useSections ? wanted : null, sections, items, count, isIndex: count >= 8 };
}
