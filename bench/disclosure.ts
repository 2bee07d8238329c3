import 'reflect-metadata';

import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { createHttpApp } from '../src/http/app.js';
import { ensureBootstrapAdminKey } from '../src/modules/api-keys/index.js';
import { buildGraphQLSchema } from '../src/schema.js';
import { createApolloServer } from '../src/server.js';
import { addDays, systemClock } from '../src/shared/dates.js';
import { createLogger } from '../src/shared/logger.js';

/**
 * Times the disclosure tracking queries over HTTP against the PostgreSQL server of
 * DATABASE_URL (e.g. a database loaded by `npm run seed:city`): warm-up runs, then the median
 * and the slowest of the measured runs, one request at a time.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);
const config = loadConfig();
if (config.databaseUrl === undefined) {
  process.stderr.write('bench:disclosure measures a PostgreSQL server: set DATABASE_URL.\n');
  process.exit(1);
}
const secret = 'bench-disclosure-admin-key-000000000000';
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: config.dbPoolMax,
});
await ensureBootstrapAdminKey(database.db, systemClock, secret);
const apollo = createApolloServer({
  schema: await buildGraphQLSchema(),
  logger: createLogger('error'),
  production: true,
});
await apollo.start();
const server = createHttpApp({ apollo, db: database.db, clock: systemClock }).listen(
  0,
  '127.0.0.1',
);
await new Promise(resolve => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function post(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors !== undefined) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data;
}

async function time(
  name: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<void> {
  for (let i = 0; i < 2; i += 1) {
    await post(query, variables);
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await post(query, variables);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  process.stdout.write(
    `| ${name} | ${median.toFixed(1)} ms | ${samples.at(-1)!.toFixed(1)} ms |\n`,
  );
}

const [{ n: records } = { n: 0 }] = await database.query<{ n: number }>(
  'select (select count(*) from licensing_records) + (select count(*) from penalty_records) as n',
);
process.stdout.write(
  `${records} records; ${runs} measured runs after 2 warm-up runs\n\n| query | median | slowest |\n|---|---|---|\n`,
);
const today = systemClock.today();
const list = `query($filter: DisclosureFilter, $after: String) { disclosureRecords(filter: $filter, first: 20, after: $after) {
  totalCount pageInfo { endCursor } edges { node { id decisionDate sourceUnitCode disclosure { deadline status workingDaysLate } } } } }`;
await time('disclosureRecords(status: OVERDUE), first 20 + totalCount', list, {
  filter: { status: 'OVERDUE' },
});
const first = (await post(list, { filter: { status: 'OVERDUE' } })) as {
  disclosureRecords: { pageInfo: { endCursor: string } };
};
await time('disclosureRecords(status: OVERDUE), second page', list, {
  filter: { status: 'OVERDUE' },
  after: first.disclosureRecords.pageInfo.endCursor,
});
await time('disclosureRecords(status: LATE, one source unit, one year)', list, {
  filter: {
    status: 'LATE',
    sourceUnitCode: '1111000000002941XQ',
    decisionFrom: addDays(today, -365),
    decisionTo: today,
  },
});
await time('disclosureRecords(no filter)', list, {});
const stats = `query($from: Date!, $to: Date!) { disclosureStats(from: $from, to: $to) { sourceUnitCode total onTime late overdue pending onTimeRate } }`;
await time('disclosureStats, last 12 months', stats, { from: addDays(today, -365), to: today });
await time('disclosureStats, all years', stats, { from: '2015-01-01', to: today });

server.close();
await apollo.stop();
await database.close();
