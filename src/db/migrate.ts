import { fileURLToPath } from 'node:url';

import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

import type { Database } from './client.js';

/** The committed drizzle-kit migrations, found from the source or the compiled tree. */
export const MIGRATIONS_FOLDER = fileURLToPath(
  new URL(
    import.meta.url.includes('/dist/') ? '../../../drizzle' : '../../drizzle',
    import.meta.url,
  ),
);

/** Arbitrary, fixed key of the advisory lock that serialises migrations across instances. */
const MIGRATION_LOCK_KEY = 7_320_101;

/**
 * Applies pending migrations. On a server, a session-level advisory lock on a dedicated
 * connection makes it safe for several instances to start at once: the first migrates, the
 * others wait and then find nothing to do.
 */
export async function runMigrations(
  database: Database,
  url: string | undefined,
  migrationsFolder: string = MIGRATIONS_FOLDER,
): Promise<void> {
  if (database.driver === 'pglite' || url === undefined) {
    await database.migrate(migrationsFolder);
    return;
  }
  const client = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
