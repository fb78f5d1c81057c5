/**
 * defineRule(): one OIT item's rule from a small table. Each element id of the framework item gets a matcher:
 * keywords, the fiscal-year rule, a document with content, or a function. An element the rule has no matcher for is
 * reported as "check by hand" (needs-review), so a framework year with new elements never passes silently.
 */
import type { ItemElement, LocalText } from '../framework/model.js';
import {
  appliesByName,
  criterion,
  DOCUMENT_KINDS,
  findLinks,
  findText,
  fiscalYearCriterion,
  NOTE_NO_RULE,
  textCriterion,
  unreadDocuments,
} from './lib.js';
import type { Applicability, Artifact, CheckContext, CriterionResult, OitRule, RuleMeta } from './types.js';

export type ElementMatcher =
  /** Any of these words on the page, in a link text or in a read document. */
  | { any: readonly string[] }
  /** The item's fiscal-year rule. */
  | 'fiscal-year'
  /** The item's content itself: a linked document named like the item, or the content on the page. */
  | { document: readonly string[]; minChars?: number }
  | ((ctx: CheckContext, element: ItemElement) => CriterionResult);

export interface RuleDefinition {
  id: string;
  title: LocalText;
  failureTitle: LocalText;
  description: LocalText;
  requires?: Artifact[];
  /** Words beyond the framework's name and aliases that say a page is about this item. */
  keywords?: readonly string[];
  /** Replace the name-based applicability. */
  applies?: (ctx: CheckContext) => Applicability;
  elements: Record<string, ElementMatcher>;
}

/** The item's own content: a document linked under its name, or enough text on the page saying it. */
export function documentCriterion(
  ctx: CheckContext,
  element: ItemElement,
  needles: readonly string[],
  minChars = 300,
): CriterionResult {
  const names = [ctx.item.name.th, ...ctx.item.aliases, ...needles];
  const doc = findLinks(ctx, names, { kinds: DOCUMENT_KINDS })[0];
  if (doc) return criterion(element, true, { snippet: doc.text, path: doc.path, ...(doc.href ? { href: doc.href } : {}) });
  const page = findLinks(ctx, names, { kinds: ['internal'] })[0];
  const onPage = findText(ctx, needles.length ? needles : names);
  if (onPage && ctx.page.mainText.length >= minChars) return criterion(element, true, onPage);
  const anyDoc = ctx.page.links.find((l) => !l.inNav && DOCUMENT_KINDS.includes(l.kind));
  if (anyDoc) return criterion(element, true, { snippet: anyDoc.text || anyDoc.rawHref, path: anyDoc.path, ...(anyDoc.href ? { href: anyDoc.href } : {}) });
  if (page)
    return criterion(element, null, { snippet: page.text, path: page.path, ...(page.href ? { href: page.href } : {}) }, {
      th: 'เนื้อหาอยู่ในหน้าที่ลิงก์ไว้ ต้องตรวจหน้านั้น',
      en: 'The content is on a linked page; check that page',
    });
  if (unreadDocuments(ctx).length) return criterion(element, null, null);
  return criterion(element, false, null);
}

export function defineRule(def: RuleDefinition): OitRule {
  const meta: RuleMeta = {
    id: def.id,
    title: def.title,
    failureTitle: def.failureTitle,
    description: def.description,
    requires: def.requires ?? ['page', 'links', 'documents'],
  };
  return {
    meta,
    applies: def.applies ?? ((ctx) => appliesByName(ctx, def.keywords ?? [])),
    criteria(ctx) {
      return ctx.item.elements.map((element) => {
        const m = def.elements[element.id];
        if (!m) return criterion(element, null, null, NOTE_NO_RULE);
        if (m === 'fiscal-year') return fiscalYearCriterion(ctx, element);
        if (typeof m === 'function') return m(ctx, element);
        if ('document' in m) return documentCriterion(ctx, element, m.document, m.minChars);
        return textCriterion(ctx, element, m.any);
      });
    },
  };
}
