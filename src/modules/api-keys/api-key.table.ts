import { sql } from 'drizzle-orm';
import { pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['PUBLIC', 'INSTITUTION', 'REGULATOR', 'PROVIDER', 'ADMIN']);

/** API keys. Only the sha256 of a secret is stored; the secret is shown once, at creation. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    secretHash: text().notNull(),
    role: roleEnum().notNull(),
    organizationName: text().notNull(),
    organizationCode: text().notNull(),
    label: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    createdByKeyId: uuid(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  t => [uniqueIndex('api_keys_secret_hash_idx').on(t.secretHash)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
