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

import { subjects } from '../subjects/index.js';
import { listTypeEnum } from './list-entry.enums.js';
import { usageScopeEnum } from '../catalog/index.js';

/** Red and black list entries, submitted by their listing authority. */
export const listEntries = pgTable(
  'list_entries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    listType: listTypeEnum().notNull(),
    subjectCode: text()
      .notNull()
      .references(() => subjects.code),
    subjectName: text().notNull(),
    /** The listing decision's number: with the authority and list, the entry's identity. */
    documentNumber: text().notNull(),
    listingAuthority: text().notNull(),
    listingAuthorityCode: text().notNull(),
    basis: text().notNull(),
    reason: text().notNull(),
    listedOn: date({ mode: 'string' }).notNull(),
    /** Last day on the list; null while the listing authority has not set an end. */
    validUntil: date({ mode: 'string' }),
    usageScope: usageScopeEnum().notNull(),
    catalogItemCode: text().notNull(),
    catalogItemVersion: integer().notNull(),
    contentHash: text().notNull(),
    version: integer().notNull().default(1),
    submittedByKeyId: uuid(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    removedAt: timestamp({ withTimezone: true }),
    removalReason: text(),
    removedByKeyId: uuid(),
    /** When an approved credit repair removed the entry (信用修复). */
    repairedAt: timestamp({ withTimezone: true }),
  },
  t => [
    uniqueIndex('list_entries_identity_idx').on(
      t.listingAuthorityCode,
      t.listType,
      t.documentNumber,
    ),
    index('list_entries_subject_idx').on(t.subjectCode, t.listType, desc(t.listedOn)),
  ],
);

/** Earlier versions of corrected list entries. */
export const listEntryVersions = pgTable('list_entry_versions', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  entryId: bigint({ mode: 'number' }).notNull(),
  /** The entry's subject, so a version lives with its entry. */
  subjectCode: text().notNull(),
  version: integer().notNull(),
  data: jsonb().$type<Record<string, unknown>>().notNull(),
  supersededAt: timestamp({ withTimezone: true }).notNull(),
});

export type ListEntryRow = typeof listEntries.$inferSelect;

export type ListEntryVersionRow = typeof listEntryVersions.$inferSelect;
