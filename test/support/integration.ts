import { afterAll, beforeAll, beforeEach } from 'vitest';

import type { Database } from '../../src/db/client.js';
import { pinTestClock } from './clock.js';
import { openTestDatabase, truncateDomainTables } from './db.js';
import { type TestServer, createTestServer } from './server.js';

/**
 * The database and server of one integration test file: opened before its tests, closed after
 * them, and emptied (but for the catalog and the calendar) before each test.
 */
export function useIntegration(
  options: {
    /**
     * Pins the tests' clock of this file at an instant, for rules about particular dates of the
     * official calendar (holidays, make-up working days); otherwise the run's TEST_NOW.
     */
    pinnedAt?: string;
  } = {},
): { readonly database: Database; readonly server: TestServer } {
  const env = {} as { database: Database; server: TestServer };
  beforeAll(async () => {
    pinTestClock(options.pinnedAt ?? null);
    env.database = await openTestDatabase();
    env.server = await createTestServer(env.database);
  });
  afterAll(async () => {
    await env.server.apollo.stop();
    await env.database.close();
    pinTestClock(null);
  });
  beforeEach(async () => {
    await truncateDomainTables(env.database);
  });
  return env;
}
