import { and, eq, isNull, sql } from 'drizzle-orm';

import type { Role } from '../../auth/viewer.js';
import type { DbOrTx } from '../../db/types.js';
import { type ApiKeyRow, apiKeys } from './api-key.table.js';

export async function findActiveKeyBySecretHash(
  db: DbOrTx,
  secretHash: string,
): Promise<ApiKeyRow | undefined> {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, secretHash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows[0];
}

export async function findKeyBySecretHash(
  db: DbOrTx,
  secretHash: string,
): Promise<ApiKeyRow | undefined> {
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.secretHash, secretHash)).limit(1);
  return rows[0];
}

export async function insertKey(
  db: DbOrTx,
  values: {
    secretHash: string;
    role: Role;
    organizationName: string;
    organizationCode: string;
    label: string | null;
    createdByKeyId: string | null;
    createdAt: Date;
  },
): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  return row!;
}

export async function revokeKey(db: DbOrTx, id: string, at: Date): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row;
}

export async function findKeyById(db: DbOrTx, id: string): Promise<ApiKeyRow | undefined> {
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
  return rows[0];
}

/** Whether an ADMIN key that is not revoked exists. */
export async function hasActiveAdminKey(db: DbOrTx): Promise<boolean> {
  const rows = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.role, 'ADMIN'), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Serialises the creation of the first ADMIN key for the rest of the transaction, so that
 * instances starting at once create one between them.
 */
export async function lockFirstAdminKey(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended('api_keys:first_admin', 0))`);
}
