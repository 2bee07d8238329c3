import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only log of every state change, written in the transaction of the change. */
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
  },
  t => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_time_idx').on(t.occurredAt),
  ],
);
