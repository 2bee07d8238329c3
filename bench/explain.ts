/**
 * `npm run bench:explain`: every SQL statement the API issues for its main operations (the
 * public profile, name search with 2 and 4 characters and a code prefix, the regulator profile,
 * the overdue and due-soon lists, the disclosure stats and the collection report), each with its EXPLAIN (ANALYZE, BUFFERS) plan on
 * the PostgreSQL server of DATABASE_URL (loaded by `npm run seed:city`): which index each
 * statement uses, and how long it takes there.
 */
import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { Role, type Viewer } from '../src/auth/viewer.js';
import { createContext } from '../src/context.js';
import { openDatabase } from '../src/db/client.js';
import { composeCreditCode } from '../src/modules/credit-code/index.js';
import { buildGraphQLSchema } from '../src/schema.js';
import { createApolloServer } from '../src/server.js';
import { addDays, systemClock } from '../src/shared/dates.js';
import { createLogger } from '../src/shared/logger.js';
import { PROFILE_QUERY, benchDatabase, busiestSubject, wideSet } from './support.js';

const { values } = parseArgs({ options: { plans: { type: 'boolean', default: false } } });
const { database: probe, url } = await benchDatabase('bench:explain');
const busiest = await busiestSubject(probe);
const [named] = await probe.query<{ name: string }>(`select name from subjects where code = $1`, [
  busiest.code,
]);
// The wide set of the benchmark (bench/index.ts): a bank's portfolio of 100 of them.
const portfolio = (await wideSet(probe)).slice(0, 100);
await probe.close();

const captured: { sql: string; params: unknown[] }[] = [];
const database = await openDatabase({
  url,
  dataDir: 'memory://',
  poolMax: 1,
  onQuery: (sql, _target, params) => captured.push({ sql, params }),
});
const apollo = createApolloServer({
  schema: await buildGraphQLSchema(),
  logger: createLogger('error'),
  production: true,
});
await apollo.start();
const anonymous: Viewer = {
  role: Role.PUBLIC,
  keyId: null,
  organizationName: null,
  organizationCode: null,
};
const regulator: Viewer = {
  role: Role.REGULATOR,
  keyId: null,
  organizationName: '北京市发展和改革委员会',
  organizationCode: composeCreditCode('11', '110000', '00001111'),
};
const bank: Viewer = {
  role: Role.INSTITUTION,
  keyId: null,
  organizationName: '某商业银行北京分行',
  organizationCode: composeCreditCode('91', '110000', '10001000'),
};
const admin: Viewer = {
  role: Role.ADMIN,
  keyId: null,
  organizationName: '信用办',
  organizationCode: composeCreditCode('11', '110000', '00002222'),
};
/** A department of the city (seeds/city.ts): its own overdue list. */
const DEPARTMENT = '1111000000002941XQ';
const today = systemClock.today();
const SEARCH_QUERY =
  'query($q: String!) { searchSubjects(query: $q, first: 10) { totalCount totalCountExact edges { highlights { start length } node { code name } } } }';
