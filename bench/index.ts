/**
 * `npm run bench`: the platform as it runs in production (its own process, on the PostgreSQL
 * server of DATABASE_URL loaded by `npm run seed:city`), driven over HTTP by autocannon from this
 * process after a warm-up, scenario by scenario, all targets in the same run:
 *
 *   a. the public profile (subject, 20 records of each kind, counts) of a random subject from a
 *      wide set (subjects with 20+ records of each kind), cache off, on the platform (planned),
 *      on PostGraphile 4 over views of the same public rows (bench/peer), on the floor (one SQL
 *      statement building the JSON behind a bare Node server, bench/floor.ts), and on the
 *      platform with the planner turned off (its resolvers); the profile cache is a line of its
 *      own, over 100 popular subjects;
 *   b. name search (2- and 4-character names, code prefixes);
 *   c. the regulator profile, each query written to the access log;
 *   f. a bank's batch of 100 profiles (subjects(codes:, purpose:)), each logged;
 *   d. submission of penalty decisions in batches of 5,000 (the bulk path: COPY into staging);
 *   e. the overdue list and the disclosure stats of 12 months and of all years, at 100/s.
 *
 * For each: requests/s at saturation, then p50/p99 latency at a fixed arrival rate, the
 * server's largest RSS during it and, for the platform, SQL statements per request (the
 * database's transaction count over the run, each statement being its own transaction).
 * Prints a Markdown report for BENCHMARKS.md.
 */
import 'reflect-metadata';

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { CREDIT_CODE_CHARSET, composeCreditCode } from '../src/modules/credit-code/index.js';
import { addDays, systemClock } from '../src/shared/dates.js';
import { PROFILE_QUERY, benchDatabase, wideSet } from './support.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'profile-rate': { type: 'string', default: '500' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise(resolve => server.close(resolve));
  return port;
}

interface Process {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a compiled entry point as a child process and waits until it answers. */
async function start(script: string, env: Record<string, string>): Promise<Process> {
  const port = await freePort();
  const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) {
      throw new Error(`${script} exited with ${child.exitCode}`);
    }
    const ok = await fetch(`${base}/healthz`)
      .then(r => r.ok)
      .catch(() => false);
    if (ok) {
      break;
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  return {
    url: `${base}/graphql`,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise(resolve => child.once('exit', resolve));
    },
  };
}

