export { createSubjectLoaders, type SubjectLoaders } from './subject.loaders.js';
export { subjectPermissions } from './subject.permissions.js';
export {
  findSubjectByCode,
  findSubjectsByCodes,
  nameBigrams,
  SEARCH_EXACT_TOTAL_CAP,
  searchTotal,
  subjectSearch,
  upsertSubjects,
} from './subject.repository.js';
export {
  checkBatchCodes,
  isLoggedRole,
  logSubjectsAccess,
  logSubjectsRead,
  SubjectsRead,
  statedPurpose,
} from './subject-access-log.js';
export { type AccessLogRow, accessLog } from './subject-access-log.table.js';
export { SubjectCategory, subjectCategoryEnum } from './subject.enums.js';
export { SubjectResolver, searchRequest } from './subject.resolver.js';
export { type NewSubjectRow, type SubjectRow, subjects } from './subject.table.js';
export { subjectGramCounts, subjectNameGrams, subjectSearchRanks } from './subject-search.table.js';
export { SUBJECT_ROW_FIELDS, Subject, nameHighlights } from './subject.type.js';
export { SUBJECT_DATA, accessLogPlugin, subjectDataRead } from './subject-access-log.plugin.js';
