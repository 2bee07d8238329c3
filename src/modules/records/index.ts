export {
  catalogRecordNode,
  CatalogRecordResolver,
} from './catalog-records/catalog-record.resolver.js';
export {
  type CatalogRecordRow,
  catalogRecords,
  catalogRecordVersions,
} from './catalog-records/catalog-record.table.js';
export { CatalogRecord, CatalogRecordConnection } from './catalog-records/catalog-record.type.js';
export { LICENCE_CATEGORY_LABELS, LicenceCategory } from './licensing/licensing.enums.js';
export { LicensingRecordInput } from './licensing/licensing.inputs.js';
export { LicensingResolver } from './licensing/licensing.resolver.js';
export {
  licenceCategoryEnum,
  licensingRecords,
  type LicensingRow,
  type NewLicensingRow,
} from './licensing/licensing.table.js';
export { LicensingRecord, LicensingRecordConnection } from './licensing/licensing.type.js';
export { checkLicensingRow } from './licensing/licensing.validation.js';
export {
  PENALTY_TYPE_LABELS,
  PenaltySector,
  PenaltySeverity,
  PenaltyType,
  PublicityRegime,
} from './penalty/penalty.enums.js';
export { PenaltyRecordInput } from './penalty/penalty.inputs.js';
export { PenaltyResolver } from './penalty/penalty.resolver.js';
export {
  type NewPenaltyRow,
  penaltyRecords,
  type PenaltyRow,
  penaltySectorEnum,
  penaltySeverityEnum,
  penaltyTypeEnum,
  publicityRegimeEnum,
} from './penalty/penalty.table.js';
export { PenaltyRecord, PenaltyRecordConnection } from './penalty/penalty.type.js';
export { checkPenaltyRow, type PenaltyFields } from './penalty/penalty.validation.js';
export {
  deriveDisclosure,
  derivePublicity,
  disclosureDeadline,
  type DisclosureFacts,
  DisclosureStatus,
  disclosureStatus,
  isDisclosureRequired,
  publicityPeriod,
  workingDaysLate,
} from './shared/disclosure-policy.js';
export { recordVersions } from './shared/record-version.table.js';
export {
  RecordKind,
  recordKindEnum,
  SubjectCategory,
  subjectCategoryEnum,
} from './shared/record.enums.js';
export { parseRecordGlobalId, recordGlobalId } from './shared/record.ids.js';
export {
  createRecordLoaders,
  licensingPublicWhile,
  penaltyPublicWhile,
  type RecordLoaders,
  type SubjectPageKey,
} from './shared/record.loaders.js';
export { licensingNode, penaltyNode } from './shared/record.node.js';
export { SubmitRecordsPayload } from './shared/record.payload.js';
export { recordSubjectKey } from './shared/record.columns.js';
export { recordPermissions } from './shared/record.permissions.js';
export { insertRecords, lockSourceUnits } from './shared/record.repository.js';
export { CreditRecordResolver } from './shared/record.resolver.js';
export {
  contentHash,
  MAX_BATCH_SIZE,
  type Rejection,
  type RowToStore,
  type SubmissionKind,
  type SubmissionResult,
  submitBatch,
} from './submission/submission.js';
export { commonColumns, type RecordRow, type RecordTable } from './shared/record.table-types.js';
export { CreditRecord } from './shared/record.type.js';
export { type CommonFields, RowChecker } from './shared/record.validation.js';
export { recordVisibility } from './shared/record.visibility.js';
export { logSubmission, type RowOutcome } from './shared/submission-log.repository.js';
export { submissionLog } from './shared/submission-log.table.js';
