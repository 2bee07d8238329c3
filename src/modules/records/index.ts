export { CatalogRecordResolver } from './catalog-records/catalog-record.resolver.js';
export { submitCatalogRecords } from './catalog-records/catalog-record.service.js';
export {
  type CatalogRecordRow,
  catalogRecords,
  catalogRecordVersions,
} from './catalog-records/catalog-record.table.js';
export { LICENCE_CATEGORY_LABELS, LicenceCategory } from './licensing/licensing.enums.js';
export { LicensingRecordInput } from './licensing/licensing.inputs.js';
export { LicensingResolver } from './licensing/licensing.resolver.js';
export {
  licenceCategoryEnum,
  licensingRecords,
  type LicensingRow,
  type NewLicensingRow,
} from './licensing/licensing.table.js';
export { checkLicensingRow } from './licensing/licensing.validation.js';
export {
  PENALTY_TYPE_LABELS,
  PenaltySector,
  PenaltySeverity,
  PenaltyType,
  PublicityRegime,
} from './penalty/penalty.enums.js';
export { PenaltyRecordInput } from './penalty/penalty.inputs.js';
export { PENALTY_TYPE_WORDINGS, parsePenaltyTypes } from './penalty/penalty-types.js';
export { classifyPenalty, PUBLICITY_CLASS_RULES } from './penalty/publicity-classes.js';
export { PenaltyResolver } from './penalty/penalty.resolver.js';
export {
  type NewPenaltyRow,
  penaltyRecords,
  type PenaltyRow,
  penaltySectorEnum,
  penaltySeverityEnum,
  penaltyTypeEnum,
  publicityRegimeEnum,
  severitySourceEnum,
} from './penalty/penalty.table.js';
export { PenaltyRecord } from './penalty/penalty.type.js';
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
export { recordLifecycle } from './shared/record.lifecycle.js';
export {
  RecordKind,
  recordKindEnum,
  RecordStatusCode,
  recordStatusCodeEnum,
} from './shared/record.enums.js';
export { parseRecordGlobalId, recordGlobalId } from './shared/record.ids.js';
export {
  createRecordLoaders,
  licensingPublicWhile,
  penaltyInPublicity,
  penaltyPublicWhile,
  type RecordLoaders,
} from './shared/record.loaders.js';
export { licensingNode, penaltyNode } from './shared/record.node.js';
export { RecordRejection, SubmitRecordsPayload } from './shared/record.payload.js';
export { type RecordsStored, TYPED_RECORDS_PER_BATCH } from './shared/record.submission.js';
export { recordSubjectKey } from './shared/record.columns.js';
export { recordPermissions } from './shared/record.permissions.js';
export { insertRecords } from './shared/record.repository.js';
export { CreditRecordResolver } from './shared/record.resolver.js';
export { SubjectRecordsResolver } from './shared/subject-records.resolver.js';
export {
  contentHash,
  MAX_BATCH_SIZE,
  onReceipt,
  type RowToStore,
  type SubmissionKind,
  type SubmissionResult,
  submitBatch,
  rejectionsIn,
  supersededVersion,
} from './submission/submission.js';
export { commonColumns, type RecordRow, type RecordTable } from './shared/record.table-types.js';
export { CreditRecord } from './shared/record.type.js';
export { type CommonFields, RowChecker, fieldRejection } from './shared/record.validation.js';
export { recordVisibility, standing } from './shared/record.visibility.js';
export { submissionLog } from './shared/submission-log.table.js';
export { submissionRejections } from './shared/submission-rejection.table.js';
export { pageRejections } from './shared/submission-log.repository.js';
export {
  columnNames,
  CATALOG_COMMON_FIELD_NAMES,
  type KindField,
  type RecordKindDeclaration,
} from './kinds/kind.declaration.js';
export { catalogItemOf, type DeclaredCatalogItem, fieldRulesOf } from './kinds/derive.js';
export { RED_LIST_KIND } from './kinds/list.kinds.js';
export { catalogCommonFields } from './kinds/catalog.kinds.js';
export {
  declareKind,
  KindDeclarationError,
  kindNamed,
  recordKind,
  recordKinds,
} from './kinds/registry.js';
