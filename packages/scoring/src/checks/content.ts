/**
 * The item's content and its year, wherever it sits: in the page itself, in a document the page links to whose text
 * the caller read, or — when the checks cannot see it — in a scan, an image, a file on Google Drive or a document not
 * loaded (then `met: null`: a person must look).
 *
 * Content is recognised by groups of words (data in each rule module): every group must match, so a heading that
 * merely names the item ("แผนดำเนินงานประจำปี") is not taken for the plan itself, which also lists projects and budgets.
 */
import type { ItemElement, LocalText } from '../framework/model.js';
import { extractYears, yearRuleHolds, type YearMention } from '../thai/years.js';
import { cached, type ReadDocument } from './context.js';
import {
  contentPictures,
  criterion,
  documentProof,
  findText,
  keys,
  linkProof,
  NOTE_IMAGE,
  NOTE_SCANNED,
  snippet,
  unreadCriterion,
} from './lib.js';
import type { CheckContext, CriterionResult, Proof } from './types.js';

export interface WordGroup {
  any: readonly string[];
  /** How many different words of the group must appear (default 1). */
  min?: number;
}

export interface ContentSpec {
  /**
   * Every group must match in the page's content; the last group — the details, what makes it the plan rather than
   * its name — must match in the body, outside headings and document links. A plain list of words is a group where
   * any one word will do.
   */
  groups: readonly (WordGroup | readonly string[])[];
  /** The text holding the content must be at least this long (characters; default 60). */
  minChars?: number;
  /** Why the content is missing, in the auditor's words, when it is. */
  missing?: LocalText;
  /**
   * Link texts are the content itself (a list of procurement announcements is the announcements), so lines that only
   * link a document count. By default they do not: a link titled "แผนดำเนินงานประจำปี 2564" names the plan, it is not it.
   */
  linkTexts?: boolean;
}

function normGroups(spec: ContentSpec): { keys: string[]; min: number; words: readonly string[] }[] {
  return spec.groups.map((g) => {
    const words = Array.isArray(g) ? (g as readonly string[]) : (g as WordGroup).any;
    const min = Array.isArray(g) ? 1 : ((g as WordGroup).min ?? 1);
    return { keys: keys(words), min, words };
  });
}

const groupCache = new WeakMap<ContentSpec, ReturnType<typeof normGroups>>();

/** Do all groups match in this keyed text (the last one in `bodyKey` when given)? */
export function matchesGroups(textKey: string, spec: ContentSpec, bodyKey = textKey): boolean {
  let groups = groupCache.get(spec);
  if (!groups) {
    groups = normGroups(spec);
    groupCache.set(spec, groups);
  }
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as (typeof groups)[number];
    const text = k === groups.length - 1 ? bodyKey : textKey;
    let n = 0;
    for (const w of g.keys) if (text.includes(w) && ++n >= g.min) break;
    if (n < g.min) return false;
  }
  return true;
}

function lastGroupWords(spec: ContentSpec): readonly string[] {
  const g = spec.groups[spec.groups.length - 1];
  if (!g) return [];
  return Array.isArray(g) ? (g as readonly string[]) : (g as WordGroup).any;
}

/** Where the content is: the page itself, or a read document. */
export function findContent(ctx: CheckContext, spec: ContentSpec): { proof: Proof; doc: ReadDocument | null } | null {
  const minChars = spec.minChars ?? 60;
  const body = spec.linkTexts ? ctx.facts.mainKey : ctx.facts.bodyKey;
  if (body.length >= minChars * 0.8 && matchesGroups(ctx.facts.mainKey, spec, body)) {
    const proof = findText(ctx, lastGroupWords(spec)) ?? { snippet: snippet(ctx.page.mainText) };
    return { proof, doc: null };
  }
  for (const doc of ctx.facts.readDocuments) {
    if (doc.text.length >= minChars && matchesGroups(doc.key, spec))
      return { proof: documentProof(doc, lastGroupWords(spec)), doc };
  }
  return null;
}

/**
 * The item's content: found → met; not found but a document or picture the checks cannot read may hold it →
 * cannot tell (null, with the reason); otherwise not met.
 */
export function contentCriterion(ctx: CheckContext, element: ItemElement, spec: ContentSpec): CriterionResult {
  if (ctx.facts.isScan)
    return criterion(
      element,
      null,
      ctx.page.url ? { snippet: ctx.page.title || ctx.page.url, href: ctx.page.url } : null,
      NOTE_SCANNED,
    );
  const found = findContent(ctx, spec);
  if (found) return criterion(element, true, found.proof);
  const unread = unreadCriterion(ctx, element);
  if (unread) return unread;
  // Little text and a large picture: the content is probably a scan shown as an image.
  const pictures = contentPictures(ctx);
  const words = ctx.facts.bodyKey.length;
  if (pictures.length && words < 300) {
    const p = pictures[0];
    return criterion(element, null, p ? { snippet: p.alt || p.src, path: p.path } : null, NOTE_IMAGE);
  }
  return criterion(element, false, null, spec.missing);
}

