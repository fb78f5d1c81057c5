/** What a rule module needs, in one import: defineRule, the matchers' helpers, the Thai readers, the types. */
export { defineRule, type ElementMatcher, type RuleDefinition } from './define.js';
export { type ChannelSpec, channelCriterion, isMessageForm, onOwnSite, ownHosts } from './channels.js';
export {
  type ContentSpec,
  contentCriterion,
  findContent,
  fiscalYearCriterion,
  matchesGroups,
  multiYearCriterion,
} from './content.js';
export {
  contentPictures,
  criterion,
  documentProof,
  findLinks,
  findText,
  key,
  keys,
  linkProof,
  NOTE_IMAGE,
  NOTE_UNREAD,
  snippet,
  unreadCriterion,
} from './lib.js';
export { findEmails, findPeople, findPhones, findPositions, findPostalAddress } from '../thai/contacts.js';
export { extractYears } from '../thai/years.js';
export { cached } from './context.js';
export type { CheckContext, CriterionResult, Proof } from './types.js';
