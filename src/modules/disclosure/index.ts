export { disclosurePermissions } from './disclosure.permissions.js';
export {
  disclosureStats,
  awaitingDisclosureCounts,
  findRecordsByIds,
  statusCondition,
  TABLES,
} from './disclosure.repository.js';
export {
  DisclosureFieldResolver,
  DisclosureLatenessResolver,
  DisclosureResolver,
  PenaltyPublicityResolver,
} from './disclosure.resolver.js';
export { HolidayCalendarResolver } from './holiday-calendar.resolver.js';
