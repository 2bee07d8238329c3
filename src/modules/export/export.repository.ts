import { type SQL, and, asc, count, desc, eq, gt, gte, lt, lte, or, sql } from 'drizzle-orm';

import { PUBLIC_VIEWER } from '../../auth/viewer.js';
import type { DbOrTx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import {
  type LicensingRow,
  type PenaltyRow,
  RecordKind,
  type RecordTable,
  commonColumns,
  licensingPublicWhile,
  licensingRecords,
  penaltyPublicWhile,
  penaltyRecords,
  recordVisibility,
} from '../records/index.js';
import {
  type ExportBatchInfo,
  type ExportBatchRecordRow,
  type ExportBatchRow,
  exportBatchRecords,
  exportBatches,
} from './export.table.js';

/** The batch's columns without the file. */
const INFO = {
  id: exportBatches.id,
  kind: exportBatches.kind,
  periodFrom: exportBatches.periodFrom,
  periodTo: exportBatches.periodTo,
  format: exportBatches.format,
  layout: exportBatches.layout,
  rowCount: exportBatches.rowCount,
  byteSize: exportBatches.byteSize,
  sha256: exportBatches.sha256,
  createdAt: exportBatches.createdAt,
  createdByKeyId: exportBatches.createdByKeyId,
};

export async function findBatchByPeriod(
  db: DbOrTx,
  kind: RecordKind,
  from: CalendarDate,
  to: CalendarDate,
): Promise<ExportBatchInfo | undefined> {
  const [row] = await db
    .select(INFO)
    .from(exportBatches)
    .where(
      and(
        eq(exportBatches.kind, kind),
        eq(exportBatches.periodFrom, from),
        eq(exportBatches.periodTo, to),
      ),
    )
    .limit(1);
  return row;
}

/** A batch with its file, for the download. */
export async function findBatchWithFile(
  db: DbOrTx,
  id: string,
): Promise<ExportBatchRow | undefined> {
  const [row] = await db.select().from(exportBatches).where(eq(exportBatches.id, id)).limit(1);
  return row;
}

export async function insertBatch(
  db: DbOrTx,
  values: typeof exportBatches.$inferInsert,
): Promise<ExportBatchInfo> {
  const [row] = await db.insert(exportBatches).values(values).returning(INFO);
  return row!;
}

export async function insertManifest(
  db: DbOrTx,
  rows: readonly (typeof exportBatchRecords.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) {
    await db.insert(exportBatchRecords).values([...rows]);
  }
}

/** Newest first, by (createdAt, id). */
export async function pageBatches(
  db: DbOrTx,
  limit: number,
  after: { createdAt: Date; id: string } | null,
): Promise<ExportBatchInfo[]> {
  return db
    .select(INFO)
    .from(exportBatches)
    .where(
      after === null
        ? undefined
        : or(
            lt(exportBatches.createdAt, after.createdAt),
            and(eq(exportBatches.createdAt, after.createdAt), lt(exportBatches.id, after.id)),
          ),
    )
    .orderBy(desc(exportBatches.createdAt), desc(exportBatches.id))
    .limit(limit);
}

export async function countBatches(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(exportBatches);
  return row?.n ?? 0;
}

export async function pageManifest(
  db: DbOrTx,
  batchId: string,
  limit: number,
  afterRow: number | null,
): Promise<ExportBatchRecordRow[]> {
  return db
    .select()
    .from(exportBatchRecords)
    .where(
      and(
        eq(exportBatchRecords.batchId, batchId),
        afterRow === null ? undefined : gt(exportBatchRecords.rowNumber, afterRow),
      ),
    )
    .orderBy(asc(exportBatchRecords.rowNumber))
    .limit(limit);
}

/** Every row of a manifest, in file order (for the CLI's manifest file). */
export async function readManifest(db: DbOrTx, batchId: string): Promise<ExportBatchRecordRow[]> {
  return db
    .select()
    .from(exportBatchRecords)
    .where(eq(exportBatchRecords.batchId, batchId))
    .orderBy(asc(exportBatchRecords.rowNumber));
}

const TABLES: Record<RecordKind, RecordTable> = {
  [RecordKind.LICENSING]: licensingRecords,
  [RecordKind.PENALTY]: penaltyRecords,
};

/**
 * The records due for national upload, as SQL: what the public sees of the kind today (the
 * shared visibility rule: published, neither revoked, withdrawn nor repaired, PUBLIC scope of a
 * public catalog item, no natural person, within the kind's publicity condition), published on a
 * China Standard Time day of [from, to]. See export.service.ts for why publication decides.
 */
function dueCondition(
  kind: RecordKind,
  from: CalendarDate,
  to: CalendarDate,
  today: CalendarDate,
): SQL | undefined {
  const table = TABLES[kind];
  const t = commonColumns(table);
  const publicWhile =
    kind === RecordKind.LICENSING ? licensingPublicWhile(today) : penaltyPublicWhile(today);
  return and(
    recordVisibility(PUBLIC_VIEWER, table, publicWhile, today),
    gte(t.publishedOn, from),
    lte(t.publishedOn, to),
  );
}

export async function countDueRecords(
  db: DbOrTx,
  kind: RecordKind,
  from: CalendarDate,
  to: CalendarDate,
  today: CalendarDate,
): Promise<number> {
  const table = TABLES[kind];
  const [row] = await db
    .select({ n: count() })
    .from(table)
    .where(dueCondition(kind, from, to, today));
  return row?.n ?? 0;
}

/** A page of the due records, in the file's order (publication day, then id). */
export async function pageDueRecords(
  db: DbOrTx,
  kind: RecordKind,
  from: CalendarDate,
  to: CalendarDate,
  today: CalendarDate,
  limit: number,
  after: { publishedOn: CalendarDate; id: number } | null,
): Promise<(LicensingRow | PenaltyRow)[]> {
  const table = TABLES[kind];
  const t = commonColumns(table);
  return (await db
    .select()
    .from(table)
    .where(
      and(
        dueCondition(kind, from, to, today),
        after === null
          ? undefined
          : sql`(${t.publishedOn}, ${t.id}) > (${after.publishedOn}::date, ${after.id})`,
      ),
    )
    .orderBy(asc(t.publishedOn), asc(t.id))
    .limit(limit)) as (LicensingRow | PenaltyRow)[];
}
