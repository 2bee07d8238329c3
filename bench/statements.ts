/**
 * `npm run bench:explain`: every SQL statement the public profile issues, with its EXPLAIN
 * (ANALYZE, BUFFERS) plan on the PostgreSQL server of DATABASE_URL, for the busiest subject.
 */
import 'reflect-metadata';

import { createContext } from '../src/context.js';
import { openDatabase } from '../src/db/client.js';
import { buildGraphQLSchema } from '../src/schema.js';
import { createApolloServer } from '../src/server.js';
import { systemClock } from '../src/shared/dates.js';
import { createLogger } from '../src/shared/logger.js';
import { PROFILE_QUERY, benchDatabase, busiestSubject } from './support.js';

const { database: probe, url } = await benchDatabase('bench:explain');
const busiest = await busiestSubject(probe);
await probe.close();
const statements: string[] = [];
const database = await openDatabase({
  url,
  dataDir: 'memory://',
  poolMax: 2,
  onQuery: query => statements.push(query),
});
const apollo = createApolloServer({
  schema: await buildGraphQLSchema(),
  logger: createLogger('error'),
  production: true,
});
await apollo.start();
const viewer = { role: 'PUBLIC', keyId: null, organizationName: null, organizationCode: null };
const run = () =>
  apollo.executeOperation(
    { query: PROFILE_QUERY, variables: { code: busiest.code } },
    {
      contextValue: createContext(
        { db: database.db, clock: systemClock },
        viewer as Parameters<typeof createContext>[1],
      ),
    },
  );
await run();
statements.length = 0;
await run();
const captured = [...statements];
process.stdout.write(`public profile of ${busiest.code}: ${captured.length} statements\n`);
for (const statement of captured) {
  process.stdout.write(`\n${statement}\n`);
}
await apollo.stop();
await database.close();
