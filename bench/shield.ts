import 'reflect-metadata';

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import autocannon from 'autocannon';
import type { GraphQLSchema } from 'graphql';

import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { createHttpApp } from '../src/http/app.js';
import { buildBareSchema, buildGraphQLSchema } from '../src/schema.js';
import { createApolloServer } from '../src/server.js';
import { systemClock } from '../src/shared/dates.js';
import { createLogger } from '../src/shared/logger.js';

/**
 * The cost of the permission rules: the public profile query served with graphql-shield and
 * without it, side by side in one run against the PostgreSQL server of DATABASE_URL (a
 * database loaded by `npm run seed:city`). Rounds alternate between the two servers; the
 * report gives each one's median requests/s and latency, and the ratio.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
  },
});
const config = loadConfig();
if (config.databaseUrl === undefined) {
  process.stderr.write('bench:shield measures a PostgreSQL server: set DATABASE_URL.\n');
  process.exit(1);
}
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: 8,
});
const [busiest] = await database.query<{ code: string; n: number }>(
  `select p.subject_code as code, count(*)::int as n from penalty_records p
    where p.subject_code is not null and p.published_at is not null and p.usage_scope = 'PUBLIC'
    group by p.subject_code order by count(*) desc limit 1`,
);
if (busiest === undefined) {
  process.stderr.write('No subject with records: run npm run seed:city first.\n');
  process.exit(1);
}

async function serve(schema: GraphQLSchema) {
  const server = createServer();
  const apollo = createApolloServer({
    schema,
    logger: createLogger('error'),
    production: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
  });
  await apollo.start();
  server.on('request', createHttpApp({ apollo, db: database.db, clock: systemClock }));
  server.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => apollo.stop(),
  };
}

const query = `query Profile($code: CreditCode!) { subject(code: $code) { code name category regionName
  licensingRecords(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id documentTitle documentNumber decisionDate authority validTo disclosure { status } } } }
  penaltyRecords(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id documentNumber decisionDate penaltyTypes fineAmount authority disclosure { status } } } } } }`;
const body = JSON.stringify({ query, variables: { code: busiest.code } });

const servers = {
  shield: await serve(await buildGraphQLSchema()),
  bare: await serve(await buildBareSchema()),
};
const results: Record<'shield' | 'bare', { rps: number; p50: number; p99: number }[]> = {
  shield: [],
  bare: [],
};

for (const [name, server] of Object.entries(servers)) {
  // warm-up
  await autocannon({
    url: server.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 4,
    duration: 2,
  });
  void name;
}
for (let round = 0; round < Number(values.rounds); round += 1) {
  for (const name of ['shield', 'bare'] as const) {
    const result = await autocannon({
      url: servers[name].url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: Number(values.connections),
      duration: Number(values.seconds),
    });
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
    }
    results[name].push({
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
    });
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = Object.fromEntries(
  (['shield', 'bare'] as const).map(name => [
    name,
    {
      rps: median(results[name].map(r => r.rps)),
      p50: median(results[name].map(r => r.p50)),
      p99: median(results[name].map(r => r.p99)),
    },
  ]),
) as Record<'shield' | 'bare', { rps: number; p50: number; p99: number }>;
process.stdout.write(
  `public profile of ${busiest.code} (${busiest.n} penalties), ${values.connections} connections, ${values.rounds} rounds of ${values.seconds} s each\n\n` +
    '| server | requests/s (median) | p50 | p99 |\n|---|---|---|---|\n' +
    `| with graphql-shield | ${summary.shield.rps.toFixed(0)} | ${summary.shield.p50} ms | ${summary.shield.p99} ms |\n` +
    `| without | ${summary.bare.rps.toFixed(0)} | ${summary.bare.p50} ms | ${summary.bare.p99} ms |\n\n` +
    `shield / without = ${(summary.shield.rps / summary.bare.rps).toFixed(2)}\n`,
);
// autocannon drops its sockets at the deadline; let the requests it abandoned finish.
await new Promise(resolve => setTimeout(resolve, 1000));
await servers.shield.close();
await servers.bare.close();
await database.close();
process.exit(0);