interface Scenario {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** A fresh request body for each request. */
  body: () => string;
  /** Requests per second of the fixed-rate run. */
  rate: number;
  connections?: number;
  /** Rows per request, for throughput in rows. */
  rows?: number;
  /** What a good answer holds, beyond having no errors. */
  check?: (data: any) => boolean;
  /** The server process: its RSS is sampled during the fixed-rate run. */
  pid?: number;
  /** Count the SQL statements per request (platform targets). */
  statements?: boolean;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

/** Resident set size of a process, in MiB (Linux). */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

async function drive(
  scenario: Scenario,
  options: { connections: number; seconds: number; overallRate?: number },
): Promise<Figures> {
  const result = await autocannon({
    url: scenario.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...scenario.headers },
    connections: options.connections,
    duration: options.seconds,
    ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
    requests: [{ setupRequest: request => ({ ...request, body: scenario.body() }) }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

/** Statements the database has run so far (each autocommit statement is a transaction). */
async function transactions(): Promise<number> {
  // The statistics of other backends reach the shared counters within a second.
  await new Promise(resolve => setTimeout(resolve, 1500));
  const [row] = await stats.query<{ n: string }>(
    `select (xact_commit + xact_rollback)::text as n from pg_stat_database where datname = current_database()`,
  );
  return Number(row!.n);
}

interface Measured {
  saturation: Figures;
  fixed: Figures;
  rssMiB: number | undefined;
  statementsPerRequest: number | undefined;
}

/** One request first (a scenario that answers with errors measures nothing), then a warm-up. */
async function prepare(scenario: Scenario): Promise<void> {
  const probe = await fetch(scenario.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...scenario.headers },
    body: scenario.body(),
  });
  const answer = (await probe.json()) as { data?: unknown; errors?: unknown[] };
  if (
    !probe.ok ||
    answer.errors !== undefined ||
    answer.data === undefined ||
    (scenario.check !== undefined && !scenario.check(answer.data))
  ) {
    throw new Error(`${scenario.name}: ${probe.status} ${JSON.stringify(answer).slice(0, 500)}`);
  }
  const connections = scenario.connections ?? CONNECTIONS;
  await drive(scenario, { connections: Math.min(connections, 4), seconds: 3 });
}

/**
 * autocannon drops its sockets at the deadline, and a server goes on with what it had
 * received: wait until a request is answered at once, so that one run's leftovers do not fall
 * on the next.
 */
async function settle(scenario: Scenario): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    const started = Date.now();
    await fetch(scenario.url.replace(/\/graphql$/, '/healthz')).catch(() => undefined);
    if (Date.now() - started < 50) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}

/** At saturation: the figures and the SQL statements per request. */
async function saturate(
  scenario: Scenario,
  seconds: number,
): Promise<{ figures: Figures; statementsPerRequest: number | undefined }> {
  const connections = scenario.connections ?? CONNECTIONS;
  const before = scenario.statements === true ? await transactions() : 0;
  const figures = await drive(scenario, { connections, seconds });
  await settle(scenario);
  const statementsPerRequest =
    scenario.statements === true
      ? // Less the one statement of this count itself.
        ((await transactions()) - before - 1) / figures.requests
      : undefined;
  return { figures, statementsPerRequest };
}

/** At the scenario's fixed arrival rate, sampling the server's RSS. */
async function atRate(
  scenario: Scenario,
): Promise<{ figures: Figures; rssMiB: number | undefined }> {
  let rssMiB = 0;
  const sampler =
    scenario.pid === undefined
      ? undefined
      : setInterval(() => (rssMiB = Math.max(rssMiB, rssOf(scenario.pid!))), 200);
  const figures = await drive(scenario, {
    connections: scenario.connections ?? CONNECTIONS,
    seconds: SECONDS,
    overallRate: scenario.rate,
  });
  if (sampler !== undefined) {
    clearInterval(sampler);
  }
  await settle(scenario);
  return { figures, rssMiB: scenario.pid === undefined ? undefined : rssMiB };
}

function report(scenario: Scenario, measured: Measured): Measured {
  const { saturation, fixed, rssMiB, statementsPerRequest } = measured;
  process.stderr.write(
    `${scenario.name}: ${saturation.rps.toFixed(0)} req/s; at ${scenario.rate}/s p50 ${fixed.p50} ms p99 ${fixed.p99} ms${rssMiB === undefined ? '' : `, RSS ${rssMiB.toFixed(0)} MiB`}${statementsPerRequest === undefined ? '' : `, ${statementsPerRequest.toFixed(2)} statements/request`}\n`,
  );
  return measured;
}

/** Saturation, then the fixed arrival rate, after a warm-up. */
async function measure(scenario: Scenario): Promise<Measured> {
  await prepare(scenario);
  const { figures: saturation, statementsPerRequest } = await saturate(scenario, SECONDS);
  const { figures: fixed, rssMiB } = await atRate(scenario);
  return report(scenario, { saturation, fixed, rssMiB, statementsPerRequest });
}

/**
 * Targets compared with each other: saturation runs in rounds that alternate between them, so
 * that the shared machine's noise falls on all alike (the median round of each counts), then
 * each at its fixed rate.
 */
async function compareAll(scenarios: Scenario[], rounds = 3): Promise<Measured[]> {
  for (const scenario of scenarios) {
    await prepare(scenario);
  }
  const samples = scenarios.map(() => [] as { figures: Figures; statements: number | undefined }[]);
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, scenario] of scenarios.entries()) {
      const { figures, statementsPerRequest } = await saturate(scenario, SECONDS);
      samples[i]!.push({ figures, statements: statementsPerRequest });
    }
  }
  const measured: Measured[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    const sorted = [...samples[i]!].sort((a, b) => a.figures.rps - b.figures.rps);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const { figures: fixed, rssMiB } = await atRate(scenario);
    measured.push(
      report(scenario, {
        saturation: median.figures,
        fixed,
        rssMiB,
        statementsPerRequest: median.statements,
      }),
    );
  }
  return measured;
}

async function graphql(url: string, key: string, query: string, variables = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors !== undefined) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data;
}

