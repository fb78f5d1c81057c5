/** The NACC OIT rules, one module per item (O1–O43 of FY2564). */
import type { DefinedRule } from '../define.js';
import o01 from './o01-structure.js';
import o02 from './o02-executives.js';
import o03 from './o03-duties.js';
import o04 from './o04-strategic-plan.js';
import o05 from './o05-contact.js';
import o06 from './o06-laws.js';
import o07 from './o07-news.js';
import o08 from './o08-qa.js';
import o09 from './o09-social-network.js';
import o10 from './o10-annual-plan.js';
import o11 from './o11-six-month-report.js';
import o12 from './o12-annual-report.js';
import o13 from './o13-work-manual.js';
import o14 from './o14-service-manual.js';
import o15 from './o15-service-statistics.js';
import o16 from './o16-satisfaction.js';
import o17 from './o17-e-service.js';
import o18 from './o18-spending-plan.js';
import o19 from './o19-spending-six-month.js';
import o20 from './o20-spending-annual.js';
import o21 from './o21-procurement-plan.js';
import o22 from './o22-procurement-announcements.js';
import o23 from './o23-procurement-monthly.js';
import o24 from './o24-procurement-annual.js';
import o25 from './o25-hr-policy.js';
import o26 from './o26-hr-actions.js';
import o27 from './o27-hr-criteria.js';
import o28 from './o28-hr-report.js';
import o29 from './o29-complaint-guideline.js';
import o30 from './o30-complaint-channel.js';
import o31 from './o31-complaint-statistics.js';
import o32 from './o32-opinion-channel.js';
import o33 from './o33-participation.js';
import o34 from './o34-integrity-pledge.js';
import o35 from './o35-executive-participation.js';
import o36 from './o36-risk-assessment.js';
import o37 from './o37-risk-actions.js';
import o38 from './o38-organisational-culture.js';
import o39 from './o39-anti-corruption-plan.js';
import o40 from './o40-anti-corruption-six-month.js';
import o41 from './o41-anti-corruption-annual.js';
import o42 from './o42-integrity-measures.js';
import o43 from './o43-integrity-actions.js';

/** Rules of the NACC framework variant, by item id. */
export const NACC_RULES: ReadonlyMap<string, DefinedRule> = new Map(
  [
    o01,
    o02,
    o03,
    o04,
    o05,
    o06,
    o07,
    o08,
    o09,
    o10,
    o11,
    o12,
    o13,
    o14,
    o15,
    o16,
    o17,
    o18,
    o19,
    o20,
    o21,
    o22,
    o23,
    o24,
    o25,
    o26,
    o27,
    o28,
    o29,
    o30,
    o31,
    o32,
    o33,
    o34,
    o35,
    o36,
    o37,
    o38,
    o39,
    o40,
    o41,
    o42,
    o43,
  ].map((r) => [r.meta.id, r]),
);

/** The rule module for an item of a framework variant, if there is one. */
export function ruleFor(variant: string, itemId: string): DefinedRule | undefined {
  return variant === 'nacc' ? NACC_RULES.get(itemId) : undefined;
}
