import type { LicensingRecord } from '../licensing/licensing.type.js';
import type { LicensingRow } from '../licensing/licensing.table.js';
import type { PenaltyRecord } from '../penalty/penalty.type.js';
import type { PenaltyRow } from '../penalty/penalty.table.js';
import { RecordKind } from './record.enums.js';
import { recordGlobalId } from './record.ids.js';

/** A stored licensing row as the GraphQL object the resolvers hand on. */
export function licensingNode(row: LicensingRow): LicensingRecord {
  return {
    ...row,
    id: recordGlobalId(RecordKind.LICENSING, row.id),
    rowId: row.id,
    kind: RecordKind.LICENSING,
  } as LicensingRecord;
}

/** A stored penalty row as the GraphQL object the resolvers hand on. */
export function penaltyNode(row: PenaltyRow): PenaltyRecord {
  return {
    ...row,
    id: recordGlobalId(RecordKind.PENALTY, row.id),
    rowId: row.id,
    kind: RecordKind.PENALTY,
  } as PenaltyRecord;
}