const { database, url: databaseUrl } = await benchDatabase('bench');
/** The benchmark's own connection, for the database's statement counts. */
const stats = database;
const [size] = await database.query<{ subjects: number; licensing: number; penalty: number }>(
  `select (select count(*) from subjects)::int as subjects,
          (select count(*) from licensing_records)::int as licensing,
          (select count(*) from penalty_records)::int as penalty`,
);
const today = systemClock.today();
// The wide set: subjects with 20+ records of each kind (banks and regulators ask about any of
// them, so a cache rarely hits), and how many of them show 20+ public records of each kind.
const wide = await wideSet(database);
const [publicRich] = await database.query<{ n: number }>(
  `select count(*)::int as n from (
     select p.subject_code from penalty_records p
      where p.subject_code = any($2::text[]) and p.published_at is not null and p.usage_scope = 'PUBLIC'
        and p.publicity_max_end >= $1::date
      group by p.subject_code having count(*) >= 20
      intersect
     select l.subject_code from licensing_records l
      where l.subject_code = any($2::text[]) and l.published_at is not null and l.usage_scope = 'PUBLIC'
        and l.valid_to >= $1::date
      group by l.subject_code having count(*) >= 20) x`,
  [today, wide],
);
if (wide.length < 100) {
  process.stderr.write(
    'Fewer than 100 subjects have 20 records of each kind: run npm run seed:city.\n',
  );
  process.exit(1);
}
const names = (
  await database.query<{ name: string }>(
    `select name from subjects tablesample system (1) limit 400`,
  )
).map(r => r.name);

if (!existsSync(fileURLToPath(new URL('../../bench/peer/node_modules', import.meta.url)))) {
  process.stderr.write('The PostGraphile peer is not installed: run npm run bench:install.\n');
  process.exit(1);
}
const PEER_PROFILE = readFileSync(
  fileURLToPath(new URL('../../bench/peer/profile.graphql', import.meta.url)),
  'utf8',
);

const admin = randomBytes(24).toString('hex');
const platformEnv = {
  DATABASE_URL: databaseUrl,
  NODE_ENV: 'production',
  // One process, unsupervised: the RSS sampled is the server's own.
  WORKERS: '0',
  LOG_LEVEL: 'error',
  SEED_DEMO: 'false',
  BOOTSTRAP_ADMIN_KEY: admin,
  DB_POOL_MAX: '8',
  RATE_LIMIT_PER_KEY: '100000000',
  RATE_LIMIT_PER_IP: '100000000',
};
process.stderr.write(
  'starting the platform (with and without its profile cache, and with its resolvers only), PostGraphile and the floor…\n',
);
const platform = await start('../src/main.js', platformEnv);
const uncached = await start('../src/main.js', { ...platformEnv, PROFILE_CACHE_MB: '0' });
const resolvers = await start('../src/main.js', {
  ...platformEnv,
  PROFILE_CACHE_MB: '0',
  QUERY_PLANNER: 'off',
});
const peer = await start('../../bench/peer/server.mjs', { DATABASE_URL: databaseUrl });
const floor = await start('./floor-server.js', { DATABASE_URL: databaseUrl });

const keyFor = async (role: string, organizationName: string, organizationCode: string) =>
  (
    await graphql(
      platform.url,
      admin,
      `
        mutation ($input: CreateApiKeyInput!) {
          createApiKey(input: $input) {
            secret
          }
        }
      `,
      { input: { role, organizationName, organizationCode, label: 'bench' } },
    )
  ).createApiKey.secret as string;
const regulator = await keyFor(
  'REGULATOR',
  '北京市发展和改革委员会',
  composeCreditCode('11', '110000', '00001111'),
);
const bank = await keyFor(
  'INSTITUTION',
  '某商业银行北京分行',
  composeCreditCode('91', '110000', '10001000'),
);

// A seeded random choice from the wide set, the same sequence for every target.
let seed = 20_261_202;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const randomCode = () => wide[Math.floor(random() * wide.length)]!;
// The public looks up popular companies more than others: 100 of them in turn, the profile
// cache's case, reported on a line of its own.
const HOT = 100;
let hotTurn = 0;
const hotBody = () =>
  JSON.stringify({ query: PROFILE_QUERY, variables: { code: wide[hotTurn++ % HOT]! } });
const profileBody = () =>
  JSON.stringify({ query: PROFILE_QUERY, variables: { code: randomCode() } });
const peerBody = () => JSON.stringify({ query: PEER_PROFILE, variables: { code: randomCode() } });
const BATCH_QUERY = PROFILE_QUERY.replace(
  'query Profile($code: CreditCode!) { subject(code: $code)',
  'query Portfolio($codes: [CreditCode!]!) { subjects(codes: $codes, purpose: "贷后管理")',
);
const batchBody = () =>
  JSON.stringify({
    query: BATCH_QUERY,
    variables: { codes: Array.from({ length: 100 }, randomCode) },
  });
