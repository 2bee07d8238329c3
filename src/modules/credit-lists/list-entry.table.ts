import { desc } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { usageScopeEnum } from '../records/shared/record.enums.js';
import { subjects } from '../subjects/subject.table.js';
import { checkScenarioEnum, listTypeEnum, measureKindEnum } from './list-entry.enums.js';

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
  version: integer().notNull(),
  data: jsonb().$type<Record<string, unknown>>().notNull(),
  supersededAt: timestamp({ withTimezone: true }).notNull(),
});

/** 奖惩措施清单: the measures that apply to listed subjects, by list and scenario. */
export const measures = pgTable('measures', {
  id: text().primaryKey(),
  kind: measureKindEnum().notNull(),
  listType: listTypeEnum().notNull(),
  scenarios: checkScenarioEnum().array().notNull(),
  title: text().notNull(),
  content: text().notNull(),
  legalBasis: text().notNull(),
  departments: text().notNull(),
  active: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});

/** A regulator's check of a subject during an approval (应查必查), with what it found. */
export const creditChecks = pgTable(
  'credit_checks',
  {
    id: uuid().primaryKey().defaultRandom(),
    subjectCode: text().notNull(),
    scenario: checkScenarioEnum().notNull(),
    matter: text().notNull(),
    checkedAt: timestamp({ withTimezone: true }).notNull(),
    checkedByKeyId: uuid(),
    organizationName: text(),
    organizationCode: text(),
    /** The active list entries the check hit. */
    hitEntryIds: bigint({ mode: 'number' }).array().notNull(),
    /** The measures that apply, as the list stood at the check. */
    measureIds: text().array().notNull(),
    /** Why incentive measures apply, when they do. */
    incentiveReason: text(),
  },
  t => [index('credit_checks_organization_idx').on(t.organizationCode, t.checkedAt)],
);

/** Per measure of a check: whether the department applied it, and why not when it did not. */
export const checkFeedback = pgTable(
  'check_feedback',
  {
    checkId: uuid()
      .notNull()
      .references(() => creditChecks.id),
    measureId: text().notNull(),
    applied: boolean().notNull(),
    reason: text(),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
    recordedByKeyId: uuid(),
  },
  t => [primaryKey({ columns: [t.checkId, t.measureId] })],
);

export type ListEntryRow = typeof listEntries.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type CreditCheckRow = typeof creditChecks.$inferSelect;
export type CheckFeedbackRow = typeof checkFeedback.$inferSelect;
