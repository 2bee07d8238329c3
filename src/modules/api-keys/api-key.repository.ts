import { and, eq, isNull } from 'drizzle-orm';

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
