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
 * DATABASE_URL (e.g. a database loaded by `npm run seed:city`): warm-up runs, then the median,
 * p99 and the slowest of the measured runs, one request at a time; then the overdue page and
 * the stats at a fixed arrival rate (`--rate` requests per second for `--seconds`), p50 and p99.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
  },
});
const runs = Number(values.runs);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
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
  process.stdout.write(`| ${name} | ${figures(samples)} |\n`);
}

/** Median, p99 and the slowest of latency samples, as table cells. */
function figures(samples: number[]): string {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]!;
  return `${at(0.5).toFixed(1)} ms | ${at(0.99).toFixed(1)} ms | ${samples.at(-1)!.toFixed(1)} ms`;
}

/**
 * Requests sent at a fixed arrival rate, whether or not the earlier ones have been answered
 * (an open loop, as clients arrive), the latency of each measured from its scheduled start.
 */
async function atRate(name: string, query: string, variables: Record<string, unknown>) {
  const samples: number[] = [];
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < rate * seconds; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) {
      await new Promise(resolve => setTimeout(resolve, wait));
    }
    pending.push(post(query, variables).then(() => void samples.push(performance.now() - due)));
  }
  await Promise.all(pending);
  process.stdout.write(`| ${name}, ${rate}/s for ${seconds} s | ${figures(samples)} |\n`);
}

const [{ n: records } = { n: 0 }] = await database.query<{ n: number }>(
  'select (select count(*) from licensing_records) + (select count(*) from penalty_records) as n',
);
process.stdout.write(
  `${records} records; ${runs} measured runs after 2 warm-up runs\n\n| query | median | p99 | slowest |\n|---|---|---|---|\n`,
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
await time('disclosureRecords(status: OVERDUE, one source unit)', list, {
  filter: { status: 'OVERDUE', sourceUnitCode: '1111000000002941XQ' },
});
await time('disclosureRecords(dueWithin: 3)', list, { filter: { dueWithin: 3 } });
await time('disclosureRecords(no filter)', list, {});
const stats = `query($from: Date!, $to: Date!) { disclosureStats(from: $from, to: $to) { sourceUnitCode total onTime late overdue pending onTimeRate } }`;
await time('disclosureStats, last 12 months', stats, { from: addDays(today, -365), to: today });
await time('disclosureStats, all years', stats, { from: '2015-01-01', to: today });
const report = `query($from: Date!, $to: Date!) { collectionReport(from: $from, to: $to) { csv } }`;
await time('collectionReport, last 12 months', report, { from: addDays(today, -365), to: today });
await atRate('disclosureRecords(status: OVERDUE), first 20 + totalCount', list, {
  filter: { status: 'OVERDUE' },
});
await atRate('disclosureStats, last 12 months', stats, { from: addDays(today, -365), to: today });
await atRate('disclosureStats, all years', stats, { from: '2015-01-01', to: today });

server.close();
await apollo.stop();
await database.close();
