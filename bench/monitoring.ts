import 'reflect-metadata';

import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

import { sql } from 'drizzle-orm';

import { Role } from '../src/auth/viewer.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { executeRows } from '../src/db/execute.js';
import { createHttpApp } from '../src/http/app.js';
import { createApiKey } from '../src/modules/api-keys/index.js';
import { buildGraphQLSchema } from '../src/schema.js';
import { createApolloServer } from '../src/server.js';
import { systemClock } from '../src/shared/dates.js';
import { createLogger } from '../src/shared/logger.js';

/**
 * Times the monitoring lists and the change feed over HTTP against the PostgreSQL server of
 * DATABASE_URL (a copy of a city loaded by `npm run seed:city`; it writes to it): an institution
 * monitors `--monitored` codes in calls of 10,000 (each call timed), re-adds one call's codes
 * (all unchanged), then `--changes` changes of random subjects are written to the outbox in
 * transactions of 1,000, and the institution reads its feed by pages of 100 (each page timed,
 * its subjects resolved), and once as NDJSON.
 */
const { values } = parseArgs({
  options: {
    monitored: { type: 'string', default: '100000' },
    changes: { type: 'string', default: '200000' },
    pages: { type: 'string', default: '30' },
  },
});
const monitoredCount = Number(values.monitored);
const changeCount = Number(values.changes);
const pages = Number(values.pages);
const config = loadConfig();
if (config.databaseUrl === undefined) {
  process.stderr.write('bench:monitoring measures a PostgreSQL server: set DATABASE_URL.\n');
  process.exit(1);
}
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: config.dbPoolMax,
});
const key = await createApiKey(
  database.db,
  { role: Role.ADMIN, keyId: null, organizationName: '市信用办', organizationCode: null },
  systemClock,
  {
    role: Role.INSTITUTION,
    organizationName: '基准测试银行',
    organizationCode: (
      await executeRows<{ code: string }>(
        database.db,
        sql`select code from subjects order by md5(code) limit 1`,
      )
    )[0]!.code,
  },
);
// A run starts from an empty list (the database is a copy kept for measuring).
await database.db.execute(
  sql`delete from monitored_subjects where institution_code = ${key.row.organizationCode}`,
);
const apollo = createApolloServer({
  schema: await buildGraphQLSchema(),
  logger: createLogger('error'),
  production: true,
});
await apollo.start();
const server = createHttpApp({
  apollo,
  db: database.db,
  clock: systemClock,
  rateLimits: { perKeyPerMinute: 1_000_000, perIpPerMinute: 1_000_000 },
}).listen(0, '127.0.0.1');
await new Promise(resolve => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const headers = { 'content-type': 'application/json', authorization: `Bearer ${key.secret}` };

async function post(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors !== undefined) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1
    ? s[(s.length - 1) / 2]!
    : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const codes = (
  await executeRows<{ code: string }>(
    database.db,
    sql`select code from subjects order by md5(code || 'monitoring') limit ${monitoredCount}`,
  )
).map(row => row.code);
const MONITOR = `mutation M($codes: [CreditCode!]!) {
  monitorSubjects(codes: $codes, purpose: "贷后管理") { added unchanged rejected { index } } }`;
const adds: number[] = [];
for (let i = 0; i < codes.length; i += 10_000) {
  const { ms, value } = await timed(() => post(MONITOR, { codes: codes.slice(i, i + 10_000) }));
  if (value.monitorSubjects.added !== Math.min(10_000, codes.length - i)) {
    throw new Error(`added ${value.monitorSubjects.added}`);
  }
  adds.push(ms);
}
const again = await timed(() => post(MONITOR, { codes: codes.slice(0, 10_000) }));

// Changes of random subjects of the whole city, committed after monitoring began.
for (let written = 0; written < changeCount; written += 1000) {
  await database.db
    .execute(sql`insert into change_outbox (subject_code, kind, record_id, occurred_at)
    select code, 'RECORD_CORRECTED', null, ${systemClock.now().toISOString()}::timestamptz from subjects tablesample system (0.5)
    order by random() limit 1000`);
}
// As autovacuum would after such a load: the feed's plan needs the outbox's statistics.
await database.db.execute(sql`analyze change_outbox`);
await database.db.execute(sql`analyze monitored_subjects`);
const [share] = await executeRows<{ n: number }>(
  database.db,
  sql`select count(*)::int as n from change_outbox c join monitored_subjects m
        on m.subject_code = c.subject_code and m.institution_code = ${key.row.organizationCode}
        where c.txid > m.since_txid`,
);

const PAGE = `query Feed($after: String) { changes(after: $after, first: 100) {
  edges { cursor node { id subjectCode kind recordId occurredAt subject { code name category } } }
  pageInfo { hasNextPage endCursor } } }`;
const pageTimes: number[] = [];
let after: string | null = null;
for (let i = 0; i < pages; i += 1) {
  const { ms, value } = await timed(() => post(PAGE, { after }));
  pageTimes.push(ms);
  after = value.changes.pageInfo.endCursor;
  if (!value.changes.pageInfo.hasNextPage) {
    after = null;
  }
}
const stream = await timed(async () => {
  const response = await fetch(`${base}/changes`, { headers });
  const text = await response.text();
  return text.split('\n').filter(line => line !== '').length;
});

process.stdout.write(
  [
    `monitorSubjects, 10,000 new codes a call (${adds.length} calls up to ${codes.length.toLocaleString('en')} codes): median ${fmt(median(adds))}, slowest ${fmt(Math.max(...adds))}`,
    `monitorSubjects, the same 10,000 codes again (all unchanged): ${fmt(again.ms)}`,
    `outbox: ${changeCount.toLocaleString('en')} changes of random subjects, ${share!.n.toLocaleString('en')} of monitored codes`,
    `changes(first: 100) with subjects, ${pages} consecutive pages: median ${fmt(median(pageTimes))}, slowest ${fmt(Math.max(...pageTimes))}`,
    `GET /changes, the whole backlog: ${stream.value.toLocaleString('en')} lines in ${fmt(stream.ms)} (${Math.round((stream.value / stream.ms) * 1000).toLocaleString('en')} lines/s)`,
    '',
  ].join('\n'),
);
server.close();
await apollo.stop();
await database.close();
