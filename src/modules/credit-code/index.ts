export * from './credit-code.js';
export { regionName } from './regions.js';
export {
  buildDivisionTables,
  divisionCodesModule,
  divisionNamesModule,
} from './divisions.build.js';
export { CreditCodeResolver } from './credit-code.resolver.js';
export { creditCodePermissions } from './credit-code.permissions.js';
