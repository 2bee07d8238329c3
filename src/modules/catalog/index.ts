export {
  insertMissingCatalogItems,
  itemsWithScope,
  listCatalogItems,
} from './catalog.repository.js';
export { CatalogResolver } from './catalog.resolver.js';
export {
  type CollectionItem,
  loadCollectionItem,
  type CatalogItemCommand,
} from './catalog.service.js';
export {
  catalogItemProviders,
  catalogItems,
  DEFAULT_DISCLOSURE_WORKING_DAYS,
} from './catalog.table.js';

/** Codes of the catalog items the typed record kinds belong to. */
export const CATALOG_CODES = {
  licensing: 'ADMIN_LICENSING',
  penalty: 'ADMIN_PENALTY',
} as const;
export { catalogPermissions } from './catalog.permissions.js';
export { providersOf } from './catalog.repository.js';
export {
  type CatalogFieldDefinition,
  type CatalogFieldType,
  type CatalogItemRow,
  catalogItemVersions,
  type CatalogProviderRow,
} from './catalog.table.js';
export { CatalogProvider } from './catalog.type.js';
export {
  ProviderCategory,
  providerCategoryEnum,
  UsageScope,
  usageScopeEnum,
} from './catalog.enums.js';
