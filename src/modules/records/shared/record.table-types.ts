import type { LicensingRow, licensingRecords } from '../licensing/licensing.table.js';
import type { PenaltyRow, penaltyRecords } from '../penalty/penalty.table.js';

/** Either record table; both carry the columns of record.columns.ts. */
export type RecordTable = typeof licensingRecords | typeof penaltyRecords;
export type RecordRow = LicensingRow | PenaltyRow;

/**
 * The common columns of either table, typed once. Both tables spread the same column builders,
 * so the column objects of one stand for the other's in SQL.
 * @internal
 */
export function commonColumns(table: RecordTable): typeof licensingRecords {
  return table as typeof licensingRecords;
}
