import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { recordKindEnum } from '../records/index.js';

export const exportFormatEnum = pgEnum('export_format', ['XLSX', 'CSV']);

/**
 * The file's bytes as PostgreSQL stores them. postgres.js reads a Buffer and PGlite a
 * Uint8Array; both become a Buffer here.
 */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: value => Buffer.from(value),
  toDriver: value => value,
});

/**
 * Export batches to the national platform (信用中国): one per kind and period, issued once and
 * never changed (a trigger refuses UPDATE, DELETE and TRUNCATE, and the API's login may only
 * insert and read). The file is kept as it was sent, so that its sha256 stays provable whatever
 * happens to the records, the layout or the library that wrote it afterwards.
 */
export const exportBatches = pgTable(
  'export_batches',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: recordKindEnum().notNull(),
    periodFrom: date({ mode: 'string' }).notNull(),
    periodTo: date({ mode: 'string' }).notNull(),
    format: exportFormatEnum().notNull(),
    /** The national layout the file is written in. */
    layout: text().notNull(),
    rowCount: integer().notNull(),
    byteSize: integer().notNull(),
    /** Hex sha256 of `content`. */
    sha256: text().notNull(),
    content: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    createdByKeyId: uuid(),
  },
  t => [
    uniqueIndex('export_batches_period_idx').on(t.kind, t.periodFrom, t.periodTo),
    index('export_batches_created_idx').on(t.createdAt, t.id),
    check('export_batches_period_order', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);

/**
 * The manifest of a batch: each row of the file, with the record it was written from and that
 * record's version and content hash at the time, so that the office can prove which state of
 * which record it sent, and find the records corrected since.
 */
export const exportBatchRecords = pgTable(
  'export_batch_records',
  {
    batchId: uuid()
      .notNull()
      .references((): AnyPgColumn => exportBatches.id),
    /** The row of the file, 1 for the first record (the header row is not counted). */
    rowNumber: integer().notNull(),
    recordId: bigint({ mode: 'number' }).notNull(),
    recordVersion: integer().notNull(),
    contentHash: text().notNull(),
  },
  t => [
    primaryKey({ columns: [t.batchId, t.rowNumber] }),
    index('export_batch_records_record_idx').on(t.recordId),
  ],
);

export type ExportBatchRow = typeof exportBatches.$inferSelect;
/** A batch without its file. */
export type ExportBatchInfo = Omit<ExportBatchRow, 'content'>;
export type ExportBatchRecordRow = typeof exportBatchRecords.$inferSelect;
