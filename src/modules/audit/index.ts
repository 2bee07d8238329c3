export { auditInsert, recordAudit } from './audit.service.js';
export { auditEvents } from './audit.table.js';
export { type ChainReport, verifyLogChains } from './log-chain.js';
export { logChainColumns, logChainHeads } from './log-chain.table.js';
