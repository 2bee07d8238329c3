import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

import { subjectCategoryEnum } from './subject.enums.js';

/**
 * Subjects keyed by their unified social credit code. Natural persons and individual businesses
 * that only carry the 双公示 placeholder are never subjects: their records stand alone.
 */
export const subjects = pgTable(
  'subjects',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    category: subjectCategoryEnum().notNull(),
    legalRepresentative: text(),
    legalRepresentativeIdType: text(),
    legalRepresentativeIdNumber: text(),
    /** The decision or registration date the current name and representative were taken from. */
    nameAsOf: date({ mode: 'string' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  t => [
    index('subjects_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('subjects_code_prefix_idx').using('btree', t.code.op('text_pattern_ops')),
    check('subjects_code_format', sql`${t.code} ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'`),
  ],
);

export type SubjectRow = typeof subjects.$inferSelect;
export type NewSubjectRow = typeof subjects.$inferInsert;
