import { seedCalendar } from '../seeds/calendar.seed.js';
import { seedCatalog } from '../seeds/catalog.seed.js';
import { isEmpty, seedDemo } from '../seeds/demo.seed.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { createFirstAdminKey, ensureBootstrapAdminKey } from './modules/api-keys/index.js';
import type { Db } from './db/types.js';
import type { Clock } from './shared/dates.js';
import type { Logger } from './shared/logger.js';

/** The notice of a first start's ADMIN key, on stdout (the logs go to stderr). */
function adminKeyNotice(secret: string, port: number): string {
  const rule = '='.repeat(78);
  return [
    rule,
    '已为信用办创建管理员（ADMIN）API 密钥。密钥只显示这一次，数据库只保存其 sha256 摘要，请立即妥善保存：',
    'An ADMIN API key was created for the credit office. It is shown only this once (only its',
    'sha256 is stored): keep it now.',
    '',
    `    ${secret}`,
    '',
    "Use it as a bearer token, e.g. to create a department's PROVIDER key with createApiKey:",
    `    curl -H 'Authorization: Bearer ${secret}' -H 'content-type: application/json' \\`,
    `      http://localhost:${port}/graphql -d '{"query":"{ me { role organizationName } }"}'`,
    'Lost it? Restart with BOOTSTRAP_ADMIN_KEY=<a secret of 24+ characters>: that key is added.',
    rule,
    '',
  ].join('\n');
}

/**
 * The credit office's first ADMIN key: with BOOTSTRAP_ADMIN_KEY, that secret's key is made sure
 * of; without it, a database without an active ADMIN key gets one, printed once to `out`, and
 * only its hash stored. A restart finds it and prints nothing.
 */
export async function ensureAdminKey(
  db: Db,
  clock: Clock,
  options: { bootstrapAdminKey: string | undefined; port: number },
  out: { write(text: string): unknown } = process.stdout,
): Promise<void> {
  if (options.bootstrapAdminKey !== undefined) {
    await ensureBootstrapAdminKey(db, clock, options.bootstrapAdminKey);
    return;
  }
  const secret = await createFirstAdminKey(db, clock);
  if (secret !== undefined) {
    out.write(adminKeyNotice(secret, options.port));
  }
}

/**
 * Opens and prepares the database: migrations, the catalog, the demo data on an empty database
 * (when enabled) and the credit office's first ADMIN key (ensureAdminKey).
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
      const { platformKey, ...counts } = await seedDemo(database.db, clock.today());
      logger.info('demo data loaded', { ...counts, ms: Date.now() - started });
      // The demo platform's PROVIDER key, shown once like the first ADMIN key (only its sha256 is kept).
      process.stdout.write(`demo platform PROVIDER key (shown once): ${platformKey}\n`);
    }
    await ensureAdminKey(database.db, clock, {
      bootstrapAdminKey: config.bootstrapAdminKey,
      port: config.port,
    });
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
