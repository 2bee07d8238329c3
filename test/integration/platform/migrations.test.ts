import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { openDatabase } from '../../../src/db/client.js';
import { MIGRATIONS_FOLDER, runMigrations } from '../../../src/db/migrate.js';

const url = process.env['TEST_DATABASE_URL'] || undefined;

describe('migrations', () => {
  it('apply on the embedded database from the committed folder', async () => {
    const database = await openDatabase({ url: undefined, dataDir: 'memory://' });
    try {
      await runMigrations(database, undefined);
      await runMigrations(database, undefined);
      const applied = await database.query<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      expect(applied[0]!.n).toBe(
        readdirSync(MIGRATIONS_FOLDER).filter(f => f.endsWith('.sql')).length,
      );
    } finally {
      await database.close();
    }
  });

  // Several instances starting at once is a property of a PostgreSQL server; PGlite has one connection.
  it.runIf(url !== undefined)(
    'are safe when several instances start at once on a server',
    async () => {
      const admin = await openDatabase({ url, dataDir: 'memory://', poolMax: 1 });
      const name = `${new URL(url!).pathname.slice(1)}_concurrent_migrations`;
      const target = new URL(url!);
      target.pathname = `/${name}`;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const instances = await Promise.all(
          Array.from({ length: 4 }, () =>
            openDatabase({ url: target.toString(), dataDir: 'memory://', poolMax: 1 }),
          ),
        );
        try {
          await Promise.all(instances.map(instance => runMigrations(instance, target.toString())));
          const applied = await instances[0]!.query<{ n: number }>(
            'select count(*)::int as n from drizzle.__drizzle_migrations',
          );
          expect(applied[0]!.n).toBe(
            readdirSync(MIGRATIONS_FOLDER).filter(f => f.endsWith('.sql')).length,
          );
        } finally {
          await Promise.all(instances.map(instance => instance.close()));
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      }
    },
  );
});
