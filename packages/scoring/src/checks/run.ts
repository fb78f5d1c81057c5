/**
 * Runs the OIT rules on a page: one prepared page, every item's verdict with its proof. What the CLI, the API's
 * re-check and the extension call:
 *   checkHtml(html, url, options)            — HTML as text (the extension passes document.documentElement.outerHTML);
 *   checkDocument(text, url, title, options) — a document's text (a PDF read by extractPdfText), titled by its link;
 *   runChecks(pageModel, framework, options) — a page model built elsewhere (buildPageModel, pageFromText).
 */
import type { Framework, Item } from '../framework/model.js';
import { getFramework } from '../frameworks/index.js';
import { buildPageModel, type PageModel, type PageModelOptions } from '../page/model.js';
import { pageFromText } from '../page/text.js';
import { type NameSpec, vocabulary } from './applies.js';
import { NO_DOCUMENTS, preparePage } from './context.js';
import { type DefinedRule, defineRule, type ElementMatcher } from './define.js';
import { isIndexPage } from './applies.js';
import { ruleFor } from './rules/index.js';
import type { CheckContext, CheckOptions, CheckResult, PageCheckReport } from './types.js';
import { verdictOf } from './verdict.js';

const generic = new WeakMap<Item, DefinedRule>();

/**
 * The rule for an item that has no module of its own (a framework year added as data before its rules): named by
 * the framework, its fiscal-year rule checked, every other element left to a person (needs-review, never pass).
 */
export function genericRule(item: Item): DefinedRule {
  const hit = generic.get(item);
  if (hit) return hit;
  const elements: Record<string, ElementMatcher> = {};
  for (const e of item.elements) if (e.id === 'fiscal-year') elements[e.id] = 'fiscal-year';
  const rule = defineRule({
    id: item.id,
    title: item.name,
    failureTitle: { th: `${item.name.th}: ไม่ครบถ้วน`, en: `${item.name.en ?? item.id}: incomplete` },
    description: item.requirement,
    elements,
  });
  generic.set(item, rule);
  return rule;
}

const ruleSets = new WeakMap<Framework, { item: Item; rule: DefinedRule }[]>();

/** Every item of a framework with its rule (its own module, or the generic rule). */
export function rulesFor(framework: Framework): { item: Item; rule: DefinedRule }[] {
  let set = ruleSets.get(framework);
  if (!set) {
    set = framework.items.map((item) => ({ item, rule: ruleFor(framework.variant, item.id) ?? genericRule(item) }));
    ruleSets.set(framework, set);
  }
  return set;
}

const specLookups = new WeakMap<Framework, (id: string) => NameSpec | undefined>();

function namesOf(framework: Framework): (id: string) => NameSpec | undefined {
  let f = specLookups.get(framework);
  if (!f) {
    const map = new Map(rulesFor(framework).map(({ item, rule }) => [item.id, rule.names]));
    f = (id: string) => map.get(id);
    specLookups.set(framework, f);
  }
  return f;
}

function normaliseItem(id: string): string {
  const m = /^\s*[oO0]\s*0*(\d+)\s*$/.exec(id);
  return m ? `O${Number(m[1])}` : id.trim().toUpperCase();
}

/** Runs the checks on a page model. Never throws on page content. */
export function runChecks(page: PageModel, framework: Framework, options: CheckOptions = {}): PageCheckReport {
  const facts = preparePage(page, options.documents ?? NO_DOCUMENTS);
  const vocab = vocabulary(framework, namesOf(framework));
  const wanted = options.items ? new Set(options.items.map(normaliseItem)) : null;
  const items: CheckResult[] = [];
  let isIndex = false;
  for (const { item, rule } of rulesFor(framework)) {
    if (wanted && !wanted.has(item.id)) continue;
    const ctx: CheckContext = {
      page,
      facts,
      framework,
      item,
      fiscalYear: item.fiscalYear,
      vocabulary: vocab,
      siteOrigins: options.siteOrigins ?? [],
      force: options.force ?? false,
    };
    const applicability = rule.applies(ctx);
    // Known once an item seemed to apply (the index parse is only paid for then).
    isIndex ||= facts.cache.has(framework) && isIndexPage(ctx);
    const run = applicability.applies || ctx.force;
    const criteria = run ? rule.criteria(ctx) : [];
    const verdict = verdictOf(applicability, criteria, ctx.force);
    items.push({
      id: item.id,
      name: item.name,
      applies: applicability.applies,
      confidence: applicability.confidence,
      verdict,
      criteria,
      missing: criteria.filter((c) => c.met === false).map((c) => c.id),
      reasons: applicability.reasons,
      title: verdict === 'pass' ? rule.meta.title : rule.meta.failureTitle,
    });
  }
  return { url: page.url, framework: framework.id, fiscalYears: facts.fiscalYears, isIndex, items };
}

export interface CheckHtmlOptions extends CheckOptions {
  /** A framework or its id (default nacc-ita-2564). */
  framework?: Framework | string;
  page?: PageModelOptions;
}

function frameworkOf(f: Framework | string | undefined): Framework {
  return typeof f === 'string' ? getFramework(f) : (f ?? getFramework('nacc-ita-2564'));
}

/** Parses HTML and runs the checks. */
export function checkHtml(html: string, url: string | null, options: CheckHtmlOptions = {}): PageCheckReport {
  return runChecks(buildPageModel(html, url, options.page), frameworkOf(options.framework), options);
}

/** Runs the checks on a document's text (a PDF's text layer), titled by the link text that led to it. */
export function checkDocument(
  text: string,
  url: string | null,
  title = '',
  options: CheckHtmlOptions = {},
): PageCheckReport {
  return runChecks(pageFromText(text, url, title), frameworkOf(options.framework), options);
}
