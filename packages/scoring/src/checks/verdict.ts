import type { Applicability, CriterionResult, Verdict } from './types.js';

/**
 * The verdict, the same way for every item, as a careful consultant would give it:
 * not about the item → not-applicable; any element definitely missing → fail (listing what is missing);
 * all elements found → pass; otherwise (proof in a scanned document, an image, a page not loaded) → needs-review.
 */
export function verdictOf(applicability: Applicability, criteria: CriterionResult[], force = false): Verdict {
  if (!applicability.applies && !force) return 'not-applicable';
  if (criteria.some((c) => c.met === false)) return 'fail';
  if (criteria.length > 0 && criteria.every((c) => c.met === true)) return 'pass';
  return 'needs-review';
}
