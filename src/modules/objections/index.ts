export { isAdminOrProvider, objectionPermissions } from './objection.permissions.js';
export { pageQueue } from './objection.repository.js';
export {
  DEFAULT_OBJECTION_STATUS_LIMITS,
  type ObjectionStatusLimits,
  ObjectionStatusLimiter,
} from './objection.status-limit.js';
export {
  ListEntryObjectionResolver,
  ObjectionResolver,
  PREFIX,
  queuePosition,
  RecordObjectionResolver,
  scopedUnit,
} from './objection.resolver.js';
export {
  acceptObjection,
  DEFAULT_OBJECTION_LIMITS,
  fileObjection,
  type ObjectionLimits,
  loadTarget,
  objectionOpenOn,
  openMarkedObjections,
  openObjectionTargets,
  targetLifecycle,
  text,
} from './objection.service.js';
export {
  objectionOutcomeEnum,
  type ObjectionRow,
  objections,
  objectionStatusEnum,
  remedyTargetEnum,
} from './objection.table.js';
