import 'reflect-metadata';

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { TestProject } from 'vitest/node';

import { seedCalendar } from '../../seeds/calendar.seed.js';
import { seedCatalog } from '../../seeds/catalog.seed.js';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { setupDatabaseRoles } from '../../src/db/roles.js';
import { testClock } from '../support/clock.js';
import { testDatabaseRoles } from '../support/db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file of the migrated and seeded embedded database's dump (openTestDatabase). */
    embeddedSnapshot: string | undefined;
  }
}

/**
 * Without TEST_DATABASE_URL, migrates and seeds one embedded database and dumps it to a file, from
 * which each test file starts its own (openTestDatabase): the migrations run once per run, not
 * once per file.
 *
 * With TEST_DATABASE_URL, resets that database and migrates it once for the whole run, as a
 * deployment does: the owner role and the API's login are set up (testDatabaseRoles), the owner
 * migrates and grants the login. The tests themselves connect as the URL's superuser. It
 * refuses any database whose name does not contain "test".
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const url = process.env['TEST_DATABASE_URL'];
  if (url === undefined || url === '') {
    const folder = await mkdtemp(join(tmpdir(), 'credit-test-'));
    const file = join(folder, 'embedded.tar');
    const database = await openDatabase({ url: undefined, dataDir: 'memory://' });
    try {
      await runMigrations(database, undefined);
      await seedCatalog(database.db, testClock.now());
      await seedCalendar(database.db, testClock.now());
      const dump = database.dump;
      if (dump === undefined) {
        throw new Error('The embedded database cannot be dumped.');
      }
      await writeFile(file, Buffer.from(await (await dump()).arrayBuffer()));
    } finally {
      await database.close();
    }
    project.provide('embeddedSnapshot', file);
    return () => rm(folder, { recursive: true, force: true });
  }
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!name.includes('test')) {
    throw new Error(
      `TEST_DATABASE_URL names database "${name}"; tests only run on a database whose name contains "test".`,
    );
  }
  const database = await openDatabase({ url, dataDir: 'memory://', poolMax: 1 });
  try {
    await database.query('DROP SCHEMA IF EXISTS drizzle CASCADE');
    await database.query('DROP SCHEMA IF EXISTS public CASCADE');
    await database.query('CREATE SCHEMA public');
    const { ownerUrl, apiUrl } = testDatabaseRoles(url);
    await setupDatabaseRoles(url, ownerUrl, apiUrl);
    await runMigrations(database, apiUrl, { ownerUrl });
    await seedCatalog(database.db, testClock.now());
    await seedCalendar(database.db, testClock.now());
  } finally {
    await database.close();
  }
}
