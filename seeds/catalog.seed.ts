import type { DbOrTx } from '../src/db/types.js';
import {
  CATALOG_CODES,
  ProviderCategory,
  insertMissingCatalogItems,
} from '../src/modules/catalog/index.js';
import { DEMO_DEPARTMENTS, DEMO_PLATFORMS } from './demo.seed.js';
import { MEASURES_SEED } from '../src/modules/checks/index.js';
import { measures } from '../src/modules/checks/index.js';
import {
  catalogItemOf,
  type DeclaredCatalogItem,
  recordKinds,
} from '../src/modules/records/index.js';

/**
 * The catalog items the platform starts with (公共信用信息目录): one per declared record kind
 * (src/modules/records/kinds), by the seeds' policy documents.
 */
export function catalogSeed(): DeclaredCatalogItem[] {
  return recordKinds().map(catalogItemOf);
}

/** Which demo departments and platforms provide which items. */
const PROVIDERS: Record<string, readonly string[]> = {
  REGISTRATION_BASICS: ['amr'],
  [CATALOG_CODES.licensing]: ['amr', 'eco', 'housing', 'transport', 'health', 'safety', 'fire'],
  [CATALOG_CODES.penalty]: ['amr', 'eco', 'housing', 'transport', 'health', 'safety', 'fire'],
  RED_LIST: ['amr', 'housing', 'transport'],
  BLACK_LIST: ['amr', 'housing', 'safety'],
  CREDIT_COMMITMENT: ['amr', 'eco', 'housing', 'transport', 'health', 'safety', 'fire'],
  ABNORMAL_OPERATION: ['amr'],
  PLATFORM_VIOLATION: ['mall'],
  PLATFORM_COMMITMENT: ['mall'],
};

/**
 * Adds the items the platform starts with, and their providers, where they are missing. An item
 * already there is left as it is: the credit office may have changed it since. `at` is the
 * clock's now, recorded as the items' creation time.
 */
export async function seedCatalog(db: DbOrTx, at: Date): Promise<void> {
  await db
    .insert(measures)
    .values(MEASURES_SEED.map(measure => ({ ...measure, updatedAt: at })))
    .onConflictDoNothing();
  await insertMissingCatalogItems(
    db,
    catalogSeed().map(item => ({
      ...item,
      providers: [
        ...DEMO_DEPARTMENTS.map(d => ({ ...d, category: ProviderCategory.DEPARTMENT })),
        ...DEMO_PLATFORMS.map(p => ({ ...p, category: ProviderCategory.PLATFORM })),
      ]
        .filter(p => PROVIDERS[item.code]?.includes(p.key))
        .map(p => ({ code: p.code, name: p.name, category: p.category })),
    })),
    at,
  );
}
