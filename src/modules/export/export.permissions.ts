import { fields, isAdmin } from '../../permissions/rules.js';

/** Export batches are the credit office's: every root field and every field ADMIN only. */
export const exportPermissions = {
  Query: { exportBatches: isAdmin },
  Mutation: { exportRecords: isAdmin },
  ExportBatch: fields(isAdmin, [
    'id',
    'kind',
    'from',
    'to',
    'format',
    'layout',
    'rowCount',
    'byteSize',
    'sha256',
    'fileName',
    'downloadUrl',
    'createdAt',
    'manifest',
  ]),
  ExportBatchConnection: fields(isAdmin, ['edges', 'pageInfo', 'totalCount']),
  ExportBatchEdge: fields(isAdmin, ['cursor', 'node']),
  ExportManifestEntry: fields(isAdmin, ['row', 'recordId', 'recordVersion', 'contentHash']),
  ExportManifestEntryConnection: fields(isAdmin, ['edges', 'pageInfo', 'totalCount']),
  ExportManifestEntryEdge: fields(isAdmin, ['cursor', 'node']),
};
