import { loadConfig } from '../config.js';
import { setupDatabaseRoles } from '../db/roles.js';

/**
 * `npm run db:roles`: creates the owner role (DATABASE_OWNER_URL) and the API's login
 * (DATABASE_URL) on the server, through DATABASE_ADMIN_URL (a superuser's connection to the same
 * database). Idempotent; run it once before the first migration, and again whenever a password
 * changes.
 */
const config = loadConfig();
if (
  config.databaseUrl === undefined ||
  config.databaseOwnerUrl === undefined ||
  config.databaseAdminUrl === undefined
) {
  process.stderr.write(
    'db:roles needs DATABASE_ADMIN_URL (a superuser), DATABASE_OWNER_URL (the owner role) and DATABASE_URL (the API login), all naming one database\n',
  );
  process.exit(2);
}
await setupDatabaseRoles(config.databaseAdminUrl, config.databaseOwnerUrl, config.databaseUrl);
process.stdout.write(
  'roles ready: migrate as the owner (npm run db:migrate), serve as the login\n',
);
