import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { buildBareSchema, buildGraphQLSchema } from '../src/schema.js';
import {
  PROFILE_QUERY,
  benchDatabase,
  busiestSubject,
  compare,
  serveSchema,
  table,
} from './support.js';

/**
 * The cost of the permission rules: the public profile query served with graphql-shield and
 * without it, side by side in one run against the PostgreSQL server of DATABASE_URL (a
 * database loaded by `npm run seed:city`).
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
  },
});
const { database } = await benchDatabase('bench:shield');
const busiest = await busiestSubject(database);
const targets = {
  shield: await serveSchema(database, await buildGraphQLSchema()),
  bare: await serveSchema(database, await buildBareSchema()),
};
const figures = await compare(
  targets,
  JSON.stringify({ query: PROFILE_QUERY, variables: { code: busiest.code } }),
  {
    seconds: Number(values.seconds),
    rounds: Number(values.rounds),
    connections: Number(values.connections),
  },
);
process.stdout.write(
  `public profile of ${busiest.code} (${busiest.n} penalties), ${values.connections} connections, ${values.rounds} rounds of ${values.seconds} s each\n\n` +
    table([
      ['with graphql-shield', figures['shield']!],
      ['without', figures['bare']!],
    ]) +
    `\nshield / without = ${(figures['shield']!.rps / figures['bare']!.rps).toFixed(2)}\n`,
);
await targets.shield.close();
await targets.bare.close();
await database.close();
process.exit(0);
