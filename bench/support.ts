import 'reflect-metadata';

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import autocannon from 'autocannon';
import type { GraphQLSchema } from 'graphql';

import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { createHttpApp } from '../src/http/app.js';
import { createApolloServer } from '../src/server.js';
import { systemClock } from '../src/shared/dates.js';
import { createLogger } from '../src/shared/logger.js';

/** The database of a benchmark: the PostgreSQL server of DATABASE_URL, loaded by seed:city. */
export async function benchDatabase(name: string): Promise<{ database: Database; url: string }> {
  const config = loadConfig();
  if (config.databaseUrl === undefined) {
    process.stderr.write(`${name} measures a PostgreSQL server: set DATABASE_URL.\n`);
    process.exit(1);
  }
  return {
    // The benchmark's own look-ups (the wide set: a group-by over every record) take longer
    // than a request may; the servers it measures keep their own timeout.
    database: await openDatabase({
      url: config.databaseUrl,
      dataDir: config.dataDir,
      poolMax: 8,
      statementTimeoutMs: 300_000,
    }),
    url: config.databaseUrl,
  };
}

/**
 * The wide set: subjects with 20+ records of each kind, in code order (banks and regulators ask
 * about any of them, so a cache rarely hits).
 */
export async function wideSet(database: Database): Promise<string[]> {
  const rows = await database.query<{ code: string }>(
    `select subject_code as code from penalty_records where subject_code is not null
      group by subject_code having count(*) >= 20
      intersect
     select subject_code from licensing_records where subject_code is not null
      group by subject_code having count(*) >= 20
      order by 1`,
  );
  return rows.map(r => r.code);
}

/** The subject with the most public penalties: a profile with 20+ records of each kind. */
export async function busiestSubject(database: Database): Promise<{ code: string; n: number }> {
  const [busiest] = await database.query<{ code: string; n: number }>(
    `select p.subject_code as code, count(*)::int as n from penalty_records p
      where p.subject_code is not null and p.published_at is not null and p.usage_scope = 'PUBLIC'
      group by p.subject_code order by count(*) desc limit 1`,
  );
  if (busiest === undefined) {
    process.stderr.write('No subject with records: run npm run seed:city first.\n');
    process.exit(1);
  }
  return busiest;
}

export interface Target {
  url: string;
  close(): Promise<void>;
}

/** The platform's HTTP app over a schema, on an ephemeral loopback port. */
export async function serveSchema(database: Database, schema: GraphQLSchema): Promise<Target> {
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

/** The public profile the benchmarks request: the subject, 20 records of each kind, their counts. */
export const PROFILE_QUERY = `query Profile($code: CreditCode!) { subject(code: $code) { code name category
  licensingRecords(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id documentTitle documentNumber decisionDate authority validTo disclosure { status } } } }
  penaltyRecords(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id documentNumber decisionDate penaltyTypes fineAmount authority disclosure { status } } } } } }`;

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

/**
 * Drives each target with the same body over HTTP: a warm-up, then rounds that alternate between
 * the targets, so that the machine's noise falls on all of them alike. Medians per target.
 */
export async function compare(
  targets: Record<string, Target>,
  body: string,
  options: { seconds: number; rounds: number; connections: number },
): Promise<Record<string, Figures>> {
  const run = (url: string, connections: number, duration: number) =>
    autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections,
      duration,
    });
  for (const target of Object.values(targets)) {
    await run(target.url, 4, 2);
  }
  const samples: Record<string, Figures[]> = Object.fromEntries(
    Object.keys(targets).map(name => [name, []]),
  );
  for (let round = 0; round < options.rounds; round += 1) {
    for (const [name, target] of Object.entries(targets)) {
      const result = await run(target.url, options.connections, options.seconds);
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
      }
      samples[name]!.push({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
      });
    }
  }
  // autocannon drops its sockets at the deadline; let the requests it abandoned finish.
  await new Promise(resolve => setTimeout(resolve, 1000));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        rps: median(list.map(s => s.rps)),
        p50: median(list.map(s => s.p50)),
        p99: median(list.map(s => s.p99)),
      },
    ]),
  );
}

export function table(rows: [string, Figures][]): string {
  return (
    '| server | requests/s (median) | p50 | p99 |\n|---|---|---|---|\n' +
    rows
      .map(([name, f]) => `| ${name} | ${f.rps.toFixed(0)} | ${f.p50} ms | ${f.p99} ms |`)
      .join('\n') +
    '\n'
  );
}
