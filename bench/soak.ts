/**
 * `npm run soak`: the platform started as in production (`node dist/src/main.js` with
 * NODE_ENV=production: the cluster primary and its worker, the worker's heap limit), on the
 * PostgreSQL server of DATABASE_URL (the demo data loaded into it when it is empty) or else on
 * the embedded database in a temporary folder, fed with unique documents built to fill every
 * per-document cache:
 *
 *   - a unique document padded with whitespace and comments to ~100 KB (refused: 413);
 *   - a unique valid profile query padded with comments to just under the document limit
 *     (parsed, validated, planned, answered and cached);
 *   - a unique small valid profile query whose alias changes the planned statement's text
 *     (a new plan, a new statement);
 *   - every tenth request with a random bearer key (refused: 401, remembered as invalid);
 *
 * each request from its own X-Forwarded-For address (TRUST_PROXY=loopback), so the rate-limit
 * buckets fill too. It samples the RSS of the primary and its workers every 200 ms and ends
 * with a report: requests by status, peak RSS, the caches' sizes from /healthz, whether the
 * worker stayed the same process (no restart) and answers. Exit code 1 when the process did
 * not stay alive or the peak RSS reached 512 MB.
 */
import 'reflect-metadata';

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '30000' },
    concurrency: { type: 'string', default: '8' },
    'limit-mb': { type: 'string', default: '512' },
  },
});
const DOCUMENTS = Number(values.documents);
const CONCURRENCY = Number(values.concurrency);
const LIMIT_MB = Number(values['limit-mb']);
const config = loadConfig();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/**
 * Resident set size of a process in bytes (or only its private, anonymous part), or null once
 * it is gone.
 */
function rssOf(pid: number, field: 'VmRSS' | 'RssAnon' = 'VmRSS'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(s => s !== '')
      .map(Number);
  } catch {
    return [];
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const port = await freePort();
const dataDir = config.databaseUrl === undefined ? mkdtempSync(join(tmpdir(), 'soak-')) : null;
const child = spawn(process.execPath, [fileURLToPath(new URL('../src/main.js', import.meta.url))], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    TRUST_PROXY: 'loopback',
    ...(dataDir === null ? {} : { DATA_DIR: dataDir }),
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const primary = child.pid!;
let ready = false;
for (let i = 0; i < 1500 && !ready; i += 1) {
  if (child.exitCode !== null) {
    throw new Error(`the platform exited with ${child.exitCode}`);
  }
  ready = await fetch(`${base}/healthz`)
    .then(r => r.ok)
    .catch(() => false);
  if (!ready) {
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}
if (!ready) {
  throw new Error('the platform did not start');
}

const workersAtStart = childrenOf(primary);
const workersSeen = new Set(workersAtStart);
let peakWorker = 0;
let peakTotal = 0;
const sample = () => {
  const workers = childrenOf(primary);
  workers.forEach(pid => workersSeen.add(pid));
  const rss = workers.map(pid => rssOf(pid)).filter((n): n is number => n !== null);
  peakWorker = Math.max(peakWorker, ...rss);
  peakTotal = Math.max(peakTotal, (rssOf(primary) ?? 0) + rss.reduce((a, b) => a + b, 0));
};
sample();
const startRss = peakWorker;
const sampler = setInterval(sample, 200);

/**
 * The private memory (RssAnon: not the shared buffers every backend maps) of the backends of the
 * platform's connections, when the server runs on this machine.
 */
async function backendsRss(): Promise<number | null> {
  if (config.databaseUrl === undefined) {
    return null;
  }
  const database = await openDatabase({ url: config.databaseUrl, dataDir: '', poolMax: 1 });
  try {
    const rows = await database.query<{ pid: number }>(
      `select pid from pg_stat_activity where application_name = 'credit-platform-primary'`,
    );
    const sizes = rows.map(row => rssOf(row.pid, 'RssAnon'));
    return sizes.some(size => size === null)
      ? null
      : sizes.reduce<number>((a, b) => a + (b ?? 0), 0);
  } finally {
    await database.close();
  }
}

const search = (await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: '{ searchSubjects(query: "有限公司", first: 50) { edges { node { code } } } }',
  }),
}).then(r => r.json())) as { data: { searchSubjects: { edges: { node: { code: string } }[] } } };
const codes = search.data.searchSubjects.edges.map(edge => edge.node.code);
if (codes.length === 0) {
  throw new Error('no subjects to query');
}
const backendsBefore = await backendsRss();

