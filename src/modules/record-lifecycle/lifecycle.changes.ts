import type { Tx } from '../../db/types.js';
import { ChangeKind, recordChanges } from '../change-outbox/index.js';
import type { LifecycleEvent, Machine } from './lifecycle.machine.js';

/** The feed's name for an event on each machine; ACCEPT_OBJECTION opens an objection. */
const CHANGE_OF: Readonly<Record<Machine, Readonly<Record<LifecycleEvent, ChangeKind>>>> = {
  RECORD: {
    PUBLISH: ChangeKind.RECORD_PUBLISHED,
    CORRECT: ChangeKind.RECORD_CORRECTED,
    REVOKE: ChangeKind.RECORD_REVOKED,
    WITHDRAW: ChangeKind.RECORD_WITHDRAWN,
    REMOVE: ChangeKind.RECORD_REVOKED,
    REPAIR: ChangeKind.REPAIRED,
    ACCEPT_OBJECTION: ChangeKind.OBJECTION_OPENED,
    UPHOLD_ON_OBJECTION: ChangeKind.OBJECTION_DECIDED,
    CORRECTED_ON_OBJECTION: ChangeKind.OBJECTION_DECIDED,
  },
  LIST_ENTRY: {
    PUBLISH: ChangeKind.LIST_ENTRY_ADDED,
    CORRECT: ChangeKind.RECORD_CORRECTED,
    REVOKE: ChangeKind.LIST_ENTRY_REMOVED,
    WITHDRAW: ChangeKind.LIST_ENTRY_REMOVED,
    REMOVE: ChangeKind.LIST_ENTRY_REMOVED,
    REPAIR: ChangeKind.REPAIRED,
    ACCEPT_OBJECTION: ChangeKind.OBJECTION_OPENED,
    UPHOLD_ON_OBJECTION: ChangeKind.OBJECTION_DECIDED,
    CORRECTED_ON_OBJECTION: ChangeKind.OBJECTION_DECIDED,
  },
};

/**
 * Writes the feed's entries of the rows one event has just moved, in the event's transaction.
 * Only rows that were public are news to anyone outside the platform: a row never published
 * (received, awaiting review, a natural person's) gives no entry until it publishes, and a row
 * without a subject code (a 个体户 without one) has nobody to watch it.
 */
export async function recordLifecycleChanges(
  tx: Tx,
  machine: Machine,
  idPrefix: string,
  event: LifecycleEvent,
  at: Date,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const kind = CHANGE_OF[machine][event];
  await recordChanges(
    tx,
    rows
      .filter(row => row['publishedAt'] !== null && typeof row['subjectCode'] === 'string')
      .map(row => ({
        subjectCode: row['subjectCode'] as string,
        kind,
        recordId: `${idPrefix}:${String(row['id'])}`,
        occurredAt: at,
      })),
  );
}
