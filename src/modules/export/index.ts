export { exportDownload } from './export.http.js';
export { exportColumns } from './export.layout.js';
export { exportPermissions } from './export.permissions.js';
export { readManifest } from './export.repository.js';
export { ExportResolver } from './export.resolver.js';
export { exportFileName, exportRecords, loadBatchFile } from './export.service.js';
export { exportBatchRecords, exportBatches, exportFormatEnum } from './export.table.js';
export { ExportFormat } from './export.type.js';
