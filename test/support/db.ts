import { readFile } from 'node:fs/promises';

import { sql } from 'drizzle-orm';
import { inject } from 'vitest';

import { seedCalendar } from '../../seeds/calendar.seed.js';
import { seedCatalog } from '../../seeds/catalog.seed.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { testClock } from './clock.js';

/** Counts the SQL statements drizzle issues while `counting` is on. */
export const statementCounter = {
  counting: false,
  statements: [] as string[],
  start() {
    this.statements = [];
    this.counting = true;
  },
  stop(): string[] {
    this.counting = false;
    return this.statements;
  },
};

let snapshot: Promise<Blob> | undefined;

/** The migrated and seeded embedded database the global setup dumped, read once per worker. */
function embeddedSnapshot(): Promise<Blob> | undefined {
  const file = inject('embeddedSnapshot');
  if (file === undefined) {
    return undefined;
  }
  snapshot ??= readFile(file).then(bytes => new Blob([bytes]));
  return snapshot;
}

/**
 * The database of one test file: the PostgreSQL server of TEST_DATABASE_URL (migrated once by
 * the global setup), or else a fresh in-memory PGlite, started from the global setup's migrated
 * dump (or migrated here when a run has no global setup).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env['TEST_DATABASE_URL'] || undefined;
  const fromDump = url === undefined ? await embeddedSnapshot() : undefined;
  const database = await openDatabase({
    url,
    dataDir: 'memory://',
    ...(fromDump === undefined ? {} : { snapshot: fromDump }),
    poolMax: 4,
    onQuery: query => {
      if (statementCounter.counting) {
        statementCounter.statements.push(query);
      }
    },
  });
  if (url === undefined && fromDump === undefined) {
    await runMigrations(database, undefined);
    await seedCatalog(database.db, testClock.now());
    await seedCalendar(database.db, testClock.now());
  }
  return database;
}

/**
 * The owner role and the API's login of the test database of a server URL (a superuser's), named
 * after the database so that test runs on other databases of the server have their own; the
 * global setup creates them (setupDatabaseRoles) and migrates as the owner.
 */
export function testDatabaseRoles(url: string): { ownerUrl: string; apiUrl: string } {
  const database = new URL(url).pathname.replace(/^\//, '');
  const as = (role: string) => {
    const roleUrl = new URL(url);
    roleUrl.username = role;
    roleUrl.password = '';
    return roleUrl.toString();
  };
  return { ownerUrl: as(`${database}_owner`), apiUrl: as(`${database}_api`) };
}

const DOMAIN_TABLES = [
  'subject_evaluation_history',
  'subject_evaluations',
  'evaluation_progress',
  'evaluation_models',
  'credit_reports',
  'change_outbox',
  'change_sweeps',
  'monitored_subjects',
  'webhook_deliveries',
  'webhooks',
  'export_batch_records',
  'export_batches',
  'record_versions',
  'licensing_records',
  'penalty_records',
  'catalog_record_versions',
  'catalog_records',
  'objections',
  'repair_applications',
  'check_feedback',
  'credit_checks',
  'list_entry_versions',
  'list_entries',
  'authorizations',
  'access_log',
  'subjects',
  'subject_name_grams',
  'subject_gram_counts',
  'subject_search_ranks',
  'api_keys',
  'audit_events',
  'submission_log',
  'submission_rejections',
  'log_chain_heads',
  'record_counters',
  'unpublished_counters',
];

/**
 * Empties every table but the catalog and the calendar. The append-only logs refuse TRUNCATE
 * through their triggers; the tests, as superuser, empty them with triggers off for that one
 * statement, and their hash chains start again from the heads' defaults.
 */
export async function truncateDomainTables(database: Database): Promise<void> {
  await database.db.transaction(async tx => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql.raw(`TRUNCATE ${DOMAIN_TABLES.join(', ')} RESTART IDENTITY CASCADE`));
  });
}
