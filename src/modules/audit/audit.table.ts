import {
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { logChainColumns } from './log-chain.table.js';

/**
 * Append-only log of every state change, written in the transaction of the change. The API's
 * login may only insert and read it, a trigger refuses UPDATE, DELETE and TRUNCATE, and each row
 * is a link of a hash chain (log-chain.table.ts).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    action: text().notNull(),
    actorKeyId: uuid(),
    actorRole: text().notNull(),
    actorOrganizationCode: text(),
    entityType: text().notNull(),
    entityId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ...logChainColumns(),
  },
  t => [
    uniqueIndex('audit_events_chain_seq_idx').on(t.chainSeq),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_time_idx').on(t.occurredAt),
  ],
);
