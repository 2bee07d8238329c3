export { repairPermissions } from './repair.permissions.js';
export { RepairResolver } from './repair.resolver.js';
export { repairApplications, type RepairRow, repairStatusEnum } from './repair.table.js';
