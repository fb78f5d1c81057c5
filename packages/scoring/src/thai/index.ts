/** Reading Thai agency pages: normalisation, years, OIT item labels, contact details and people. */
export { normalizeThai, matchKey, containsKey, thaiDigitsToArabic } from './normalize.js';
export {
  extractYears,
  coversFiscalYear,
  yearRuleHolds,
  fiscalYearOfDate,
  fiscalYearSpan,
  toBuddhistYear,
  monthOf,
  BE_OFFSET,
  type YearMention,
  type YearMentionKind,
  type ExtractedYears,
  type FiscalYearMode,
  type FiscalYearCoverage,
} from './years.js';
export { parseItemLabel, findItemLabels, itemId, type ItemLabel, type LabelOptions } from './labels.js';
export {
  findPhones,
  findEmails,
  findPostalAddress,
  findPeople,
  findPositions,
  type PhoneMatch,
  type PhoneKind,
  type EmailMatch,
  type PostalAddress,
  type PersonMatch,
  type PositionMatch,
  type PositionKind,
} from './contacts.js';
