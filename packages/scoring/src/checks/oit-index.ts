/**
 * The OIT index page: most agencies publish one page listing O1…O43 with links — tables, lists, accordions of folders,
 * per-year tabs. parseOitIndex() maps it to item → links:
 * - items recognised by label in any form ("OIT 1", "O 1", "o1", "ข้อ O1", "01", "029", "O๕") or by their Thai name
 *   alone (spelling variants included: กฏหมาย, ปฎิบัติ), the most specific name winning;
 * - tables: a row whose label or name cell names an item owns the row's links;
 * - lists and accordions: a heading, a short line or a link that names an item owns the links after it, until the next
 *   item or a sub-indicator heading; a link whose text is an item's name is that item's link;
 * - per-year sections (headings, tabs whose panes' ids or tab links name a year): only the wanted year's section is
 *   read, whatever its place on the page; a list pasted twice merges.
 */
import type { Framework, Item } from '../framework/model.js';
import type { PageLink, PageModel } from '../page/model.js';
import { mayStartWithItemLabel, parseItemLabel, readItemLabel } from '../thai/labels.js';
import { matchKey, matchKeyUnits, moreMatchKeyUnits } from '../thai/normalize.js';
import { extractYears, toBuddhistYear } from '../thai/years.js';

export interface IndexEntry {
  item: string;
  /** How the item was recognised. */
  by: 'label' | 'name';
  /** The text that named it on the page. */
  text: string;
  links: PageLink[];
}

export interface OitIndex {
  /** The fiscal year of the section read (null: the page has no per-year sections, or none for the wanted year). */
  fiscalYear: number | null;
  /** Fiscal years that have a section of their own on the page. */
  sections: number[];
  items: Record<string, IndexEntry>;
  /** Distinct items listed. */
  count: number;
  /** Eight or more items listed: an OIT index. */
  isIndex: boolean;
}

type Hit = { item: string; by: 'label' | 'name' };

const SUB_INDICATOR = /ตัวชี้วัดย่อย|ตัวชี้วัดที่|sub-?indicator|^\s*\d{1,2}\.\d\s/i;
const NOISE_LINK = /^(หน้าแรก|หน้าหลัก|home|กลับ|ย้อนกลับ|back|top|ขึ้นบน|print|พิมพ์)$/i;

interface NameKey {
  key: string;
  item: Item;
  /** Place in `sorted`: of two names as long, the earlier wins. */
  rank: number;
}

interface NameIndex {
  /** Longest first. */
  sorted: NameKey[];
  exact: Map<string, Item>;
  /** Keys of four characters or more by their first character, longest first. */
  byFirst: Map<number, NameKey[]>;
  /** The longest key's length: a text needing a longer name names none. */
  longest: number;
  /**
   * A quick, one-sided test for the exact match (see mayNameExactly): for each hash of a key's first two units, the
   * longest key starting so (keys of four units or more); and the hashes of every whole key.
   */
  startLongest: Uint8Array;
  wholeHashes: Set<number>;
  /**
   * The last place an exactly named name can start at in a key of any length (see shortestExact): past it, a name
   * long enough for the key would not fit. mayTextNameExactly reads only the key's start up to it when that settles.
   */
  lastStart: number;
  /** For a name of S units (S < 256): the longest key it may name exactly (0 for S < 4: such names only whole). */
  longestNamed: Uint16Array;
}

/** The shortest name a key of n units may be named by exactly: about as long as the key (the rest is noise). */
const shortestExact = (n: number) => Math.max(4, Math.ceil((n - 6) / 1.35));

/** A hash of two code units (collisions only make mayNameExactly say "maybe" more often). */
const pairHash = (a: number, b: number) => ((a << 7) ^ b) & 0xffff;
/** FNV-1a over code units. */
function unitsHash(units: ArrayLike<number>, length: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ (units[k] as number), 16777619);
  return h >>> 0;
}

const nameCache = new WeakMap<Framework, NameIndex>();

