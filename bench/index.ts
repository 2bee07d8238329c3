/**
 * `npm run bench`: the platform as it runs in production (its own process, on the PostgreSQL
 * server of DATABASE_URL loaded by `npm run seed:city`), driven over HTTP by autocannon from this
 * process after a warm-up, scenario by scenario:
 *
 *   a. the public profile (subject, 20 records of each kind, counts), over many subjects with
 *      20+ records of each kind, with the profile cache and without it, against the floor: one
 *      SQL statement building the same JSON, behind a bare Node server (bench/floor.ts);
 *   b. name search (2- and 4-character names, code prefixes);
 *   c. the regulator profile, each query written to the access log;
 *   d. submission of penalty decisions in batches of 500;
 *   e. the overdue list and the disclosure stats of 12 months.
 *
 * For each: requests/s at saturation (16 connections), then p50/p99 latency at a fixed arrival
 * rate. Prints a Markdown report for BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { CREDIT_CODE_CHARSET, composeCreditCode } from '../src/modules/credit-code/index.js';
import { addDays, systemClock } from '../src/shared/dates.js';
import { PROFILE_QUERY, benchDatabase } from './support.js';

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
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
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
  };
}

/** Saturation, then the fixed arrival rate, after a warm-up. */
async function measure(scenario: Scenario): Promise<{ saturation: Figures; fixed: Figures }> {
  // One request first: a scenario that answers with errors measures nothing.
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
  const saturation = await drive(scenario, { connections, seconds: SECONDS });
  const fixed = await drive(scenario, {
    connections,
    seconds: SECONDS,
    overallRate: scenario.rate,
  });
  process.stderr.write(
    `${scenario.name}: ${saturation.rps.toFixed(0)} req/s; at ${scenario.rate}/s p50 ${fixed.p50} ms p99 ${fixed.p99} ms\n`,
  );
  return { saturation, fixed };
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
const [size] = await database.query<{ subjects: number; licensing: number; penalty: number }>(
  `select (select count(*) from subjects)::int as subjects,
          (select count(*) from licensing_records)::int as licensing,
          (select count(*) from penalty_records)::int as penalty`,
);
const today = systemClock.today();
// Subjects whose public profile has 20+ records of each kind.
const busy = (
  await database.query<{ code: string }>(
    `select p.subject_code as code from penalty_records p
      where p.subject_code is not null and p.published_at is not null and p.usage_scope = 'PUBLIC'
        and p.publicity_max_end >= $1::date
      group by p.subject_code having count(*) >= 20
      intersect
     select l.subject_code from licensing_records l
      where l.subject_code is not null and l.published_at is not null and l.usage_scope = 'PUBLIC'
        and l.valid_to >= $1::date
      group by l.subject_code having count(*) >= 20
      limit 2000`,
    [today],
  )
).map(r => r.code);
if (busy.length === 0) {
  process.stderr.write('No subject has 20 public records of each kind: run npm run seed:city.\n');
  process.exit(1);
}
const names = (
  await database.query<{ name: string }>(
    `select name from subjects tablesample system (1) limit 400`,
  )
).map(r => r.name);
await database.close();

const admin = randomBytes(24).toString('hex');
const platformEnv = {
  DATABASE_URL: databaseUrl,
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  SEED_DEMO: 'false',
  BOOTSTRAP_ADMIN_KEY: admin,
  DB_POOL_MAX: '8',
  RATE_LIMIT_PER_KEY: '100000000',
  RATE_LIMIT_PER_IP: '100000000',
};
process.stderr.write(
  'starting the platform, the platform without its profile cache, and the floor…\n',
);
const platform = await start('../src/main.js', platformEnv);
const uncached = await start('../src/main.js', { ...platformEnv, PROFILE_CACHE_MB: '0' });
const floor = await start('./floor-server.js', { DATABASE_URL: databaseUrl });

const regulator = (
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
    {
      input: {
        role: 'REGULATOR',
        organizationName: '北京市发展和改革委员会',
        organizationCode: composeCreditCode('11', '110000', '00001111'),
        label: 'bench',
      },
    },
  )
).createApiKey.secret as string;

let turn = 0;
const nextCode = () => busy[turn++ % busy.length]!;
// The public looks up popular companies more than others: 100 of them in turn, the profile
// cache's case; and all of `busy` in turn, where the cache mostly misses.
const HOT = Math.min(100, busy.length);
let hotTurn = 0;
const hotBody = () =>
  JSON.stringify({ query: PROFILE_QUERY, variables: { code: busy[hotTurn++ % HOT]! } });
