import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { roleEnum } from '../api-keys/index.js';

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

export type AccessLogRow = typeof accessLog.$inferSelect;
