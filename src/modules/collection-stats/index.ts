export { collectionPermissions } from './collection.permissions.js';
export { CollectionResolver } from './collection.resolver.js';