const searches = [
  ...names.map(n => [...n].slice(2, 4).join('')),
  ...names.map(n => [...n].slice(2, 6).join('')),
  '9111',
  '91110108',
  '科技',
  '餐饮',
  '建设',
];
const SEARCH = `query Search($q: String!) { searchSubjects(query: $q, first: 10) { totalCount totalCountExact edges { highlights { start length } node { code name category regionName } } } }`;
const REGULATOR_PROFILE = PROFILE_QUERY.replace(
  'query Profile($code: CreditCode!) { subject(code: $code)',
  'query Profile($code: CreditCode!) { subject(code: $code, purpose: "行政许可审查")',
);
const OVERDUE = `query { disclosureRecords(filter: { status: OVERDUE }, first: 20) { totalCount edges { node { id decisionDate sourceUnit } } } }`;
const STATS = `query($from: Date!, $to: Date!) { disclosureStats(from: $from, to: $to) { sourceUnitCode total onTime late overdue onTimeRate } }`;
const SUBMIT = `mutation($records: [PenaltyRecordInput!]!) { submitPenaltyRecords(records: $records) { accepted rejected { index code } } }`;
const run = randomBytes(3).toString('hex');
let batch = 0;
/** The 8-character body of a new subject's code for submitted row n of this run. */
const benchBody = (n: number) => {
  let body = '';
  for (let k = 0, v = n; k < 6; k += 1, v = Math.floor(v / CREDIT_CODE_CHARSET.length)) {
    body = CREDIT_CODE_CHARSET.charAt(v % CREDIT_CODE_CHARSET.length) + body;
  }
  return `B${run
    .charAt(0)
    .toUpperCase()
    .replace(/[IOSVZ]/, 'X')}${body}`;
};
/** Rows per submission: the importer's batch, the most a 双公示 submission takes. */
const SUBMIT_ROWS = 5000;
const submitBody = () => {
  batch += 1;
  const records = Array.from({ length: SUBMIT_ROWS }, (_, i) => ({
    counterpartName: '北京市测试压测有限公司',
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: composeCreditCode('91', '110108', benchBody(batch * SUBMIT_ROWS + i)),
    legalRepresentative: '张三',
    documentNumber: `京市监罚〔bench-${run}〕${batch}-${i}号`,
    violationType: '违反《中华人民共和国食品安全法》',
    facts: '经营超过保质期的食品',
    basis: '《中华人民共和国食品安全法》第一百二十四条',
    penaltyTypes: ['FINE'],
    content: '罚款',
    fineAmount: '1.000000',
    decisionDate: addDays(today, -3),
    penaltyValidUntil: addDays(today, 90),
    authority: '北京市市场监督管理局',
    authorityCode: '1111000000002941XQ',
    sourceUnit: '北京市市场监督管理局',
    sourceUnitCode: '1111000000002941XQ',
  }));
  return JSON.stringify({ query: SUBMIT, variables: { records } });
};

const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const results: [string, Measured, Scenario][] = [];
const scenario = async (s: Scenario) => {
  results.push([s.name, await measure(s), s]);
};
const profileRate = Number(values['profile-rate']);
const A_PLATFORM = `a. public profile, random subject of ${wide.length.toLocaleString('en')}, cache off: platform (planned)`;
const A_PEER = `a. public profile, random subject of ${wide.length.toLocaleString('en')}: PostGraphile 4 over views`;
const A_FLOOR = `a. public profile, random subject of ${wide.length.toLocaleString('en')}: floor (one SQL statement)`;
const A_RESOLVERS = `a. public profile, random subject of ${wide.length.toLocaleString('en')}, cache off: platform, resolvers only`;
const A_CACHED = `a′. public profile, ${HOT} popular subjects in turn: platform with the profile cache`;
const C_REGULATOR = 'c. regulator profile (access-log row written), random subject';
const F_BATCH = 'f. batch of 100 profiles, subjects(codes:), institution (100 access-log rows)';
const isProfile = (data: any) => data.subject !== undefined;
const headline: Scenario[] = [
  {
    name: A_PLATFORM,
    url: uncached.url,
    body: profileBody,
    rate: profileRate,
    pid: uncached.pid,
    statements: true,
    check: isProfile,
  },
  { name: A_PEER, url: peer.url, body: peerBody, rate: profileRate, pid: peer.pid },
  { name: A_FLOOR, url: floor.url, body: profileBody, rate: profileRate, pid: floor.pid },
];
for (const [i, measured] of (await compareAll(headline)).entries()) {
  results.push([headline[i]!.name, measured, headline[i]!]);
}
await scenario({
  name: A_RESOLVERS,
  url: resolvers.url,
  body: profileBody,
  rate: 200,
  pid: resolvers.pid,
  statements: true,
  check: isProfile,
});
await scenario({
  name: A_CACHED,
  url: platform.url,
  body: hotBody,
  rate: profileRate,
  pid: platform.pid,
});
let searchTurn = 0;
const searchBody = () =>
  JSON.stringify({ query: SEARCH, variables: { q: searches[searchTurn++ % searches.length] } });
