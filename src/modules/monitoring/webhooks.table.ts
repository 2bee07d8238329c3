import {
  index,
  integer,
  uniqueIndex,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { xid8 } from '../change-outbox/index.js';

/**
 * One webhook per institution: where its changes are pushed, the secret they are signed with,
 * and the delivery cursor (the feed position after which changes become deliveries). The secret
 * signs every delivery, so it is kept as given out (the key of an HMAC cannot be a hash of it);
 * the API's answer shows it once, in setWebhook's.
 */
export const webhooks = pgTable('webhooks', {
  /** The institution: its key's organisation code. */
  institutionCode: text().primaryKey(),
  organizationName: text(),
  /** The key that set the webhook: its viewer is the one each change is shown as. */
  keyId: uuid(),
  url: text().notNull(),
  secret: text().notNull(),
  /** The feed position delivered through: (txid, id) of the last change turned into a delivery. */
  cursorTxid: xid8().notNull(),
  cursorId: integer().notNull(),
  setAt: timestamp({ withTimezone: true }).notNull(),
});

/** One change to deliver to one institution; (institution, change) is the idempotency key. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    institutionCode: text().notNull(),
    changeId: text().notNull(),
    /** The POST body: the change as the institution may see it, fixed when it was queued. */
    body: jsonb().notNull(),
    status: text().notNull(),
    attempts: integer().notNull().default(0),
    lastStatusCode: integer(),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  t => [
    uniqueIndex('webhook_deliveries_change_idx').on(t.institutionCode, t.changeId),
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);