/** Item name keys of a framework, indexed for matching. */
function nameIndex(framework: Framework): NameIndex {
  let index = nameCache.get(framework);
  if (!index) {
    const sorted: NameKey[] = [];
    for (const item of framework.items)
      for (const n of new Set([item.name.th, item.name.en ?? '', ...item.aliases].map(matchKey)))
        if (n.length >= 2) sorted.push({ key: n, item, rank: 0 });
    sorted.sort((a, b) => b.key.length - a.key.length);
    const exact = new Map<string, Item>();
    const byFirst = new Map<number, NameKey[]>();
    sorted.forEach((k, rank) => {
      k.rank = rank;
      if (!exact.has(k.key)) exact.set(k.key, k.item);
      if (k.key.length < 4) return;
      const c = k.key.charCodeAt(0);
      const list = byFirst.get(c) ?? [];
      list.push(k);
      byFirst.set(c, list);
    });
    const startLongest = new Uint8Array(0x10000);
    const wholeHashes = new Set<number>();
    for (const { key } of sorted) {
      wholeHashes.add(unitsHash(Array.from(key, (_c, k) => key.charCodeAt(k)), key.length));
      if (key.length < 4) continue;
      const h = pairHash(key.charCodeAt(0), key.charCodeAt(1));
      startLongest[h] = Math.max(startLongest[h] as number, Math.min(255, key.length));
    }
    const longest = sorted[0]?.key.length ?? 0;
    let lastStart = 0;
    for (let n = 4; n <= 300 && shortestExact(n) <= longest; n++) lastStart = Math.max(lastStart, n - shortestExact(n));
    const longestNamed = new Uint16Array(256);
    for (let n = 4; n <= 300; n++) for (let S = shortestExact(n); S < 256; S++) longestNamed[S] = n;
    index = { sorted, exact, byFirst, longest, startLongest, wholeHashes, lastStart, longestNamed };
    nameCache.set(framework, index);
  }
  return index;
}

/**
 * The item whose name a keyed text contains (the longest name first; of two as long, the earlier). `exact`: the text
 * is about as long as the name. Names of four characters or more are looked for where they could start: at a
 * character that begins one, early enough in the text for the name to fit.
 */
function nameOfKey(t: string, framework: Framework, exact: boolean): Item | null {
  const index = nameIndex(framework);
  const n = t.length;
  const whole = n <= index.longest ? index.exact.get(t) : undefined;
  if (whole) return whole;
  const shortest = exact ? shortestExact(n) : 4;
  if (shortest > index.longest) return null;
  let best: NameKey | null = null;
  for (let p = 0; p <= n - shortest; p++) {
    const list = index.byFirst.get(t.charCodeAt(p));
    if (!list) continue;
    for (const k of list) {
      const len = k.key.length;
      if (len > n - p) continue;
      if (len < shortest || (best && (len < best.key.length || (len === best.key.length && k.rank > best.rank))))
        break;
      if (t.startsWith(k.key, p)) {
        best = k;
        break;
      }
    }
  }
  return best ? best.item : null;
}

/**
 * Could nameOfKey(key, framework, exact = true) find a name in this key (given as code units)? False only when it
 * certainly would not: the key is no name's whole, and no place where a long enough name could start begins as one
 * does. Cheaper than making the key a string and looking: most link texts (headlines, "read more") name no item.
 */
function mayNameExactly(units: Uint16Array, n: number, index: NameIndex): boolean {
  if (n < 2 || n > 300) return false;
  if (n <= index.longest && index.wholeHashes.has(unitsHash(units, n))) return true;
  const shortest = shortestExact(n);
  if (shortest > index.longest) return false;
  const starts = index.startLongest;
  for (let p = 0; p <= n - shortest; p++)
    if ((starts[pairHash(units[p] as number, units[p + 1] as number)] as number) >= shortest) return true;
  return false;
}

/**
 * mayNameExactly for a text, keying only as much of it as needed: most texts that name nothing are settled on their
 * key's first units. A key of n ≥ m units is named exactly only by a name of shortestExact(m) units or more that
 * starts no later than lastStart, and a name of S units names no key longer than longestNamed[S]. So the key's
 * first units (every start up to lastStart) give the longest key any name starting there could name: a key that
 * turns out longer names nothing. (A key that is a whole name of four units or more starts one at 0: whole names
 * are never ruled out this way; shorter ones are read whole before any test.)
 */
function mayTextNameExactly(text: string, index: NameIndex): boolean {
  // (A key is no longer than its text: in a text of L units a name can start no later than L - shortestExact(L),
  // which grows with L. Texts of four units or fewer are keyed whole.)
  const last = Math.max(1, Math.min(index.lastStart, text.length - shortestExact(text.length)));
  let key = matchKeyUnits(text, last + 3);
  if (!key.complete) {
    // (The first last + 2 units are final: every two-unit start up to `last` is known.)
    const shortest = shortestExact(key.length);
    const units = key.buffer;
    const starts = index.startLongest;
    let bound = 0;
    for (let p = 0; p <= last; p++) {
      const S = starts[pairHash(units[p] as number, units[p + 1] as number)] as number;
      if (S >= shortest && (index.longestNamed[S] as number) > bound) bound = index.longestNamed[S] as number;
    }
    if (bound === 0) return false;
    key = moreMatchKeyUnits(text, bound + 1);
    if (!key.complete) return false;
  }
  return mayNameExactly(key.buffer, key.length, index);
}