await scenario({
  name: 'b. name search, public (profile cache on)',
  url: platform.url,
  body: searchBody,
  rate: 200,
  pid: platform.pid,
});
await scenario({
  name: 'b′. name search, computed (cache off)',
  url: uncached.url,
  body: searchBody,
  rate: 200,
  pid: uncached.pid,
  statements: true,
});
await scenario({
  name: C_REGULATOR,
  url: uncached.url,
  headers: auth(regulator),
  body: () => JSON.stringify({ query: REGULATOR_PROFILE, variables: { code: randomCode() } }),
  rate: profileRate,
  pid: uncached.pid,
  statements: true,
});
await scenario({
  name: F_BATCH,
  url: uncached.url,
  headers: auth(bank),
  body: batchBody,
  // Below its capacity on 2 cores: the latency of a batch, not of a queue.
  rate: 5,
  connections: 4,
  pid: uncached.pid,
  statements: true,
  check: data => data.subjects.length === 100,
});
await scenario({
  name: 'd. submission, batches of 5,000 penalties',
  url: platform.url,
  headers: auth(admin),
  body: submitBody,
  rate: 1,
  connections: 2,
  rows: SUBMIT_ROWS,
  check: data => data.submitPenaltyRecords.accepted === SUBMIT_ROWS,
});
await scenario({
  name: 'e. overdue list (first 20, totalCount)',
  url: platform.url,
  headers: auth(regulator),
  body: () => JSON.stringify({ query: OVERDUE }),
  rate: 100,
});
await scenario({
  name: 'e. disclosure stats, 12 months',
  url: platform.url,
  headers: auth(regulator),
  body: () =>
    JSON.stringify({ query: STATS, variables: { from: addDays(today, -365), to: today } }),
  rate: 100,
});
await scenario({
  name: 'e. disclosure stats, all years',
  url: platform.url,
  headers: auth(regulator),
  body: () => JSON.stringify({ query: STATS, variables: { from: '2000-01-01', to: today } }),
  rate: 100,
});
await platform.stop();
await uncached.stop();
await resolvers.stop();
await peer.stop();
await floor.stop();
await database.close();

const rps = (name: string) => results.find(([n]) => n === name)![1].saturation.rps;
const ratio = (a: string, b: string) => (rps(a) / rps(b)).toFixed(2);
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  `Data: ${size!.subjects.toLocaleString('en')} subjects, ${size!.licensing.toLocaleString('en')} licensing and ${size!.penalty.toLocaleString('en')} penalty records; the wide set: ${wide.length.toLocaleString('en')} subjects with 20+ records of each kind (${publicRich!.n.toLocaleString('en')} of them with 20+ public ones of each kind), one drawn at random per request.`,
  `Command: \`npm run bench -- --seconds ${SECONDS} --connections ${CONNECTIONS}\`; saturation with ${CONNECTIONS} connections (batch: 4, submission: 2), then latency at the fixed rate shown; RSS is the server's largest during the fixed-rate run; statements per request are the database's transactions over the saturation run divided by its requests.`,
  '',
  '| scenario | requests/s at saturation | fixed rate | p50 | p99 | server RSS | statements/request | errors |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map(
    ([name, { saturation, fixed, rssMiB, statementsPerRequest }, s]) =>
      `| ${name} | ${saturation.rps.toFixed(0)}${s.rows ? ` (${(saturation.rps * s.rows).toFixed(0)} rows/s)` : ''} | ${s.rate}/s (got ${fixed.rps.toFixed(0)}) | ${fixed.p50} ms | ${fixed.p99} ms | ${rssMiB === undefined ? '' : `${rssMiB.toFixed(0)} MiB`} | ${statementsPerRequest === undefined ? '' : statementsPerRequest.toFixed(2)} | ${saturation.errors + fixed.errors} |`,
  ),
  '',
  `**Public profile, random subject of the wide set, cache off: platform / floor ${ratio(A_PLATFORM, A_FLOOR)}, platform / PostGraphile ${ratio(A_PLATFORM, A_PEER)}** (resolvers only: ${ratio(A_RESOLVERS, A_FLOOR)} of the floor; PostGraphile: ${ratio(A_PEER, A_FLOOR)} of the floor).`,
  `Regulator profile with its access-log row / floor: ${ratio(C_REGULATOR, A_FLOOR)}.`,
  `With the profile cache, ${HOT} popular subjects in turn / floor (random subject): ${ratio(A_CACHED, A_FLOOR)}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exit(0);
