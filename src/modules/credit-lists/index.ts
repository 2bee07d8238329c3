export { ListType, listTypeEnum } from './list-entry.enums.js';
export { LIST_ENTRY_EVENT_ORDER, listEntryEventsSql } from './list-entry.history.js';
export { createListEntryLoaders, type ListEntryLoaders } from './list-entry.loaders.js';
export { creditListPermissions } from './list-entry.permissions.js';
export {
  listEntryNode,
  listEntryStatusSql,
  ListEntryResolver,
  ListPayloadResolver,
  SubjectListsResolver,
} from './list-entry.resolver.js';
export {
  entriesByIds,
  LIST_ENTRY_LIFECYCLE,
  LIST_ENTRY_ORDER,
  type ListEntryInputLike,
  listEntriesShownTo,
  submitListEntries,
  visibleActiveEntries,
} from './list-entry.service.js';
export { listEntries, type ListEntryRow, listEntryVersions } from './list-entry.table.js';
export { ListEntry } from './list-entry.type.js';
