import type { DbOrTx } from '../../db/types.js';
import { changeOutbox } from './change-outbox.table.js';

/** What changed about a subject, as the feed names it (DESIGN §4.1 `ChangeKind`). */
export enum ChangeKind {
  RECORD_PUBLISHED = 'RECORD_PUBLISHED',
  RECORD_CORRECTED = 'RECORD_CORRECTED',
  RECORD_REVOKED = 'RECORD_REVOKED',
  RECORD_WITHDRAWN = 'RECORD_WITHDRAWN',
  PUBLICITY_ENDED = 'PUBLICITY_ENDED',
  OBJECTION_OPENED = 'OBJECTION_OPENED',
  OBJECTION_DECIDED = 'OBJECTION_DECIDED',
  REPAIRED = 'REPAIRED',
  LIST_ENTRY_ADDED = 'LIST_ENTRY_ADDED',
  LIST_ENTRY_REMOVED = 'LIST_ENTRY_REMOVED',
}

/** One change to append: the subject, what happened, to which record, at the clock's instant. */
export interface NewChange {
  subjectCode: string;
  kind: ChangeKind;
  recordId: string | null;
  occurredAt: Date;
}

/**
 * Appends changes to the outbox in one statement. Always called with the transaction of the
 * change itself, so that the change and its feed entry commit or roll back together.
 */
export async function recordChanges(tx: DbOrTx, changes: readonly NewChange[]): Promise<void> {
  if (changes.length === 0) {
    return;
  }
  await tx.insert(changeOutbox).values(
    changes.map(change => ({
      subjectCode: change.subjectCode,
      kind: change.kind,
      recordId: change.recordId,
      occurredAt: change.occurredAt,
    })),
  );
}
