export { authorizations, type AuthorizationRow } from '../modules/access/index.js';
export { roleEnum, apiKeys, type ApiKeyRow } from '../modules/api-keys/index.js';
export { auditEvents, logChainHeads } from '../modules/audit/index.js';
export { calendarYears, calendarDays } from '../modules/calendar/index.js';
export {
  catalogItems,
  catalogItemProviders,
  catalogItemVersions,
  type CatalogFieldType,
  type CatalogFieldDefinition,
  type CatalogItemRow,
  type CatalogProviderRow,
} from '../modules/catalog/index.js';
export { submissionLog, submissionRejections } from '../modules/records/index.js';
export {
  listEntries,
  listEntryVersions,
  type ListEntryRow,
} from '../modules/credit-lists/index.js';
export {
  remedyTargetEnum,
  objectionStatusEnum,
  objectionOutcomeEnum,
  objections,
  type ObjectionRow,
} from '../modules/objections/index.js';
export { listTypeEnum } from '../modules/credit-lists/index.js';
export { checkRuleEnum, checkScenarioEnum, measureKindEnum } from '../modules/checks/index.js';
export {
  type CheckFeedbackRow,
  type CreditCheckRow,
  type MeasureRow,
  measures,
  creditChecks,
  checkFeedback,
} from '../modules/checks/index.js';
export { type RepairRow, repairStatusEnum, repairApplications } from '../modules/repair/index.js';
export {
  licenceCategoryEnum,
  licensingRecords,
  type LicensingRow,
  type NewLicensingRow,
} from '../modules/records/index.js';
export {
  catalogRecords,
  type CatalogRecordRow,
  catalogRecordVersions,
} from '../modules/records/index.js';
export {
  penaltyTypeEnum,
  penaltySeverityEnum,
  penaltySectorEnum,
  publicityRegimeEnum,
  severitySourceEnum,
  penaltyRecords,
  type PenaltyRow,
  type NewPenaltyRow,
} from '../modules/records/index.js';
export { recordVersions } from '../modules/records/index.js';
export { recordKindEnum, recordStatusCodeEnum } from '../modules/records/index.js';
export { providerCategoryEnum, usageScopeEnum } from '../modules/catalog/index.js';
export {
  accessLog,
  type AccessLogRow,
  subjectCategoryEnum,
  subjects,
  type SubjectRow,
  type NewSubjectRow,
  subjectGramCounts,
  subjectNameGrams,
  subjectSearchRanks,
} from '../modules/subjects/index.js';
export { subjectGenerations } from '../modules/profile-cache/index.js';
export { exportBatches, exportBatchRecords, exportFormatEnum } from '../modules/export/index.js';
export { creditReports } from '../modules/credit-reports/index.js';
export { recordCounters, unpublishedCounters } from '../modules/disclosure/index.js';
export { changeOutbox, changeSweeps } from '../modules/change-outbox/index.js';
export { monitoredSubjects } from '../modules/monitoring/index.js';
export { webhookDeliveries, webhooks } from '../modules/monitoring/index.js';
export {
  creditGradeEnum,
  evaluationModels,
  evaluationProgress,
  subjectEvaluationHistory,
  subjectEvaluations,
} from '../modules/evaluation/index.js';