const name = [...named!.name];
const operations: [string, string, Record<string, unknown>, Viewer][] = [
  ['public profile', PROFILE_QUERY, { code: busiest.code }, anonymous],
  ...(
    [
      ['2 characters', name.slice(2, 4).join('')],
      ['2 characters, 44,000 names', '康泰'],
      ['2 characters, 720,000 names', '有限'],
      ['4 characters', name.slice(2, 6).join('')],
      ['code prefix', '91110108'],
    ] as const
  ).map(([what, q]): [string, string, Record<string, unknown>, Viewer] => [
    `name search, ${what} (${q})`,
    SEARCH_QUERY,
    { q },
    anonymous,
  ]),
  [
    'regulator profile (access log written)',
    PROFILE_QUERY.replace('subject(code: $code)', 'subject(code: $code, purpose: "审查")'),
    { code: busiest.code },
    regulator,
  ],
  [
    `a bank's batch of ${portfolio.length} profiles (access log written)`,
    PROFILE_QUERY.replace(
      'query Profile($code: CreditCode!) { subject(code: $code)',
      'query Portfolio($codes: [CreditCode!]!) { subjects(codes: $codes, purpose: "贷后管理")',
    ),
    { codes: portfolio },
    bank,
  ],
  [
    'overdue list',
    '{ disclosureRecords(filter: { status: OVERDUE }, first: 20) { totalCount edges { node { id } } } }',
    {},
    regulator,
  ],
  [
    'overdue list of one source unit',
    `{ disclosureRecords(filter: { status: OVERDUE, sourceUnitCode: "${DEPARTMENT}" }, first: 20) { totalCount edges { node { id } } } }`,
    {},
    regulator,
  ],
  [
    'due within 3 working days',
    '{ disclosureRecords(filter: { dueWithin: 3 }, first: 20) { totalCount edges { node { id } } } }',
    {},
    regulator,
  ],
  [
    'disclosure stats, 12 months',
    'query($from: Date!, $to: Date!) { disclosureStats(from: $from, to: $to) { sourceUnitCode total onTime overdue pending } }',
    { from: addDays(today, -365), to: today },
    regulator,
  ],
  [
    'disclosure stats, all years',
    'query($from: Date!, $to: Date!) { disclosureStats(from: $from, to: $to) { sourceUnitCode total onTime overdue pending } }',
    { from: '2015-01-01', to: today },
    regulator,
  ],
  [
    'collection report, 12 months',
    'query($from: Date!, $to: Date!) { collectionReport(from: $from, to: $to) { csv } }',
    { from: addDays(today, -365), to: today },
    admin,
  ],
];

/** The plan's nodes that read a table, with the index they use, and the execution time. */
function summarize(plan: string[]): string {
  const scans = plan
    .map(line =>
      /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)(?: Backward)?(?: using (\S+))? on (\S+)/.exec(
        line,
      ),
    )
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => (m[2] === undefined ? `${m[1]} on ${m[3]}` : `${m[1]} ${m[2]}`));
  const time = plan
    .find(line => line.startsWith('Execution Time'))
    ?.replace('Execution Time: ', '');
  // Rows read from the heap by an index-only scan, and rows a bitmap scan or join rechecked.
  const heap = plan
    .map(line => /Heap Fetches: (\d+)/.exec(line)?.[1])
    .reduce((sum, n) => sum + Number(n ?? 0), 0);
  const rechecks = plan.filter(line =>
    /Recheck Cond|Rows Removed by Index Recheck/.test(line),
  ).length;
  // PostgreSQL compiles a statement it estimates expensive (jit_above_cost) before running it.
  const jit = plan.find(line => /^\s*Timing: Generation/.test(line))?.trim();
  const reads = `${heap} heap fetches${rechecks > 0 ? `, ${rechecks} rechecks` : ', no recheck'}`;
  return `${[...new Set(scans)].join(', ') || 'no table read'} (${reads}) — ${time}${jit === undefined ? '' : ` (JIT ${jit})`}`;
}

for (const [label, query, variables, viewer] of operations) {
  await apollo.executeOperation(
    { query, variables },
    { contextValue: createContext({ db: database.db, clock: systemClock }, viewer) },
  );
  captured.length = 0;
  const response = await apollo.executeOperation(
    { query, variables },
    { contextValue: createContext({ db: database.db, clock: systemClock }, viewer) },
  );
  if (response.body.kind === 'single' && response.body.singleResult.errors !== undefined) {
    throw new Error(`${label}: ${JSON.stringify(response.body.singleResult.errors)}`);
  }
  const statements = [...captured];
  process.stdout.write(`\n### ${label}: ${statements.length} statements\n\n`);
  for (const { sql, params } of statements) {
    const head = sql.replace(/\s+/g, ' ').slice(0, 90);
    if (/^(insert|update|delete)/i.test(sql)) {
      process.stdout.write(`- \`${head}…\` (write)\n`);
      continue;
    }
    // A planned read that writes its access-log row is explained in a transaction rolled back.
    const writes = /\binsert into\b/i.test(sql);
    if (writes) {
      await database.query('begin');
    }
    const rows = await database.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${sql}`,
      params,
    );
    if (writes) {
      await database.query('rollback');
    }
    const plan = rows.map(r => r['QUERY PLAN']);
    process.stdout.write(`- \`${head}…\`: ${summarize(plan)}\n`);
    if (values.plans) {
      process.stdout.write(`\n\`\`\`\n${plan.join('\n')}\n\`\`\`\n\n`);
    }
  }
}
await apollo.stop();
await database.close();
