export * from './framework/model.js';
export { compileFramework, type CompiledFramework, type CompiledQuestion } from './framework/compile.js';
export { getFramework, hasFramework, listFrameworks, DEFAULT_FRAMEWORK } from './frameworks/index.js';
export { AssessmentFile, AnswerVector, QuestionAnswers, Reported, ItemNote } from './assessment/schema.js';
export {
  parseAssessment,
  canonicalId,
  SHARE_SUM_TOLERANCE,
  type Assessment,
  type AgencyInfo,
  type ParseOptions,
  type ParseResult,
} from './assessment/parse.js';
export { score, scoreFile, scoreOrThrow, levelOf, text, type ScoreReport, type ScoreSource, type ScoreFileResult } from './score.js';
export { reconcile, RECONCILE_TOLERANCE, type Discrepancy } from './reconcile.js';
export { whatIf, itemWeights, type WhatIfEntry, type WhatIfResult } from './whatif.js';
export { roundHalfUp, formatScore, formatDelta } from './round.js';
export { AssessmentError, formatPath, type InputIssue, type IssueCode } from './issues.js';
export {
  buildPageModel,
  pageModelFromEvents,
  parseHtml,
  classifyHref,
  SOCIAL_HOSTS,
  DEFAULT_MAX_CHARS,
  type PageModel,
  type PageModelOptions,
  type PageLink,
  type LinkKind,
  type PageForm,
  type FormField,
  type PageFrame,
  type PageImage,
  type PageHeading,
  type PageTable,
  type TextBlock,
} from './page/model.js';
export { pageFromText, type TextPageOptions } from './page/text.js';
export { decodeHtml, type DecodedHtml } from './page/decode.js';
export type {
  Verdict,
  Proof,
  CriterionResult,
  Applicability,
  LinkedDocument,
  Artifact,
  RuleMeta,
  OitRule,
  CheckOptions,
  CheckResult,
  PageCheckReport,
  CheckContext,
} from './checks/types.js';
export { runChecks, checkHtml, checkDocument, rulesFor, genericRule, type CheckHtmlOptions } from './checks/run.js';
export { defineRule, type RuleDefinition, type ElementMatcher, type DefinedRule } from './checks/define.js';
export { verdictOf } from './checks/verdict.js';
export { parseOitIndex, itemOfText, type OitIndex, type IndexEntry } from './checks/oit-index.js';
export { NACC_RULES } from './checks/rules/index.js';
export * from './thai/index.js';
export * from './analysis/index.js';
export * from './audit/index.js';
