/**
 * `npm run bench:search`: name search on the city of DATABASE_URL, computed (profile cache off,
 * the planner on): "康泰" and "有限" alone, 2-character queries taken from random names of the
 * city, 4-character ones, and code prefixes, each at a fixed 200 requests/s for `--seconds`,
 * with p50 and p99 latencies and the share of estimated totals.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { benchDatabase } from './support.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '200' },
  },
});
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);

const { database: probe, url: databaseUrl } = await benchDatabase('bench:search');
// Random subjects' names, read from a random sample of the table's pages.
const names = (
  await probe.query<{ name: string }>(
    `select name from subjects tablesample system (1) repeatable (7) order by code limit 400`,
  )
).map(r => [...r.name]);
await probe.close();
const pick = (n: readonly string[], length: number, seed: number) => {
  const at = seed % Math.max(1, n.length - length + 1);
  return n.slice(at, at + length).join('');
};
const pairs = names.map((n, i) => pick(n, 2, i * 7 + 3));
const quads = names.map((n, i) => pick(n, 4, i * 5 + 1));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise(resolve => server.close(resolve));
  return port;
}

const port = await freePort();
const child = spawn(process.execPath, [fileURLToPath(new URL('../src/main.js', import.meta.url))], {
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    WORKERS: '0',
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    BOOTSTRAP_ADMIN_KEY: randomBytes(24).toString('hex'),
    DB_POOL_MAX: '8',
    PROFILE_CACHE_MB: '0',
    RATE_LIMIT_PER_KEY: '100000000',
    RATE_LIMIT_PER_IP: '100000000',
    PORT: String(port),
    HOST: '127.0.0.1',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 600; i += 1) {
  if (
    await fetch(`${base}/healthz`).then(
      r => r.ok,
      () => false,
    )
  ) {
    break;
  }
  await new Promise(resolve => setTimeout(resolve, 200));
}

const SEARCH = `query Search($q: String!) { searchSubjects(query: $q, first: 10) { totalCount totalCountExact edges { highlights { start length } node { code name category regionName } } } }`;

async function run(label: string, queries: readonly string[]): Promise<void> {
  let turn = 0;
  const body = () =>
    JSON.stringify({ query: SEARCH, variables: { q: queries[turn++ % queries.length] } });
  // One answer first: a search that fails measures nothing.
  const first = (await (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { q: queries[0] } }),
    })
  ).json()) as {
    errors?: unknown;
    data?: { searchSubjects: { totalCount: number; totalCountExact: boolean } };
  };
  if (first.errors !== undefined) {
    throw new Error(`${label}: ${JSON.stringify(first.errors)}`);
  }
  const options = (seconds: number) => ({
    url: `${base}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    connections: 16,
    duration: seconds,
    overallRate: RATE,
    requests: [{ setupRequest: (request: object) => ({ ...request, body: body() }) }],
  });
  await autocannon(options(2));
  const result = await autocannon(options(SECONDS));
  const errors = result.non2xx + result.errors + result.timeouts;
  const total = first.data!.searchSubjects;
  process.stdout.write(
    `| ${label} | ${queries.length} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${errors} | ${queries.length === 1 ? `${total.totalCount}${total.totalCountExact ? '' : ' (estimate)'}` : ''} |\n`,
  );
}

process.stdout.write(
  `\nname search at ${RATE} requests/s for ${SECONDS} s, profile cache off\n\n| queries | distinct | req/s | p50 ms | p99 ms | errors | total |\n|---|---|---|---|---|---|---|\n`,
);
await run('"康泰"', ['康泰']);
await run('"有限"', ['有限']);
await run('2 characters of random names', pairs);
await run('4 characters of random names', quads);
await run('code prefixes (4–8 characters)', ['9111', '91110108', '9131', '91310115M']);
child.kill('SIGTERM');
await new Promise(resolve => child.once('exit', resolve));
