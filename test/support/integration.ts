import { afterAll, beforeAll, beforeEach } from 'vitest';

import type { Database } from '../../src/db/client.js';
import { openTestDatabase, truncateDomainTables } from './db.js';
import { type TestServer, createTestServer } from './server.js';

/**
 * The database and server of one integration test file: opened before its tests, closed after
 * them, and emptied (but for the catalog and the calendar) before each test.
 */
export function useIntegration(): { readonly database: Database; readonly server: TestServer } {
  const env = {} as { database: Database; server: TestServer };
  beforeAll(async () => {
    env.database = await openTestDatabase();
    env.server = await createTestServer(env.database);
  });
  afterAll(async () => {
    await env.server.apollo.stop();
    await env.database.close();
  });
  beforeEach(async () => {
    await truncateDomainTables(env.database);
  });
  return env;
}
