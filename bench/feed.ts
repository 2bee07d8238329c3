import 'reflect-metadata';

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { SingleBar } from 'cli-progress';
import { sql } from 'drizzle-orm';

import { Role } from '../src/auth/viewer.js';
import { executeRows } from '../src/db/execute.js';
import { createApiKey } from '../src/modules/api-keys/index.js';
import { ChangeKind, changeOutbox, recordChanges } from '../src/modules/change-outbox/index.js';
import { composeCreditCode } from '../src/modules/credit-code/index.js';
import { systemClock } from '../src/shared/dates.js';
import { benchDatabase } from './support.js';

/**
 * The change feed at scale (issue: delivery lag from commit to feed): `--institutions`
 * institutions each monitor `--codes` codes of the city loaded by `npm run seed:city` (windows
 * of one random order of the subjects, so every subject is watched by institutions × codes /
 * subjects of them), each follows its feed with `GET /changes?follow=1` on a server process of
 * its own, and a writer commits `--rate` changes a second, one change a transaction, through the
 * outbox's own write (`recordChanges`), for `--seconds`. Every line a follower reads is matched to
 * the change's commit: the lag is the time from the writer's commit returning to the line
 * reaching the follower. At the end, every (institution, change) expected must have arrived once:
 * a missing or repeated line fails the run. The lists are kept between runs (same sizes, same
 * institutions); the keys are new each run.
 */
