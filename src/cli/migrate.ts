import 'reflect-metadata';

import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';

const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: 1,
});
try {
  await runMigrations(database, config.databaseUrl, { ownerUrl: config.databaseOwnerUrl });
  process.stdout.write('migrations applied\n');
} finally {
  await database.close();
}
