import { bigserial, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { roleEnum } from '../api-keys/index.js';
import { logChainColumns } from '../audit/index.js';

/**
 * Every query of a subject by an institution or a regulator (DESIGN §3.5). Append-only: the
 * API's login may only insert and read it, a trigger refuses UPDATE, DELETE and TRUNCATE
 * (migration 0002), and each row is a link of a hash chain (audit's log-chain.table.ts).
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
    /**
     * The kinds of the subject's data the operation reads (the GraphQL types of SUBJECT_DATA its
     * selection reaches, e.g. Subject, PenaltyRecord); null on entries older than the column.
     */
    dataRead: text().array(),
    ...logChainColumns(),
  },
  t => [
    uniqueIndex('access_log_chain_seq_idx').on(t.chainSeq),
    index('access_log_subject_idx').on(t.subjectCode, t.occurredAt),
    index('access_log_organization_idx').on(t.organizationCode, t.occurredAt),
  ],
);

export type AccessLogRow = typeof accessLog.$inferSelect;
