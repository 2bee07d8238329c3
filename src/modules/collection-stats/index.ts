export { collectionPermissions } from './collection.permissions.js';
export { CollectionResolver } from './collection.resolver.js';
export {
  COLLECTION_REPORT_HEADERS,
  collectionReport,
  collectionReportLines,
} from './collection.report.js';
