import { asc, eq, sql } from 'drizzle-orm';

import type { DbOrTx } from '../../db/types.js';
import { type CatalogItemRow, catalogItems } from './catalog.table.js';

export async function listCatalogItems(db: DbOrTx): Promise<CatalogItemRow[]> {
  return db.select().from(catalogItems).orderBy(asc(catalogItems.code));
}

/** Whether records of the item wait for an admin to publish them; unknown items do not. */
export async function catalogRequiresReview(db: DbOrTx, code: string): Promise<boolean> {
  const rows = await db
    .select({ requiresReview: catalogItems.requiresReview })
    .from(catalogItems)
    .where(eq(catalogItems.code, code))
    .limit(1);
  return rows[0]?.requiresReview ?? false;
}

/** Inserts or refreshes catalog items by code (idempotent). */
export async function upsertCatalogItems(db: DbOrTx, items: readonly (typeof catalogItems.$inferInsert)[]): Promise<void> {
  if (items.length === 0) {
    return;
  }
  await db
    .insert(catalogItems)
    .values([...items])
    .onConflictDoUpdate({
      target: catalogItems.code,
      set: {
        name: sql`excluded.name`,
        category: sql`excluded.category`,
        description: sql`excluded.description`,
        defaultUsageScope: sql`excluded.default_usage_scope`,
        publicityRule: sql`excluded.publicity_rule`,
        legalBasis: sql`excluded.legal_basis`,
        updateFrequency: sql`excluded.update_frequency`,
        updatedAt: sql`now()`,
      },
    });
}
