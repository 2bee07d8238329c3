export { accessPermissions } from './access.permissions.js';
export { authorizedFor } from './access.repository.js';
export { AccessResolver } from './access.resolver.js';
export { isLoggedRole, logSubjectAccess, operationLabel, statedPurpose } from './access.service.js';
export {
  accessLog,
  type AccessLogRow,
  type AuthorizationRow,
  authorizations,
} from './access.table.js';
