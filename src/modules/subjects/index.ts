export { createSubjectLoaders, type SubjectLoaders } from './subject.loaders.js';
export { subjectPermissions } from './subject.permissions.js';
export {
  findSubjectByCode,
  findSubjectsByCodes,
  nameBigrams,
  upsertSubjects,
} from './subject.repository.js';
export { SubjectResolver } from './subject.resolver.js';
export { type NewSubjectRow, type SubjectRow, subjects } from './subject.table.js';
export { Subject } from './subject.type.js';
