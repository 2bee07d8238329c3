export * from '../modules/access/access.table.js';
export * from '../modules/api-keys/api-key.table.js';
export * from '../modules/audit/audit.table.js';
export * from '../modules/calendar/calendar.table.js';
export * from '../modules/catalog/catalog.table.js';
export * from '../modules/records/shared/submission-log.table.js';
export * from '../modules/credit-lists/list-entry.table.js';
export * from '../modules/objections/objection.table.js';
export { listTypeEnum } from '../modules/credit-lists/list-entry.enums.js';
export { checkScenarioEnum, measureKindEnum } from '../modules/checks/check.enums.js';
export * from '../modules/checks/check.table.js';
export * from '../modules/repair/repair.table.js';
export * from '../modules/records/licensing/licensing.table.js';
export * from '../modules/records/catalog-records/catalog-record.table.js';
export * from '../modules/records/penalty/penalty.table.js';
export * from '../modules/records/shared/record-version.table.js';
export {
  recordKindEnum,
  subjectCategoryEnum,
  usageScopeEnum,
} from '../modules/records/shared/record.enums.js';
export * from '../modules/subjects/subject.table.js';
export * from '../modules/profile-cache/profile-cache.table.js';
