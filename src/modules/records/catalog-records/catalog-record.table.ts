import { desc } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { subjectCategoryEnum } from '../../subjects/index.js';
import { subjectKeyCheck } from '../shared/record.columns.js';
import { usageScopeEnum } from '../../catalog/index.js';

/**
 * Records of catalog items without a typed table (credit commitments first), their fields
 * stored as JSON and checked against the item's field list when they arrive.
 */
export const catalogRecords = pgTable(
  'catalog_records',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    catalogItemCode: text().notNull(),
    catalogItemVersion: integer().notNull(),
    counterpartName: text().notNull(),
    counterpartCategory: subjectCategoryEnum().notNull(),
    creditCode: text(),
    subjectCode: text(),
    /** The distribution key: the subject's code, or `~<item>/<source unit>/<record number>`. */
    subjectKey: text().notNull(),
    /** The record's number at its source unit: with the item and the unit, its identity. */
    recordNumber: text().notNull(),
    /** The date of the record (a commitment's date, a listing's date). */
    decisionDate: date({ mode: 'string' }).notNull(),
    sourceUnit: text().notNull(),
    sourceUnitCode: text().notNull(),
    usageScope: usageScopeEnum().notNull(),
    data: jsonb().$type<Record<string, string>>().notNull(),
    contentHash: text().notNull(),
    version: integer().notNull().default(1),
    submittedByKeyId: uuid(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    repairedAt: timestamp({ withTimezone: true }),
  },
  t => [
    subjectKeyCheck('catalog_records_subject_key', t.subjectCode, t.subjectKey),
    uniqueIndex('catalog_records_identity_idx').on(
      t.catalogItemCode,
      t.sourceUnitCode,
      t.recordNumber,
    ),
    index('catalog_records_subject_idx').on(t.subjectCode, desc(t.decisionDate), desc(t.id)),
  ],
);

export type CatalogRecordRow = typeof catalogRecords.$inferSelect;

/** Earlier versions of corrected catalog records. */
export const catalogRecordVersions = pgTable(
  'catalog_record_versions',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    recordId: bigint({ mode: 'number' }).notNull(),
    /** The record's distribution key, so a version lives with its record. */
    subjectKey: text().notNull(),
    version: integer().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    supersededAt: timestamp({ withTimezone: true }).notNull(),
    supersededByKeyId: uuid(),
  },
  t => [index('catalog_record_versions_record_idx').on(t.recordId, t.version)],
);