const HAS_DIGIT = /[0-9\u0e50-\u0e59０-９]/;
const MAX_LINKS_PER_ITEM = 40;

/** The framework's item a short text starts with the label of ("O5", "OIT 5", "05"), or null. */
function labelOf(text: string, framework: Framework, allowBareNumber: boolean): string | null {
  // (Most texts hold no label: told before an options object is made for the patterns.)
  if (typeof text !== 'string' || !mayStartWithItemLabel(text)) return null;
  const label = readItemLabel(text, { allowBareNumber, max: framework.items.length });
  if (!label) return null;
  const id = `O${label.number}`;
  return framework.items.some((i) => i.id === id) ? id : null;
}

/**
 * The item a short text names: by label first ("O5", "OIT 5", "05"), else by the most specific item name it contains.
 * `exact`: the text must be about as long as the name (a link titled with the name, not a document title that
 * happens to contain it). `key`: the text's match key when the caller has it, or a function that gives it (asked for
 * only when the text may name an item).
 */
export function itemOfText(
  text: string,
  framework: Framework,
  opts: { allowBareNumber?: boolean; exact?: boolean; key?: string | (() => string) } = {},
): Hit | null {
  const label = labelOf(text, framework, opts.allowBareNumber ?? false);
  if (label) return { item: label, by: 'label' };
  if (text.length > 600) return null;
  const given = opts.key;
  if (opts.exact && typeof given !== 'string') {
    // Most texts asked about exactly name nothing: ruled out on the key's units, before the key is made a string.
    if (!mayTextNameExactly(text, nameIndex(framework))) return null;
  }
  const t = given === undefined ? matchKey(text) : typeof given === 'string' ? given : given();
  if (t.length < 2 || t.length > 300) return null;
  const item = nameOfKey(t, framework, opts.exact ?? false);
  return item ? { item: item.id, by: 'name' } : null;
}

const YEAR_HEADING = /ita|oit|ปี|ประจำปี|งบประมาณ|\d{4}/i;
const YEAR_ID = /(?:^|[^0-9])(25[4-9]\d|26[0-3]\d|20[0-9]\d)(?:[^0-9]|$)/;

/**
 * Could parseOitIndex() find this page an index (eight items or more)? False only when it certainly would not, at a
 * fraction of the parse's cost: every item the parse lists is named by a table row, a block starting with a label, a
 * heading or a link that names it exactly (parseOitIndex's own filters, sections aside); each such place names one
 * item, so fewer than eight places that could (distinct labels, distinct texts) cannot make an index. Most pages
 * (an item's page, news) are settled here without the parse.
 */
export function mayBeIndex(page: PageModel, framework: Framework): boolean {
  const labels = new Set<string>();
  const texts = new Set<string>();
  // Table rows: whatever their cells say, one item each at most.
  let rows = 0;
  for (const table of page.tables) if (!table.inNav) rows += table.rows.length;
  const enough = () => rows + labels.size + texts.size >= 8;
  if (enough()) return true;
  const index = nameIndex(framework);
  const checked = new Set<string>();
  /** Records what a heading's or a link's text could name exactly; true when that makes eight. */
  const exactly = (text: string): boolean => {
    // (Short texts repeat — "อ่านต่อ", "ดาวน์โหลด" — and are looked at once; long ones rarely do: not worth hashing.)
    if (text.length <= 60) {
      if (checked.has(text)) return false;
      if (checked.size < 20_000) checked.add(text);
    }
    const label = labelOf(text, framework, false);
    if (label) labels.add(label);
    else if (mayTextNameExactly(text, index)) texts.add(text);
    return enough();
  };
  for (const b of page.blocks) {
    if (b.inNav || b.text.length > 200) continue;
    const label = labelOf(b.text, framework, false);
    if (label) {
      labels.add(label);
      if (enough()) return true;
    }
  }
  for (const h of page.headings) if (!h.inNav && !h.linkOnly && exactly(h.text)) return true;
  for (const l of page.links) if (!l.inNav && l.text.length <= 140 && exactly(l.text)) return true;
  return false;
}

/**
 * Reads a page as an OIT index. `linkKeys` (match keys of the link texts, parallel to page.links, or a function that
 * gives the key of link k) saves keying them again when the caller has them.
 */
