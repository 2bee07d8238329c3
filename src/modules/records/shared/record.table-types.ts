import type { CatalogRecordRow, catalogRecords } from '../catalog-records/catalog-record.table.js';
import type { LicensingRow, licensingRecords } from '../licensing/licensing.table.js';
import type { PenaltyRow, penaltyRecords } from '../penalty/penalty.table.js';

/** Either record table; both carry the columns of record.columns.ts. */
export type RecordTable = typeof licensingRecords | typeof penaltyRecords;
export type RecordRow = LicensingRow | PenaltyRow;

/**
 * The tables of a subject's record lists: either record table, or the records of catalog items
 * stored by field list, which carry the columns the visibility rule and the pages read (id,
 * subject, decision date, counterpart category, source unit, scope, catalog item, publication,
 * revocation and repair).
 */
export type ListedTable = RecordTable | typeof catalogRecords;
export type ListedRow = RecordRow | CatalogRecordRow;

/**
 * The common columns of either table, typed once. Both tables spread the same column builders,
 * so the column objects of one stand for the other's in SQL. For the catalog records, only the
 * columns named at ListedTable may be read through it.
 * @internal
 */
export function commonColumns(table: ListedTable): typeof licensingRecords {
  return table as typeof licensingRecords;
}

/**
 * A row read through `commonColumns(table)`, as the row type R of that table. The statement ran
 * on the caller's table, and only its type says licensing: the caller names the table and its row
 * type together.
 * @internal
 */
export function rowOf<R extends ListedRow>(row: ListedRow): R {
  return row as R;
}