const profileBody = () => JSON.stringify({ query: PROFILE_QUERY, variables: { code: nextCode() } });
const searches = [
  ...names.map(n => [...n].slice(2, 4).join('')),
  ...names.map(n => [...n].slice(2, 6).join('')),
  '9111',
  '91110108',
  '科技',
  '餐饮',
  '建设',
];
const SEARCH = `query Search($q: String!) { searchSubjects(query: $q, first: 10) { totalCount edges { node { code name category regionName } } } }`;
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
const submitBody = () => {
  batch += 1;
  const records = Array.from({ length: 500 }, (_, i) => ({
    counterpartName: '北京市测试压测有限公司',
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: composeCreditCode('91', '110108', benchBody(batch * 500 + i)),
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
const results: [string, { saturation: Figures; fixed: Figures }, Scenario][] = [];
const scenario = async (s: Scenario) => {
  results.push([s.name, await measure(s), s]);
};
const profileRate = Number(values['profile-rate']);
const A_CACHED = `a. public profile, ${HOT} subjects in turn, platform`;
const A_UNCACHED = `a. public profile, ${HOT} subjects in turn, platform without the profile cache`;
const A_FLOOR = `a. public profile, ${HOT} subjects in turn, floor (one SQL statement)`;
await scenario({ name: A_CACHED, url: platform.url, body: hotBody, rate: profileRate });
await scenario({ name: A_UNCACHED, url: uncached.url, body: hotBody, rate: profileRate });
await scenario({ name: A_FLOOR, url: floor.url, body: hotBody, rate: profileRate });
await scenario({
  name: `a. public profile, ${busy.length} subjects in turn, platform`,
  url: platform.url,
  body: profileBody,
  rate: profileRate,
});
await scenario({
  name: `a. public profile, ${busy.length} subjects in turn, floor (one SQL statement)`,
  url: floor.url,
  body: profileBody,
  rate: profileRate,
});
let searchTurn = 0;
await scenario({
  name: 'b. name search',
  url: platform.url,
  body: () =>
    JSON.stringify({ query: SEARCH, variables: { q: searches[searchTurn++ % searches.length] } }),
  rate: 200,
});
await scenario({
  name: 'c. regulator profile (access log written)',
  url: platform.url,
  headers: auth(regulator),
  body: () => JSON.stringify({ query: REGULATOR_PROFILE, variables: { code: nextCode() } }),
  rate: 200,
});
await scenario({
  name: 'd. submission, batches of 500 penalties',
  url: platform.url,
  headers: auth(admin),
  body: submitBody,
  rate: 2,
  connections: 2,
  rows: 500,
  check: data => data.submitPenaltyRecords.accepted === 500,
});
await scenario({
  name: 'e. overdue list (first 20, totalCount)',
  url: platform.url,
  headers: auth(regulator),
  body: () => JSON.stringify({ query: OVERDUE }),
  rate: 20,
});
await scenario({
  name: 'e. disclosure stats, 12 months',
  url: platform.url,
  headers: auth(regulator),
  body: () =>
    JSON.stringify({ query: STATS, variables: { from: addDays(today, -365), to: today } }),
  rate: 5,
});
// autocannon drops its sockets at the deadline: let the requests it abandoned finish first.
await new Promise(resolve => setTimeout(resolve, 3000));
await platform.stop();
await uncached.stop();
await floor.stop();

const rps = (name: string) => results.find(([n]) => n === name)![1].saturation.rps;
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  `Data: ${size!.subjects.toLocaleString('en')} subjects, ${size!.licensing.toLocaleString('en')} licensing and ${size!.penalty.toLocaleString('en')} penalty records; profiles over ${busy.length} subjects with 20+ public records of each kind.`,
  `Command: \`npm run bench -- --seconds ${SECONDS} --connections ${CONNECTIONS}\`; saturation with ${CONNECTIONS} connections (submission: 2), latency at the fixed rate shown.`,
  '',
  '| scenario | requests/s at saturation | fixed rate | p50 | p99 | errors |',
  '|---|---|---|---|---|---|',
  ...results.map(
    ([name, { saturation, fixed }, s]) =>
      `| ${name} | ${saturation.rps.toFixed(0)}${s.rows ? ` (${(saturation.rps * s.rows).toFixed(0)} rows/s)` : ''} | ${s.rate}/s (got ${fixed.rps.toFixed(0)}) | ${fixed.p50} ms | ${fixed.p99} ms | ${saturation.errors + fixed.errors} |`,
  ),
  '',
  `platform / floor (${HOT} subjects in turn): ${(rps(A_CACHED) / rps(A_FLOOR)).toFixed(3)} with the profile cache, ${(rps(A_UNCACHED) / rps(A_FLOOR)).toFixed(3)} without it.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exit(0);
