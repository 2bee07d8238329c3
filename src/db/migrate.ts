import { fileURLToPath } from 'node:url';

import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

import type { Database } from './client.js';
import { grantApiLogin, loginOf } from './roles.js';

/** The committed drizzle-kit migrations, found from the source or the compiled tree. */
export const MIGRATIONS_FOLDER = fileURLToPath(
  new URL(
    import.meta.url.includes('/dist/') ? '../../../drizzle' : '../../drizzle',
    import.meta.url,
  ),
);

/** Arbitrary, fixed key of the advisory lock that serialises migrations across instances. */
const MIGRATION_LOCK_KEY = 7_320_101;

export interface MigrationOptions {
  migrationsFolder?: string;
  /**
   * The owner role's URL (DATABASE_OWNER_URL): the migrations run as it, then grant the login of
   * the API's URL what it needs (roles.ts).
   */
  ownerUrl?: string | undefined;
}

/**
 * Applies pending migrations. On a server, a session-level advisory lock on a dedicated
 * connection makes it safe for several instances to start at once: the first migrates, the
 * others wait and then find nothing to do. With an owner URL the owner migrates; without one,
 * the API's login migrates when it may (it owns the migrations table, or there is none yet),
 * and otherwise only checks that nothing is pending, so an API that is given only its own login
 * starts on a schema the owner migrated and refuses one that is behind.
 */
export async function runMigrations(
  database: Database,
  url: string | undefined,
  options: MigrationOptions = {},
): Promise<void> {
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  if (database.driver === 'pglite' || url === undefined) {
    await database.migrate(migrationsFolder);
    return;
  }
  const ownerUrl = options.ownerUrl;
  const client = postgres(ownerUrl ?? url, { max: 1, onnotice: () => undefined });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      if (ownerUrl === undefined && !(await mayMigrate(client))) {
        await refusePending(client, migrationsFolder);
        return;
      }
      await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
      const apiRole = loginOf(url).role;
      if (ownerUrl !== undefined && apiRole !== loginOf(ownerUrl).role) {
        await grantApiLogin(client, apiRole);
      }
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Whether the connection's role may apply migrations: it has the owner's rights, or none ran yet. */
async function mayMigrate(client: postgres.Sql): Promise<boolean> {
  const [row] = await client<{ may: boolean | null }[]>`
    select pg_has_role(current_user, c.relowner, 'USAGE') as may
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'drizzle' and c.relname = '__drizzle_migrations'`;
  return row === undefined || row.may === true;
}

async function refusePending(client: postgres.Sql, migrationsFolder: string): Promise<void> {
  const [last] = await client<{ createdAt: string }[]>`
    select created_at::text as "createdAt" from drizzle.__drizzle_migrations
    order by created_at desc limit 1`;
  const applied = Number(last?.createdAt ?? 0);
  const pending = readMigrationFiles({ migrationsFolder }).filter(m => m.folderMillis > applied);
  if (pending.length > 0) {
    throw new Error(
      `${pending.length} migration(s) are pending, and the login of DATABASE_URL may not apply them: run them as the owner role (DATABASE_OWNER_URL, npm run db:migrate)`,
    );
  }
}
