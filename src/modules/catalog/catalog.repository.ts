import { asc, eq, inArray, sql } from 'drizzle-orm';

import type { DbOrTx } from '../../db/types.js';
import {
  type CatalogItemRow,
  type CatalogProviderRow,
  catalogItemProviders,
  catalogItemVersions,
  catalogItems,
} from './catalog.table.js';
import { ProviderCategory, type UsageScope } from './catalog.enums.js';

export async function listCatalogItems(db: DbOrTx): Promise<CatalogItemRow[]> {
  return db.select().from(catalogItems).orderBy(asc(catalogItems.code));
}

export async function findCatalogItem(
  db: DbOrTx,
  code: string,
): Promise<CatalogItemRow | undefined> {
  const [row] = await db.select().from(catalogItems).where(eq(catalogItems.code, code)).limit(1);
  return row;
}

export async function providersOf(
  db: DbOrTx,
  codes: readonly string[],
): Promise<CatalogProviderRow[]> {
  if (codes.length === 0) {
    return [];
  }
  return db
    .select()
    .from(catalogItemProviders)
    .where(inArray(catalogItemProviders.itemCode, [...codes]))
    .orderBy(asc(catalogItemProviders.organizationCode));
}

/** SQL: the codes of catalog items whose own scope lets the given scopes through. */
export function itemsWithScope(...scopes: UsageScope[]) {
  return sql`(select ${catalogItems.code} from ${catalogItems} where ${inArray(catalogItems.usageScope, scopes)})`;
}

/** Inserts the items that are not there yet, with their providers; existing items are left alone. */
export async function insertMissingCatalogItems(
  db: DbOrTx,
  items: readonly (Omit<typeof catalogItems.$inferInsert, 'createdAt' | 'updatedAt'> & {
    providers: { code: string; name: string; category?: ProviderCategory }[];
  })[],
  at: Date,
): Promise<void> {
  for (const { providers, ...item } of items) {
    const inserted = await db
      .insert(catalogItems)
      .values({ ...item, createdAt: at, updatedAt: at })
      .onConflictDoNothing()
      .returning({ code: catalogItems.code });
    if (inserted.length > 0 && providers.length > 0) {
      await db
        .insert(catalogItemProviders)
        .values(
          providers.map(p => ({
            itemCode: item.code,
            organizationCode: p.code,
            organizationName: p.name,
            category: p.category ?? ProviderCategory.DEPARTMENT,
          })),
        )
        .onConflictDoNothing();
    }
  }
}

export async function insertCatalogItem(
  db: DbOrTx,
  item: typeof catalogItems.$inferInsert,
): Promise<CatalogItemRow> {
  const [row] = await db.insert(catalogItems).values(item).returning();
  return row!;
}

/** Keeps the current version in catalog_item_versions and writes the next one. */
export async function replaceCatalogItem(
  db: DbOrTx,
  previous: CatalogItemRow,
  providers: readonly CatalogProviderRow[],
  changes: Partial<typeof catalogItems.$inferInsert>,
  byKeyId: string | null,
  at: Date,
): Promise<CatalogItemRow> {
  await db.insert(catalogItemVersions).values({
    itemCode: previous.code,
    version: previous.version,
    data: JSON.parse(JSON.stringify({ ...previous, providers })) as Record<string, unknown>,
    supersededByKeyId: byKeyId,
    supersededAt: at,
  });
  const [row] = await db
    .update(catalogItems)
    .set({ ...changes, version: previous.version + 1, updatedAt: at })
    .where(eq(catalogItems.code, previous.code))
    .returning();
  return row!;
}

export async function replaceProviders(
  db: DbOrTx,
  code: string,
  providers: readonly {
    code: string;
    name: string;
    category: ProviderCategory;
    disclosureWorkingDays: number;
  }[],
): Promise<void> {
  await db.delete(catalogItemProviders).where(eq(catalogItemProviders.itemCode, code));
  if (providers.length > 0) {
    await db.insert(catalogItemProviders).values(
      providers.map(p => ({
        itemCode: code,
        organizationCode: p.code,
        organizationName: p.name,
        category: p.category,
        disclosureWorkingDays: p.disclosureWorkingDays,
      })),
    );
  }
}
