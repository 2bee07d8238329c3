import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { subjects } from '../subjects/index.js';

/**
 * Authorizations a subject gave an institution (信易贷-style): while one is valid, the
 * institution sees the subject's AUTHORIZED-scope records.
 */
export const authorizations = pgTable(
  'authorizations',
  {
    id: uuid().primaryKey().defaultRandom(),
    institutionCode: text().notNull(),
    institutionName: text().notNull(),
    subjectCode: text()
      .notNull()
      .references(() => subjects.code),
    purpose: text().notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validUntil: date({ mode: 'string' }).notNull(),
    /** Reference to the signed authorization document. */
    documentReference: text().notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull(),
    registeredByKeyId: uuid(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedByKeyId: uuid(),
    revocationReason: text(),
  },
  t => [
    index('authorizations_institution_subject_idx').on(
      t.institutionCode,
      t.subjectCode,
      t.validUntil,
    ),
    index('authorizations_subject_idx').on(t.subjectCode),
  ],
);

export type AuthorizationRow = typeof authorizations.$inferSelect;
