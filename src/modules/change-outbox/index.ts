export { ChangeKind, recordChanges } from './change-outbox.js';
export { changeOutbox, changeSweeps, xid8 } from './change-outbox.table.js';
