import type { Browser } from 'playwright-core';
import { inject } from 'vitest';

import { seedDemo } from '../../seeds/demo.seed.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import type { SiteInfo } from '../../src/http/site-info.js';
import { launchBrowser } from './browser.js';
import { openTestDatabase, truncateDomainTables } from './db.js';
import { type HttpHarness, startHttp } from './http.js';
import { type TestServer, createTestServer } from './server.js';

/** The platform on the demo data, serving the built site over HTTP, and a headless browser. */
export interface DemoSite {
  database: Database;
  server: TestServer;
  http: HttpHarness;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * What the browser tests drive: a test database holding the demo data, the server and its HTTP
 * surface with the built site (global setup builds it) and `siteInfo` (the default SITE_*
 * configuration unless given), and Chromium.
 */
export async function openDemoSite(siteInfo: SiteInfo = loadConfig({}).site): Promise<DemoSite> {
  const database = await openTestDatabase();
  const server = await createTestServer(database);
  await truncateDomainTables(database);
  await seedDemo(database.db, server.clock.today());
  const http = await startHttp(database, server, { siteDir: inject('siteDir'), siteInfo });
  const browser = await launchBrowser();
  return {
    database,
    server,
    http,
    browser,
    close: async () => {
      await browser.close();
      await http.close();
      await server.apollo.stop();
      await database.close();
    },
  };
}
