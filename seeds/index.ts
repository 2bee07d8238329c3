import 'reflect-metadata';

import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { systemClock } from '../src/shared/dates.js';
import { seedCalendar } from './calendar.seed.js';
import { seedCatalog } from './catalog.seed.js';
import { isEmpty, seedDemo } from './demo.seed.js';

/** `npm run db:seed -- catalog|demo`: loads the catalog, or the catalog and the demo data. */
const what = process.argv[2] ?? 'catalog';
if (what !== 'catalog' && what !== 'demo') {
  process.stderr.write('usage: npm run db:seed -- catalog|demo\n');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: 2,
});
try {
  await runMigrations(database, config.databaseUrl, { ownerUrl: config.databaseOwnerUrl });
  await seedCatalog(database.db, systemClock.now());
  await seedCalendar(database.db, systemClock.now());
  process.stdout.write('catalog seeded\n');
  if (what === 'demo') {
    if (await isEmpty(database.db)) {
      process.stdout.write(`${JSON.stringify(await seedDemo(database.db, systemClock.today()))}\n`);
    } else {
      process.stdout.write('the database already holds subjects; the demo data was not loaded\n');
    }
  }
} finally {
  await database.close();
}
