/** @openita/schema, server side: the data model, the domain services and the GraphQL schema. */
export * from './db/index.js';
export { schema, printSdl } from './graphql/schema.js';
export { createLoaders, type Context, type FileUrls } from './graphql/context.js';
export * from './domain/errors.js';
export * from './domain/viewer.js';
export * from './domain/agency-types.js';
export { liveScore, importedItems, type LiveScore, type ItemState, type EvidenceFact, type EvidenceStatus } from './domain/live.js';
export { ScoreCache, computeLive, agencyInfo, type AgencyRow, type AssessmentRow } from './domain/score-cache.js';
export { importAssessment, refreshScore, lockAssessment, setPublished } from './domain/assessments.js';
export { upsertAgency, agencyByOrigin, listAgencies, agencyIdsBySlug, isDatabaseEmpty, normaliseSlug, normaliseWebsites } from './domain/agencies.js';
export {
  submitEvidence,
  reviewEvidence,
  listEvidence,
  captureOf,
  defaultChecker,
  disagreementsOf,
  toStoredCheck,
  MAX_HTML_BYTES,
  MAX_SCREENSHOT_BYTES,
  type Checker,
  type SubmitInput,
  type EvidenceRow,
} from './domain/evidence.js';
export { createToken, revokeToken, authenticate, markTokenUsed, tokensOfUsers, listTokens, hashSecret, newSecret, TOKEN_PREFIX, type TokenRow } from './domain/tokens.js';
export { appendAudit, auditHead, verifyIntegrity, sha256Hex, canonicalJson, entryHash, GENESIS_HASH, type IntegrityReport } from './domain/audit.js';
export { getOrCreateSetting } from './domain/settings.js';
