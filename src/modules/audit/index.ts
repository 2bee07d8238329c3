export { auditInsert, recordAudit } from './audit.service.js';
export { auditEvents } from './audit.table.js';
