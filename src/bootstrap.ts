import { seedCalendar } from '../seeds/calendar.seed.js';
import { seedCatalog } from '../seeds/catalog.seed.js';
import { isEmpty, seedDemo } from '../seeds/demo.seed.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { ensureBootstrapAdminKey } from './modules/api-keys/index.js';
import type { Clock } from './shared/dates.js';
import type { Logger } from './shared/logger.js';

/**
 * Opens and prepares the database: migrations, the catalog, the demo data on an empty database
 * (when enabled) and the bootstrap admin key.
 */
export async function prepareDatabase(
  config: Config,
  clock: Clock,
  logger: Logger,
): Promise<Database> {
  const database = await openDatabase({
    url: config.databaseUrl,
    readUrls: config.databaseReadUrls,
    dataDir: config.dataDir,
    poolMax: config.dbPoolMax,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    await runMigrations(database, config.databaseUrl, { ownerUrl: config.databaseOwnerUrl });
    await seedCatalog(database.db, clock.now());
    await seedCalendar(database.db, clock.now());
    if (config.seedDemo && (await isEmpty(database.db))) {
      const started = Date.now();
      const counts = await seedDemo(database.db, clock.today());
      logger.info('demo data loaded', { ...counts, ms: Date.now() - started });
    }
    if (config.bootstrapAdminKey !== undefined) {
      await ensureBootstrapAdminKey(database.db, clock, config.bootstrapAdminKey);
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
