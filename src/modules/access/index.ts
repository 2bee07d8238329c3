export { accessPermissions } from './access.permissions.js';
export { authorizedFor } from './access.repository.js';
export { AccessResolver } from './access.resolver.js';
export { type AuthorizationRow, authorizations } from './access.table.js';
