import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { buildGraphQLSchema } from '../src/schema.js';
import { serveFloor } from './floor.js';
import {
  PROFILE_QUERY,
  benchDatabase,
  busiestSubject,
  compare,
  serveSchema,
  table,
} from './support.js';

/**
 * The public profile served by the platform against the floor: the best the database can do
 * for the same answer, i.e. one SQL statement that builds the whole profile as JSON inside
 * PostgreSQL (the subject, the first 20 public records of each kind with their counts and
 * disclosure status), issued through postgres.js behind a bare Node HTTP server, with the same
 * request body and concurrency.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
  },
});

const { database, url } = await benchDatabase('bench:profile');
const busiest = await busiestSubject(database);
const targets = {
  platform: await serveSchema(database, await buildGraphQLSchema()),
  floor: await serveFloor(url),
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
      ['platform (GraphQL)', figures['platform']!],
      ['floor (one SQL statement building the JSON)', figures['floor']!],
    ]) +
    `\nplatform / floor = ${(figures['platform']!.rps / figures['floor']!.rps).toFixed(3)}\n`,
);
await targets.platform.close();
await targets.floor.close();
await database.close();
process.exit(0);
