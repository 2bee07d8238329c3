export * from './credit-code.js';
export { CreditCodeResolver } from './credit-code.resolver.js';
export { creditCodePermissions } from './credit-code.permissions.js';