const maxQueryBytes = config.requestLimits.maxQueryBytes;
const comment = `# ${'x'.repeat(78)}\n`;
const pad = (head: string, bytes: number) =>
  head + comment.repeat(Math.max(0, Math.floor((bytes - head.length) / comment.length)));

const statuses: Record<string, number> = {};
let sent = 0;
const post = async (i: number, query: string, key?: string) => {
  const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(key === undefined ? {} : { authorization: `Bearer cpk_${key}` }),
    },
    body: JSON.stringify({ query }),
  }).catch(() => null);
  sent += 1;
  const status = response === null ? 'no answer' : String(response.status);
  await response?.arrayBuffer();
  statuses[status] = (statuses[status] ?? 0) + 1;
};

const started = performance.now();
let next = 0;
const worker = async () => {
  for (let i = next++; i < DOCUMENTS; i = next++) {
    const code = codes[i % codes.length]!;
    const unique = `${i}-${randomBytes(6).toString('hex')}`;
    await post(i, pad(`{ me { role } }\n# ${unique}\n${' '.repeat(2000)}\n`, 100_000));
    await post(
      i,
      pad(
        `{ subject(code: "${code}") { code name penaltyRecords(first: 5) { totalCount } } }\n# ${unique}\n`,
        maxQueryBytes - 200,
      ),
    );
    await post(
      i,
      `{ subject(code: "${code}") { code s${i}: name licensingRecords(first: 3) { totalCount } } }`,
      i % 10 === 0 ? randomBytes(24).toString('base64url') : undefined,
    );
    if (i % 1000 === 0) {
      process.stderr.write(
        `${i} documents, ${sent} requests, worker RSS peak ${mb(peakWorker)} (${Math.round((performance.now() - started) / 1000)} s)\n`,
      );
    }
  }
};
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const seconds = (performance.now() - started) / 1000;
sample();
clearInterval(sampler);

const health = await fetch(`${base}/healthz`)
  .then(async r => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }))
  .catch(() => null);
const backendsAfter = await backendsRss();
const workersAtEnd = childrenOf(primary);
const restarted = workersSeen.size > workersAtStart.length;
const alive =
  child.exitCode === null && health?.status === 200 && !restarted && workersAtEnd.length > 0;
const endRss = workersAtEnd.map(pid => rssOf(pid)).reduce<number>((a, b) => a + (b ?? 0), 0);

child.kill('SIGTERM');
await new Promise(resolve => child.once('exit', resolve));
if (dataDir !== null) {
  rmSync(dataDir, { recursive: true, force: true });
}

const report = [
  `| figure | value |`,
  `|---|---|`,
  `| documents | ${DOCUMENTS} × (one ~100 KB padded, one ${Math.round(maxQueryBytes / 1024)} KB padded valid, one small unique valid) = ${sent} requests, ${CONCURRENCY} at a time, in ${seconds.toFixed(0)} s |`,
  `| answers | ${Object.entries(statuses)
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ')} |`,
  `| database | ${config.databaseUrl === undefined ? 'embedded (PGlite, in the worker)' : 'PostgreSQL server'} |`,
  `| worker RSS | ${mb(startRss)} after start, peak ${mb(peakWorker)}, ${mb(endRss)} at the end |`,
  `| primary + workers RSS, peak | ${mb(peakTotal)} |`,
  `| caches at the end | documents ${JSON.stringify(health?.body['documents'] ?? null)}; planner ${JSON.stringify(health?.body['planner'] ?? null)} |`,
  ...(backendsBefore === null || backendsAfter === null
    ? []
    : [
        `| PostgreSQL backends of the pool, private memory (RssAnon) | ${mb(backendsBefore)} before, ${mb(backendsAfter)} after |`,
      ]),
  `| worker restarted | ${restarted ? 'yes' : 'no'} |`,
  `| alive at the end | ${alive ? 'yes' : 'no'} |`,
];
process.stdout.write(`${report.join('\n')}\n`);
const passed = alive && peakTotal < LIMIT_MB * 1024 * 1024;
process.stdout.write(
  passed
    ? `\nPASS: alive, peak RSS ${mb(peakTotal)} < ${LIMIT_MB} MB\n`
    : `\nFAIL: ${alive ? '' : 'not alive; '}peak RSS ${mb(peakTotal)} (limit ${LIMIT_MB} MB)\n`,
);
process.exit(passed ? 0 : 1);
