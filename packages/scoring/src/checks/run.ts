/** Runs the OIT rules on a page: one prepared page, every item's verdict with its proof. */
import type { Framework, Item } from '../framework/model.js';
import { getFramework } from '../frameworks/index.js';
import { buildPageModel, type PageModel, type PageModelOptions } from '../page/model.js';
import { preparePage } from './context.js';
import { defineRule, type ElementMatcher } from './define.js';
import { ruleFor } from './rules/index.js';
import type { CheckContext, CheckOptions, CheckResult, OitRule, PageCheckReport } from './types.js';
import { verdictOf } from './verdict.js';

const generic = new Map<string, OitRule>();

/** A rule for an item that has no module of its own: applicability by name, its content and its fiscal year. */
export function genericRule(item: Item): OitRule {
  const hit = generic.get(item.id);
  if (hit) return hit;
  const elements: Record<string, ElementMatcher> = {};
  for (const e of item.elements) elements[e.id] = e.id === 'fiscal-year' ? 'fiscal-year' : { document: [item.name.th, ...item.aliases] };
  const rule = defineRule({
    id: item.id,
    title: item.name,
    failureTitle: { th: `ไม่พบ${item.name.th}ที่ครบถ้วน`, en: `${item.name.en ?? item.id} not found or incomplete` },
    description: item.requirement,
    elements,
  });
  generic.set(item.id, rule);
  return rule;
}

export function rulesFor(framework: Framework): { item: Item; rule: OitRule }[] {
  return framework.items.map((item) => ({ item, rule: ruleFor(framework.variant, item.id) ?? genericRule(item) }));
}

/** Runs the checks on a page model. */
export function runChecks(page: PageModel, framework: Framework, options: CheckOptions = {}): PageCheckReport {
  const { text } = preparePage(page);
  const wanted = options.items ? new Set(options.items.map((i) => i.toUpperCase())) : null;
  const items: CheckResult[] = [];
  for (const { item, rule } of rulesFor(framework)) {
    if (wanted && !wanted.has(item.id)) continue;
    const ctx: CheckContext = {
      page,
      framework,
      item,
      fiscalYear: item.fiscalYear,
      text,
      documents: options.documents ?? [],
      siteOrigins: options.siteOrigins ?? [],
      force: options.force ?? false,
    };
    const applicability = rule.applies(ctx);
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
    });
  }
  return { url: page.url, framework: framework.id, fiscalYears: text.fiscalYears, items };
}

/** Parses HTML and runs the checks: what the CLI, the API's re-check and the extension call. */
export function checkHtml(
  html: string,
  url: string | null,
  options: CheckOptions & { framework?: Framework | string; page?: PageModelOptions } = {},
): PageCheckReport {
  const framework = typeof options.framework === 'string' ? getFramework(options.framework) : (options.framework ?? getFramework('nacc-ita-2564'));
  return runChecks(buildPageModel(html, url, options.page), framework, options);
}
