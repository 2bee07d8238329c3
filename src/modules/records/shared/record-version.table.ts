import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { recordKindEnum } from './record.enums.js';

/** The superseded versions of corrected records: a correction never loses what it replaced. */
export const recordVersions = pgTable(
  'record_versions',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    kind: recordKindEnum().notNull(),
    recordId: bigint({ mode: 'number' }).notNull(),
    /** The record's distribution key, so a version lives with its record. */
    subjectKey: text().notNull(),
    version: integer().notNull(),
    contentHash: text().notNull(),
    /** The whole row as it was before the correction. */
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    supersededAt: timestamp({ withTimezone: true }).notNull(),
    supersededByKeyId: uuid(),
  },
  t => [index('record_versions_record_idx').on(t.kind, t.recordId, t.version)],
);