const { values } = parseArgs({
  options: {
    institutions: { type: 'string', default: '100' },
    codes: { type: 'string', default: '100000' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    'poll-ms': { type: 'string', default: '100' },
  },
});
const INSTITUTIONS = Number(values.institutions);
const CODES = Number(values.codes);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const WARMUP = Number(values.warmup);
const POLL_MS = Number(values['poll-ms']);

const { database, url } = await benchDatabase('bench:feed');
const db = database.db;
const log = (line: string) => process.stderr.write(`${line}\n`);

// One random order of the city's subjects, kept for the runs that follow.
await db.execute(sql`create table if not exists bench_feed_subjects (
  rn int primary key, code text not null)`);
const [{ n: ordered } = { n: 0 }] = await executeRows<{ n: number }>(
  db,
  sql`select count(*)::int as n from bench_feed_subjects`,
);
if (ordered === 0) {
  log('bench:feed: ordering the subjects');
  await db.execute(sql`insert into bench_feed_subjects
    select (row_number() over (order by md5(code || 'feed')) - 1)::int, code from subjects`);
}
const subjects = (
  await executeRows<{ code: string }>(db, sql`select code from bench_feed_subjects order by rn`)
).map(row => row.code);
const S = subjects.length;
if (CODES > S) {
  throw new Error(`--codes ${CODES} exceeds the ${S} subjects of the city`);
}
/** Institution i monitors the subjects at rn in [start(i), start(i) + CODES), wrapping. */
const start = (i: number) => Math.floor((i * S) / INSTITUTIONS);
const watchers = (rn: number) => {
  const out: number[] = [];
  for (let i = 0; i < INSTITUTIONS; i += 1) {
    if ((((rn - start(i)) % S) + S) % S < CODES) {
      out.push(i);
    }
  }
  return out;
};
/** The institutions' organisation codes: valid codes (body 9xxxxxxx) the city does not hold. */
const institutionCode = (i: number) =>
  composeCreditCode('91', '110000', `9${String(i).padStart(7, '0')}`);
const institutionCodes = Array.from({ length: INSTITUTIONS }, (_, i) => institutionCode(i));
const ofBench = sql`institution_code = any(${sql.param(institutionCodes)}::text[])`;

const lists = await executeRows<{ code: string; n: number }>(
  db,
  sql`select institution_code as code, count(*)::int as n from monitored_subjects
       where ${ofBench} group by 1`,
);
const ready = lists.length === INSTITUTIONS && lists.every(row => row.n === CODES);
let listMs = 0;
if (!ready) {
  await db.execute(sql`delete from monitored_subjects where ${ofBench}`);
  const bar = new SingleBar({
    format: 'monitoring lists |{bar}| {value}/{total} institutions | {eta}s left',
  });
  const began = performance.now();
  bar.start(INSTITUTIONS, 0);
  for (let i = 0; i < INSTITUTIONS; i += 1) {
    const from = start(i);
    const to = from + CODES;
    await db.execute(sql`insert into monitored_subjects
        (institution_code, subject_code, purpose, monitored_at)
      select ${institutionCode(i)}, code, '贷后管理', ${systemClock.now().toISOString()}::timestamptz
        from bench_feed_subjects
       where (rn >= ${from} and rn < ${Math.min(to, S)}) or rn < ${Math.max(0, to - S)}`);
    bar.increment();
  }
  bar.stop();
  listMs = performance.now() - began;
  await db.execute(sql`analyze monitored_subjects`);
}
// The changes of earlier runs are the benchmark's own: gone, so no follower reads them as backlog.
await db.execute(sql`delete from ${changeOutbox} where record_id like 'bench:%'`);
const [{ n: monitored } = { n: 0 }] = await executeRows<{ n: number }>(
  db,
  sql`select count(*)::int as n from monitored_subjects where ${ofBench}`,
);

const admin = {
  role: Role.ADMIN,
  keyId: null,
  organizationName: '市信用办',
  organizationCode: null,
};
const keys: string[] = [];
for (let i = 0; i < INSTITUTIONS; i += 1) {
  const { secret } = await createApiKey(db, admin, systemClock, {
    role: Role.INSTITUTION,
    organizationName: `基准测试机构 ${i + 1}`,
    organizationCode: institutionCode(i),
    label: 'bench:feed',
  });
  keys.push(secret);
}

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
    DATABASE_URL: url,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    WORKERS: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_KEY: '100000000',
    RATE_LIMIT_PER_IP: '100000000',
    CHANGES_POLL_MS: String(POLL_MS),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i += 1) {
  if (child.exitCode !== null || i > 600) {
    throw new Error(`the server exited with ${child.exitCode}`);
  }
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

/** Processor seconds (user + system) the server process has used so far (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
function rssMiB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}

// What was committed: change number -> when its commit returned, and who must receive it.
const committedAt: number[] = [];
const expected: number[][] = [];
// What arrived: per change, per institution, when (the first time) and how often.
const arrivedAt = new Map<number, Map<number, number>>();
let duplicates = 0;
let foreign = 0;
let received = 0;

const controllers: AbortController[] = [];
async function follow(i: number): Promise<void> {
  const controller = new AbortController();
  controllers.push(controller);
  const response = await fetch(`${base}/changes?follow=1`, {
    headers: { authorization: `Bearer ${keys[i]}` },
    signal: controller.signal,
  });
  if (!response.ok || response.body === null) {
    throw new Error(`institution ${i}: GET /changes answered ${response.status}`);
  }
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for await (const chunk of response.body) {
      const now = performance.now();
      buffered += decoder.decode(chunk as Uint8Array, { stream: true });
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = JSON.parse(buffered.slice(0, newline)) as { recordId: string | null };
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        const seq = Number(/^bench:(\d+)$/.exec(line.recordId ?? '')?.[1] ?? NaN);
        if (Number.isNaN(seq)) {
          continue; // a change of another writer (the publicity sweep, a live submission)
        }
        received += 1;
        let seen = arrivedAt.get(seq);
        if (seen === undefined) {
          seen = new Map();
          arrivedAt.set(seq, seen);
        }
        if (seen.has(i)) {
          duplicates += 1;
        } else {
          seen.set(i, now);
        }
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  }
}
const following = Array.from({ length: INSTITUTIONS }, (_, i) => follow(i));
// Let every stream open and read its (empty) backlog before the first change.
await new Promise(resolve => setTimeout(resolve, 2000));

log(`bench:feed: ${RATE} changes/s for ${SECONDS} s to ${INSTITUTIONS} followers`);
const cpuBefore = cpuSeconds(child.pid!);
const rss: number[] = [];
const sampling = setInterval(() => rss.push(rssMiB(child.pid!)), 1000);
const began = performance.now();
let seq = 0;
const writes: Promise<void>[] = [];
const writeOne = async (n: number) => {
  const rn = Math.floor(Math.random() * S);
  expected[n] = watchers(rn);
  await db.transaction(tx =>
    recordChanges(tx, [
      {
        subjectCode: subjects[rn]!,
        kind: ChangeKind.RECORD_CORRECTED,
        recordId: `bench:${n}`,
        occurredAt: systemClock.now(),
      },
    ]),
  );
  committedAt[n] = performance.now();
};
while (performance.now() - began < SECONDS * 1000) {
  const due = Math.floor(((performance.now() - began) / 1000) * RATE);
  while (seq < due) {
    writes.push(writeOne(seq));
    seq += 1;
  }
  await new Promise(resolve => setTimeout(resolve, 5));
}
await Promise.all(writes);
const writtenIn = (performance.now() - began) / 1000;
const owed = () => expected.reduce((n, who) => n + who.length, 0);
for (let waited = 0; waited < 15_000 && received - duplicates < owed(); waited += 100) {
  await new Promise(resolve => setTimeout(resolve, 100));
}
const cpu = cpuSeconds(child.pid!) - cpuBefore;
const elapsed = (performance.now() - began) / 1000;
clearInterval(sampling);
for (const controller of controllers) {
  controller.abort();
}
await Promise.allSettled(following);
child.kill('SIGTERM');

const lags: number[] = [];
let missing = 0;
for (let n = 0; n < seq; n += 1) {
  const seen = arrivedAt.get(n) ?? new Map<number, number>();
  for (const i of expected[n]!) {
    const at = seen.get(i);
    if (at === undefined) {
      missing += 1;
    } else if (committedAt[n]! - began >= WARMUP * 1000) {
      lags.push(Math.max(0, at - committedAt[n]!));
    }
  }
  for (const i of seen.keys()) {
    if (!expected[n]!.includes(i)) {
      foreign += 1;
    }
  }
}
lags.sort((a, b) => a - b);
const pct = (p: number) => lags[Math.min(lags.length - 1, Math.floor((p / 100) * lags.length))]!;
const ms = (x: number) => `${Math.round(x)} ms`;
const lines = [
  `### bench:feed, ${new Date().toISOString().slice(0, 10)}`,
  '',
  `\`DATABASE_URL=… npm run bench:feed -- --institutions ${INSTITUTIONS} --codes ${CODES} --rate ${RATE} --seconds ${SECONDS} --poll-ms ${POLL_MS}\`, on ${S.toLocaleString('en')} subjects`,
  '',
  '| measure | value |',
  '|---|---|',
  `| monitored codes | ${monitored.toLocaleString('en')} (${INSTITUTIONS} institutions × ${CODES.toLocaleString('en')}; each subject watched by ${((INSTITUTIONS * CODES) / S).toLocaleString('en', { maximumFractionDigits: 1 })})${listMs > 0 ? `, written in ${(listMs / 1000).toFixed(0)} s` : ''} |`,
  `| changes committed | ${seq.toLocaleString('en')} in ${writtenIn.toFixed(1)} s (${Math.round(seq / writtenIn)}/s), one a transaction |`,
  `| lines owed / received / missing / repeated / not owed | ${owed().toLocaleString('en')} / ${(received - duplicates).toLocaleString('en')} / ${missing} / ${duplicates} / ${foreign} |`,
  `| lag commit → follower, after ${WARMUP} s warm-up: p50 / p90 / p99 / max | ${ms(pct(50))} / ${ms(pct(90))} / ${ms(pct(99))} / ${ms(lags.at(-1)!)} |`,
  `| server processor time | ${Math.round((cpu / elapsed) * 100)}% of one core |`,
  `| server RSS under load (median / max) | ${Math.round([...rss].sort((a, b) => a - b)[Math.floor(rss.length / 2)] ?? 0)} / ${Math.round(Math.max(...rss))} MiB |`,
  '',
];
process.stdout.write(lines.join('\n'));
await database.close();
process.exit(missing === 0 && duplicates === 0 && foreign === 0 ? 0 : 1);
