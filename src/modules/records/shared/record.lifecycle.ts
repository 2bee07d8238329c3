import type { LifecycleTarget } from '../../record-lifecycle/index.js';
import { licensingRecords } from '../licensing/licensing.table.js';
import { penaltyRecords } from '../penalty/penalty.table.js';
import { RecordKind } from './record.enums.js';
import type { RecordTable } from './record.table-types.js';

const TARGETS: Record<RecordKind, LifecycleTarget<RecordTable>> = {
  [RecordKind.LICENSING]: { machine: 'RECORD', idPrefix: 'licensing', table: licensingRecords },
  [RecordKind.PENALTY]: { machine: 'RECORD', idPrefix: 'penalty', table: penaltyRecords },
};

/** The licensing or penalty table as the record lifecycle moves its rows. */
export function recordLifecycle(kind: RecordKind): LifecycleTarget<RecordTable> {
  return TARGETS[kind];
}
