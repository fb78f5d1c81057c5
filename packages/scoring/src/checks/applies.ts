/**
 * Is a page about an item? A consultant reads the page's title, breadcrumb and section headings (or a document's title
 * and first lines) for the item's name, an alias, or its label ("O5"). Names are compared by match key (spelling
 * variants, spaces, sara am). When one heading names two items — "รายงานผลการดำเนินงาน" inside "รายงานผลการดำเนินงาน
 * รอบ 6 เดือน" — the more specific name wins, and a rule's `excludes` words veto a match ("รอบ 6 เดือน" is not the
 * annual report). Navigation and headings that are only links (news headlines, sitemap entries) never count, and an
 * OIT index page — a list of many items — is about none of them.
 */
import type { Framework } from '../framework/model.js';
import { cached, type NameSource, type PageFacts } from './context.js';
import { key } from './lib.js';
import { mayBeIndex, parseOitIndex } from './oit-index.js';
import type { Applicability, CheckContext } from './types.js';

export interface NameSpec {
  /** Words beyond the framework's name and aliases that name the item. */
  keywords?: readonly string[];
  /** Words that, in the same heading, mean the page is about something else. */
  excludes?: readonly string[];
  /** The agency's home page is about this item (O9: the NACC accepts the social icons every home page carries). */
  home?: boolean;
  /** Patterns a title or heading may match instead of a name (tested on the raw text, e.g. /^ติดต่อ\S{0,20}$/). */
  patterns?: readonly RegExp[];
}

export interface Vocabulary {
  /** Every name of every item, keyed, longest first. */
  names: { item: string; key: string }[];
  excludes: Map<string, string[]>;
  home: Set<string>;
  patterns: { item: string; re: RegExp }[];
}

const vocabularies = new WeakMap<Framework, Map<unknown, Vocabulary>>();

/** The names of all items of a framework, with the rules' extra keywords and exclusions. */
export function vocabulary(framework: Framework, specs: (id: string) => NameSpec | undefined): Vocabulary {
  let byRules = vocabularies.get(framework);
  if (!byRules) {
    byRules = new Map();
    vocabularies.set(framework, byRules);
  }
  const hit = byRules.get(specs);
  if (hit) return hit;
  const names: Vocabulary['names'] = [];
  const excludes = new Map<string, string[]>();
  const home = new Set<string>();
  const patterns: Vocabulary['patterns'] = [];
  for (const item of framework.items) {
    const spec = specs(item.id) ?? {};
    const all = new Set(
      [item.name.th, item.name.en ?? '', ...item.aliases, ...(spec.keywords ?? [])]
        .map(key)
        .filter((k) => k.length >= 2),
    );
    for (const k of all) names.push({ item: item.id, key: k });
    excludes.set(item.id, (spec.excludes ?? []).map(key).filter(Boolean));
    if (spec.home) home.add(item.id);
    for (const re of spec.patterns ?? []) patterns.push({ item: item.id, re });
  }
  names.sort((a, b) => b.key.length - a.key.length);
  const v = { names, excludes, home, patterns };
  byRules.set(specs, v);
  return v;
}

export interface NameHit {
  source: NameSource;
  key: string;
}

/** For each item, the places on the page that name it (after specificity and exclusions). */
export function nameHits(facts: PageFacts, vocab: Vocabulary): Map<string, NameHit[]> {
  return cached(facts, vocab, () => {
    const out = new Map<string, NameHit[]>();
    for (const source of facts.sources) {
      const found = vocab.names.filter((n) => source.key.includes(n.key));
      for (const p of vocab.patterns) if (p.re.test(source.text.trim())) found.push({ item: p.item, key: source.key });
      if (!found.length) continue;
      // The more specific name wins: drop an item whose matched name sits inside another item's matched name.
      const kept = found.filter(
        (n) => !found.some((m) => m.item !== n.item && m.key.length > n.key.length && m.key.includes(n.key)),
      );
      const seen = new Set<string>();
      for (const n of kept) {
        if (seen.has(n.item)) continue;
        if ((vocab.excludes.get(n.item) ?? []).some((x) => source.key.includes(x))) continue;
        seen.add(n.item);
        const list = out.get(n.item) ?? [];
        list.push({ source, key: n.key });
        out.set(n.item, list);
      }
    }
    return out;
  });
}

/** The page lists many items with links: an OIT index. */
export function isIndexPage(ctx: CheckContext): boolean {
  return cached(
    ctx.facts,
    ctx.framework,
    () =>
      !ctx.facts.isDocument &&
      mayBeIndex(ctx.page, ctx.framework) &&
      parseOitIndex(ctx.page, ctx.framework, { linkKeys: ctx.facts.linkKey }).isIndex,
  );
}

export function appliesByName(ctx: CheckContext, vocab: Vocabulary): Applicability {
  const reasons: string[] = [];
  const homeItem = vocab.home.has(ctx.item.id);
  if (ctx.facts.isHome && !homeItem && !ctx.facts.labels.length)
    return { applies: false, confidence: 0.1, reasons: ["the agency's home page: its boxes link to the items"] };
  let confidence = 0;
  const number = Number(ctx.item.id.slice(1));
  if (ctx.facts.labels.includes(number)) {
    confidence = 0.9;
    reasons.push(`label ${ctx.item.id}`);
  }
  const hits = nameHits(ctx.facts, vocab);
  // A document's own first lines say what it is; the link text that led to it is only a fallback.
  const docLines =
    ctx.facts.isDocument && [...hits.values()].some((list) => list.some((h) => h.source.kind === 'document-line'));
  for (const hit of hits.get(ctx.item.id) ?? []) {
    if (docLines && hit.source.kind === 'document-title') continue;
    if (hit.source.weight > confidence) confidence = hit.source.weight;
    if (reasons.length < 4) reasons.push(`${hit.source.kind}: ${hit.source.text.slice(0, 80)}`);
  }
  if (homeItem && ctx.facts.isHome) {
    confidence = Math.max(confidence, 0.6);
    reasons.push('home page');
  }
  // An OIT index names every item and is about none (asked only when the item seems to apply: the parse costs).
  if (confidence >= 0.5 && !(homeItem && ctx.facts.isHome) && isIndexPage(ctx))
    return { applies: false, confidence: 0.05, reasons: ['OIT index page: it links to the items'] };
  return { applies: confidence >= 0.5, confidence, reasons };
}
