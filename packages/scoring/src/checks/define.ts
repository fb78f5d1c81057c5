/**
 * defineRule(): one OIT item's rule from a small table, in the shape of a Lighthouse audit — `meta`, how the item is
 * named (`keywords`, `excludes`), and a matcher for each element id of the framework's item:
 *   'fiscal-year'            the item's fiscal-year rule (exact / at-least / covers);
 *   'multi-year'             a plan period of more than one year;
 *   { content: ContentSpec } the item's content, by groups of words, on the page or in a read document;
 *   { channel: ChannelSpec } a working channel on the agency's own website;
 *   (ctx, element) => …      anything else.
 * An element of the framework the rule has no matcher for is reported "check by hand" (needs-review), so a framework
 * year with new elements never passes silently.
 */
import type { ItemElement, LocalText } from '../framework/model.js';
import { appliesByName, type NameSpec, type Vocabulary } from './applies.js';
import { type ChannelSpec, channelCriterion } from './channels.js';
import { type ContentSpec, contentCriterion, fiscalYearCriterion, multiYearCriterion } from './content.js';
import { criterion, NOTE_NO_RULE, NOTE_SCANNED } from './lib.js';
import type { Applicability, Artifact, CheckContext, CriterionResult, OitRule, RuleMeta } from './types.js';

export type ElementMatcher =
  | 'fiscal-year'
  | 'multi-year'
  | { content: ContentSpec }
  | { channel: ChannelSpec }
  | ((ctx: CheckContext, element: ItemElement) => CriterionResult);

export interface RuleDefinition extends NameSpec {
  id: string;
  title: LocalText;
  failureTitle: LocalText;
  description: LocalText;
  requires?: Artifact[];
  elements: Record<string, ElementMatcher>;
  /** Replace the name-based applicability. */
  applies?: (ctx: CheckContext, vocab: Vocabulary) => Applicability;
}

/** A rule, with the naming data the runner turns into one vocabulary for all items. */
export interface DefinedRule extends OitRule {
  names: NameSpec;
  elementIds: string[];
}

export function evaluateElement(
  ctx: CheckContext,
  element: ItemElement,
  m: ElementMatcher | undefined,
): CriterionResult {
  if (!m) return criterion(element, null, null, NOTE_NO_RULE);
  if (m === 'fiscal-year') return fiscalYearCriterion(ctx, element);
  // Nothing in a scan can be read: every element but the year (which its title may give) is for a person to judge.
  if (ctx.facts.isScan)
    return criterion(
      element,
      null,
      ctx.page.url ? { snippet: ctx.page.title || ctx.page.url, href: ctx.page.url } : null,
      NOTE_SCANNED,
    );
  if (m === 'multi-year') return multiYearCriterion(ctx, element);
  if (typeof m === 'function') return m(ctx, element);
  if ('content' in m) return contentCriterion(ctx, element, m.content);
  return channelCriterion(ctx, element, m.channel);
}

export function defineRule(def: RuleDefinition): DefinedRule {
  const meta: RuleMeta = {
    id: def.id,
    title: def.title,
    failureTitle: def.failureTitle,
    description: def.description,
    requires: def.requires ?? ['page', 'links', 'documents'],
  };
  const names: NameSpec = {
    ...(def.keywords ? { keywords: def.keywords } : {}),
    ...(def.excludes ? { excludes: def.excludes } : {}),
    ...(def.home ? { home: true } : {}),
    ...(def.patterns ? { patterns: def.patterns } : {}),
  };
  const rule: DefinedRule = {
    meta,
    names,
    elementIds: Object.keys(def.elements),
    applies(ctx) {
      return def.applies ? def.applies(ctx, ctx.vocabulary) : appliesByName(ctx, ctx.vocabulary);
    },
    criteria(ctx) {
      return ctx.item.elements.map((element) => evaluateElement(ctx, element, def.elements[element.id]));
    },
  };
  return rule;
}
