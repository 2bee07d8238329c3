import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type Logger, sql } from 'drizzle-orm';
import { withReplicas } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

import * as schema from './schema.js';
import { registerClient } from './raw.js';
import type { Db } from './types.js';

export interface DatabaseOptions {
  /** PostgreSQL server URL; undefined selects the embedded database. */
  url: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory. */
  dataDir: string;
  poolMax?: number;
  /** statement_timeout of every session, in milliseconds. */
  statementTimeoutMs?: number;
  /**
   * Read replicas of the server (streaming standbys): selects go to one of them at random,
   * writes, transactions and raw statements to the primary.
   */
  readUrls?: readonly string[];
  /**
   * A data directory dumped by `dump()` that the embedded database starts from, instead of an
   * empty one (the tests migrate once and start each file from the dump).
   */
  snapshot?: Blob;
  /** Called with the SQL of every statement drizzle issues and where it went (statement counting in tests). */
  onQuery?: (query: string, target: 'primary' | 'replica', params: unknown[]) => void;
}

export interface Database {
  /** Reads from a replica when there are replicas, writes to the primary. */
  db: Db;
  /** The primary alone: mutations read their own writes through it. */
  primary: Db;
  driver: 'postgres' | 'pglite';
  /** Runs raw SQL and returns its rows, on either driver. */
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Applies the drizzle-kit migrations of the folder through the primary, with its own driver's migrator. */
  migrate(migrationsFolder: string): Promise<void>;
  /**
   * The platform's connections to the primary server by state (`active`, `idle`, `idle in
   * transaction` …) as the server's pg_stat_activity sees them, the asking one left out;
   * undefined on the embedded database, which is one connection in this process.
   */
  connections?: () => Promise<Record<string, number>>;
  /** The embedded database's whole data directory as a tarball (undefined on a server). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

/**
 * Opens the database: a pooled postgres.js connection when a URL is given, otherwise PGlite in
 * `dataDir`. Both give the same drizzle API, so the rest of the code has one path.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url !== undefined) {
    const connect = (url: string, target: 'primary' | 'replica') => {
      const client = postgres(url, {
        max: options.poolMax ?? 10,
        onnotice: () => undefined,
        connection: {
          application_name: `credit-platform-${target}`,
          TimeZone: 'Asia/Shanghai',
          statement_timeout: options.statementTimeoutMs ?? 15_000,
          // The API's statements are short reads by index: compiling one that PostgreSQL
          // estimates expensive (a search's probes of the postings) costs a second, its run 20 ms.
          jit: 'off',
        },
      });
      const logger = queryLogger(options, target);
      const db = drizzlePostgres({ client, schema, casing: 'snake_case', logger });
      registerClient(db, client, logger);
      return { client, db };
    };
    const primary = connect(options.url, 'primary');
    const replicas = (options.readUrls ?? []).map(url => connect(url, 'replica'));
    const [firstReplica, ...moreReplicas] = replicas.map(r => r.db);
    const db: Db =
      firstReplica === undefined
        ? primary.db
        : withReplicas(primary.db, [firstReplica, ...moreReplicas]);
    return {
      db,
      primary: primary.db,
      driver: 'postgres',
      query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
        primary.client.unsafe<T[]>(text, params as postgres.ParameterOrJSON<never>[]),
      migrate: migrationsFolder => migratePostgres(primary.db, { migrationsFolder }),
      connections: async () => {
        const rows = await primary.client<{ state: string | null; n: number }[]>`
          select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity
          where application_name = 'credit-platform-primary' and pid <> pg_backend_pid()
          group by 1`;
        return Object.fromEntries(rows.map(row => [row.state, row.n]));
      },
      close: async () => {
        await Promise.all([primary, ...replicas].map(c => c.client.end({ timeout: 5 })));
      },
    };
  }
  const dataDir = options.dataDir.startsWith('memory://')
    ? options.dataDir
    : resolve(options.dataDir);
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    ...(options.snapshot === undefined ? {} : { loadDataDir: options.snapshot }),
  });
  await client.exec(
    `SET TIME ZONE 'Asia/Shanghai'; SET statement_timeout = ${Math.trunc(options.statementTimeoutMs ?? 15_000)}`,
  );
  const db = drizzlePglite({
    client,
    schema,
    casing: 'snake_case',
    logger: queryLogger(options, 'primary'),
  });
  return {
    db,
    primary: db,
    driver: 'pglite',
    query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
      (await client.query<T>(text, params)).rows,
    migrate: migrationsFolder => migratePglite(db, { migrationsFolder }),
    dump: () => client.dumpDataDir('none'),
    close: () => client.close(),
  };
}

function queryLogger(options: DatabaseOptions, target: 'primary' | 'replica'): Logger | false {
  const onQuery = options.onQuery;
  return onQuery === undefined
    ? false
    : { logQuery: (query, params) => onQuery(query, target, params) };
}

/** True when the database answers. */
export async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
