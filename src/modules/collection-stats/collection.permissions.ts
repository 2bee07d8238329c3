import { fields, isAdmin } from '../../permissions/rules.js';

export const collectionPermissions = {
  Query: { collectionReport: isAdmin },
  CollectionReport: fields(isAdmin, ['from', 'to', 'rows', 'silentProviders', 'csv']),
  CollectionReportRow: fields(isAdmin, [
    'itemCode',
    'itemName',
    'sourceUnitCode',
    'sourceUnit',
    'received',
    'published',
    'corrected',
    'rejected',
    'due',
    'onTime',
    'onTimeRate',
  ]),
  SilentProvider: fields(isAdmin, ['itemCode', 'itemName', 'organizationCode', 'organizationName']),
};
