export { disclosurePermissions } from './disclosure.permissions.js';
export {
  arrayLiteral,
  counterSegmentArrays,
  disclosureStats,
  disclosureStatsStatement,
  awaitingDisclosureCounts,
  findRecordsByIds,
  TABLES,
} from './disclosure.repository.js';
export {
  DisclosureFieldResolver,
  DisclosureLatenessResolver,
  DisclosureResolver,
  PenaltyPublicityResolver,
} from './disclosure.resolver.js';
export { recordCounters, unpublishedCounters } from './record-counters.table.js';
export { counterSegments, countersOf, pendingCounts } from './record-counters.js';
export { HolidayCalendarResolver } from './holiday-calendar.resolver.js';