/** Where years are read from: the page's title and headings, its content blocks, content links, read documents. */
function yearSources(ctx: CheckContext): { text: string; proof: (t: string) => Proof }[] {
  return cached(ctx.facts, YEAR_SOURCES, () => readYearSources(ctx));
}
const YEAR_SOURCES = Symbol('year sources');
const YEAR_MENTIONS = Symbol('year mentions');

/** The year mentions of every source, read once per page (43 rules may ask). */
function sourceMentions(
  ctx: CheckContext,
): { source: { text: string; proof: (t: string) => Proof }; mentions: YearMention[] }[] {
  return cached(ctx.facts, YEAR_MENTIONS, () =>
    yearSources(ctx)
      .map((source) => ({
        source,
        mentions: source.text && /\d|[๐-๙]/.test(source.text) ? extractYears(source.text).mentions : [],
      }))
      .filter((s) => s.mentions.length),
  );
}

function readYearSources(ctx: CheckContext): { text: string; proof: (t: string) => Proof }[] {
  const page = ctx.page;
  const heads = [
    page.title,
    ...page.breadcrumbs.slice(-1),
    ...page.headings.filter((h) => !h.inNav && !h.linkOnly).map((h) => h.text),
  ];
  return [
    { text: heads.join('\n'), proof: (t) => ({ snippet: snippet(t) }) },
    ...page.blocks
      .filter((b) => !b.inNav)
      .map((b) => ({ text: b.text, proof: (t: string) => ({ snippet: snippet(t), path: b.path }) })),
    ...ctx.facts.documentLinks.map((l) => ({ text: l.text, proof: (t: string) => linkProof(l, t) })),
    ...ctx.facts.readDocuments.map((d) => ({
      text: d.text.slice(0, 50_000),
      proof: (t: string) => ({ snippet: snippet(t), href: d.url }),
    })),
  ];
}

const MODE_TH = {
  exact: 'ต้องเป็นข้อมูลของปี พ.ศ.',
  'at-least': 'อย่างน้อยต้องมีข้อมูลของปี พ.ศ.',
  covers: 'ระยะของแผนต้องครอบคลุมปี พ.ศ.',
} as const;
const MODE_EN = {
  exact: 'Must be data of FY',
  'at-least': 'Must include data of FY',
  covers: 'The plan period must cover FY',
} as const;

/**
 * The item's fiscal-year rule over everything the page shows. Years found but none right → not met; no year anywhere
 * but a document the checks could not read → cannot tell; no year at all → not met.
 */
export function fiscalYearCriterion(ctx: CheckContext, element: ItemElement): CriterionResult {
  const rule = ctx.fiscalYear;
  if (!rule) return criterion(element, true, null);
  const found = new Set<number>();
  for (const { source: s, mentions } of sourceMentions(ctx)) {
    const mention = mentions.find((m) => yearRuleHolds(m, rule.year, rule.mode));
    if (mention) {
      const at = s.text.indexOf(mention.text);
      return criterion(element, true, s.proof(at >= 0 ? s.text.slice(Math.max(0, at - 60), at + 100) : s.text));
    }
    for (const m of mentions) for (let y = m.from; y <= m.to && y - m.from <= 30; y++) found.add(y);
  }
  const seen = [...found].sort((a, b) => a - b);
  const note: LocalText = {
    th: `${MODE_TH[rule.mode]} ${rule.year}${seen.length ? ` (พบ ${seen.join(', ')})` : ' (ไม่พบปี)'}`,
    en: `${MODE_EN[rule.mode]}${rule.year}${seen.length ? ` (found ${seen.join(', ')})` : ' (no year found)'}`,
  };
  if (ctx.facts.isScan && !seen.length) return criterion(element, null, null, NOTE_SCANNED);
  // Unread documents whose link text gives no year may be of the right year.
  const unknown = ctx.facts.unreadDocuments.filter((u) => !extractYears(u.link.text).fiscalYears.length);
  if (unknown.length && !seen.length) {
    const first = unknown[0];
    return criterion(element, null, first ? linkProof(first.link) : null, unreadCriterion(ctx, element)?.note);
  }
  return criterion(element, false, seen.length ? { snippet: `พบปี ${seen.join(', ')}` } : null, note);
}

/** A multi-year period (a range of at least two years) in the page, its headings or its documents. */
export function multiYearCriterion(ctx: CheckContext, element: ItemElement): CriterionResult {
  for (const { source: s, mentions } of sourceMentions(ctx)) {
    const range = mentions.find((m) => m.kind === 'range' && m.to > m.from);
    if (range) return criterion(element, true, s.proof(range.text));
  }
  if (ctx.facts.unreadDocuments.length) return unreadCriterion(ctx, element) as CriterionResult;
  return criterion(element, false, null, {
    th: 'ไม่พบระยะของแผนที่มากกว่า 1 ปี',
    en: 'No plan period of more than one year found',
  });
}
