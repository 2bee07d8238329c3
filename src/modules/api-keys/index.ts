export { apiKeyPermissions } from './api-key.permissions.js';
export { ApiKeyResolver } from './api-key.resolver.js';
export {
  authenticate,
  createApiKey,
  createFirstAdminKey,
  ensureBootstrapAdminKey,
} from './api-key.service.js';
export { type ApiKeyRow, apiKeys, roleEnum } from './api-key.table.js';
