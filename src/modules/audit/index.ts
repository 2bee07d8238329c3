export { recordAudit, type AuditEvent } from './audit.service.js';
export { auditEvents } from './audit.table.js';
