import { bigserial, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { roleEnum } from '../api-keys/index.js';
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

/**
 * Every query of a subject by an institution or a regulator (DESIGN §3.5). Append-only: a
 * trigger refuses UPDATE, DELETE and TRUNCATE (migration 0002).
 */
export const accessLog = pgTable(
  'access_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    keyId: uuid(),
    role: roleEnum().notNull(),
    organizationName: text(),
    organizationCode: text(),
    subjectCode: text().notNull(),
    purpose: text(),
    operation: text().notNull(),
  },
  t => [
    index('access_log_subject_idx').on(t.subjectCode, t.occurredAt),
    index('access_log_organization_idx').on(t.organizationCode, t.occurredAt),
  ],
);

export type AuthorizationRow = typeof authorizations.$inferSelect;
export type AccessLogRow = typeof accessLog.$inferSelect;
