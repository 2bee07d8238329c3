export { recordAudit } from './audit.service.js';
export { auditEvents } from './audit.table.js';