export function parseOitIndex(
  page: PageModel,
  framework: Framework,
  opts: { fiscalYear?: number; linkKeys?: readonly string[] | ((k: number) => string) } = {},
): OitIndex {
  const wanted = opts.fiscalYear ?? framework.fiscalYear;
  const items: Record<string, IndexEntry> = {};
  const seen = new Map<string, Set<string>>();
  const add = (hit: Hit, text: string, links: PageLink[] | PageLink) => {
    const entry = items[hit.item] ?? { item: hit.item, by: hit.by, text, links: [] };
    items[hit.item] = entry;
    if (hit.by === 'label' && entry.by === 'name') Object.assign(entry, { by: hit.by, text });
    let hrefs = seen.get(hit.item);
    if (!hrefs) {
      hrefs = new Set();
      seen.set(hit.item, hrefs);
    }
    for (const l of Array.isArray(links) ? links : [links]) {
      // An item has a handful of links; hundreds mean the anchor ran on into unrelated content.
      if (entry.links.length >= MAX_LINKS_PER_ITEM) break;
      const h = l.href ?? l.rawHref;
      if (hrefs.has(h)) continue;
      hrefs.add(h);
      entry.links.push(l);
    }
  };
  /** add() would change nothing: the item's entry is full and already named by label (or this hit is by name). */
  const settled = (hit: Hit) => {
    const entry = items[hit.item];
    return entry !== undefined && entry.links.length >= MAX_LINKS_PER_ITEM && (hit.by !== 'label' || entry.by === 'label');
  };
  // Items named by texts, exactly (headings and links): pages repeat link texts ("ดาวน์โหลด", "อ่านต่อ").
  const exactHits = new Map<string, Hit | null>();
  let keyOf = -1;
  const byKey = { exact: true, key: () => (linkKey as (k: number) => string)(keyOf) };
  const byText = { exact: true };
  /** The item `text` names exactly; `k`: the text is link k's (whose key the caller may have). */
  const exactHit = (text: string, k: number): Hit | null => {
    // (Long texts — headlines — are rarely repeated: not worth hashing to look them up.)
    const memo = text.length <= 60;
    let hit = memo ? exactHits.get(text) : undefined;
    if (hit === undefined) {
      if (k >= 0 && linkKey) {
        // (The link's key, which the page's facts keep for the other rules, is made only if the text may name one.)
        keyOf = k;
        hit = itemOfText(text, framework, byKey);
      } else hit = itemOfText(text, framework, byText);
      if (memo && exactHits.size < 20_000) exactHits.set(text, hit);
    }
    return hit;
  };
  const linkKeys = opts.linkKeys;
  const linkKey =
    linkKeys === undefined
      ? undefined
      : typeof linkKeys === 'function'
        ? linkKeys
        : (k: number) => linkKeys[k] as string;
  const real = (l: PageLink) =>
    l.kind !== 'anchor' && l.kind !== 'script' && l.kind !== 'invalid' && !NOISE_LINK.test(l.text.trim());

  // ── Per-year sections: tab panes (by id, or by the tab links that point at them) and year headings.
  const yearById = new Map<string, number>();
  for (const l of page.links) {
    // (A link written "#…" is classified an anchor: other links are passed over without reading their address.)
    if (l.kind !== 'anchor' || !l.rawHref.startsWith('#') || l.rawHref.length < 2) continue;
    const ys = extractYears(l.text).fiscalYears;
    if (ys.length === 1) yearById.set(l.rawHref.slice(1), ys[0] as number);
  }
  const scopeYear = (scope: readonly string[]): number | null => {
    for (let k = scope.length - 1; k >= 0; k--) {
      const id = scope[k] as string;
      const mapped = yearById.get(id);
      if (mapped) return mapped;
      const m = YEAR_ID.exec(id);
      if (m?.[1]) {
        const be = toBuddhistYear(m[1]);
        if (be) return be;
      }
    }
    return null;
  };
  const yearMarks: { order: number; year: number }[] = [];
  for (const h of page.headings) {
    if (h.inNav || h.linkOnly || !HAS_DIGIT.test(h.text)) continue;
    // (The cheap test first: most headings with digits are not year headings.)
    if (!YEAR_HEADING.test(h.text)) continue;
    const ys = extractYears(h.text).fiscalYears;
    if (ys.length === 1) yearMarks.push({ order: h.order, year: ys[0] as number });
  }
  const headingYear = (order: number): number | null => {
    let y: number | null = null;
    for (const m of yearMarks) if (m.order <= order) y = m.year;
    return y;
  };
  const yearOf = (el: { scope: readonly string[]; order: number }) => scopeYear(el.scope) ?? headingYear(el.order);
  const sectionYears = new Set<number>(yearMarks.map((m) => m.year));
  for (const t of page.tables) {
    const y = scopeYear(t.scope);
    if (y) sectionYears.add(y);
  }
  for (const l of page.links) {
    const y = scopeYear(l.scope);
    if (y && !l.inNav) sectionYears.add(y);
  }
  const sections = [...sectionYears].sort((a, b) => a - b);
  const useSections = sections.length >= 2 && sections.includes(wanted);
  const inSection = (el: { scope: readonly string[]; order: number }) => {
    if (!useSections) return true;
    const y = yearOf(el);
    return y === null || y === wanted;
  };

  // ── 1. Tables: a row whose first cells name an item owns the row's links.
  const tableLinks = new Set<PageLink>();
  for (const table of page.tables) {
    if (table.inNav || !inSection(table)) continue;
    table.rows.forEach((row, r) => {
      const first = row[0] ?? '';
      let hit = itemOfText(first, framework, { exact: true });
      if (hit?.by === 'label' || !hit) {
        // A bare number is a label only when the next cell names the same item.
        const bare = !hit ? itemOfText(first, framework, { allowBareNumber: true }) : null;
        const byName = row[1] ? itemOfText(row[1], framework) : null;
        if (!hit && bare && byName && bare.item === byName.item) hit = bare;
        if (!hit && byName && first.length < 12) hit = byName;
      }
      if (!hit) return;
      const links = (table.rowLinks[r] ?? []).filter(real);
      for (const l of table.rowLinks[r] ?? []) tableLinks.add(l);
      add(hit, row.slice(0, 2).join(' ').slice(0, 200), links);
    });
  }

  // ── 2. Lists and accordions: anchors in document order own the links that follow them.
  type Anchor = { order: number; hit: Hit | null; text: string };
  const anchors: Anchor[] = [];
  for (const h of page.headings) {
    if (h.inNav || !inSection(h)) continue;
    const hit = h.linkOnly ? null : exactHit(h.text, -1);
    if (hit) anchors.push({ order: h.order, hit, text: h.text });
    else if (!h.linkOnly && (SUB_INDICATOR.test(h.text) || h.level <= 3 || h.level === 7))
      anchors.push({ order: h.order, hit: null, text: h.text });
  }
  for (const b of page.blocks) {
    if (b.inNav || b.text.length > 200 || !HAS_DIGIT.test(b.text)) continue;
    const label = parseItemLabel(b.text, { max: framework.items.length });
    if (label && framework.items.some((i) => i.id === `O${label.number}`)) {
      const hit: Hit = { item: `O${label.number}`, by: 'label' };
      anchors.push({ order: b.order, hit, text: b.text });
      // Listed even without a link ("O1 โครงสร้าง — อยู่ระหว่างปรับปรุง").
      if (inSection(b)) add(hit, b.text.slice(0, 200), []);
    }
  }
  const ownHit = new Map<PageLink, Hit>();
  for (let k = 0; k < page.links.length; k++) {
    const l = page.links[k] as PageLink;
    // A link titled with an item's name is about as long as the name: long texts (headlines) cannot be one.
    if (l.inNav || l.text.length > 140 || (tableLinks.size > 0 && tableLinks.has(l)) || (useSections && !inSection(l))) continue;
    const hit = exactHit(l.text, k);
    if (hit) {
      ownHit.set(l, hit);
      anchors.push({ order: l.order, hit, text: l.text });
    }
  }
  anchors.sort((a, b) => a.order - b.order);
  let k = 0;
  let current: Anchor | null = null;
  // Links are recorded in document order, nearly always: sorted only when they are not.
  let ordered = true;
  for (let j = 1; j < page.links.length && ordered; j++)
    ordered = (page.links[j - 1] as PageLink).order <= (page.links[j] as PageLink).order;
  const links = ordered ? page.links : [...page.links].sort((a, b) => a.order - b.order);
  for (const l of links) {
    while (k < anchors.length && (anchors[k]?.order ?? Number.POSITIVE_INFINITY) <= l.order)
      current = anchors[k++] ?? null;
    if (l.inNav || (tableLinks.size > 0 && tableLinks.has(l)) || (useSections && !inSection(l))) continue;
    const own = ownHit.get(l);
    if (own) {
      add(own, l.text, real(l) ? [l] : []);
      continue;
    }
    if (current?.hit && !settled(current.hit) && real(l)) add(current.hit, current.text.slice(0, 200), l);
  }

  const listed = Object.values(items).filter((e) => e.links.length || e.by === 'label');
  return {
    fiscalYear: useSections ? wanted : null,
    sections,
    items,
    count: listed.length,
    isIndex: listed.length >= 8,
  };
}
