import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { SingleBar } from 'cli-progress';
import { sql } from 'drizzle-orm';

import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { executeRows } from '../db/execute.js';
import { recomputeAll, subjectEvaluations } from '../modules/evaluation/index.js';
import { systemClock } from '../shared/dates.js';

const usage = `usage: npm run evaluate -- [--batch <subjects per statement, default 5000>]

Recomputes the public credit evaluation of every subject under the model in force, in bulk SQL
batches in code order (the worker's own recomputation, which a server also runs by itself after
publishEvaluationModel), with a progress bar; prints the subjects per second and the class
distribution. Only results that changed are written, each with a history row when its class,
score or model changed. Reads DATABASE_URL (or the embedded database, which the running server
must not hold open).
Exit code: 0 done; 1 failure.`;

const { values } = parseArgs({
  options: {
    batch: { type: 'string', default: '5000' },
    help: { type: 'boolean', default: false },
  },
});
const batch = Number(values.batch);
if (values.help || !Number.isInteger(batch) || batch < 1 || batch > 100_000) {
  process.stderr.write(`${usage}\n`);
  process.exit(values.help ? 0 : 1);
}

const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: 2,
  statementTimeoutMs: 600_000,
});
const bar = new SingleBar({
  format: 'evaluate |{bar}| {percentage}% | {value}/{total} subjects | {eta_formatted} left',
  noTTYOutput: true,
  notTTYSchedule: 2000,
  etaBuffer: 20,
  stream: process.stderr,
});
try {
  const begun = Date.now();
  let started = false;
  const done = await recomputeAll(
    database.primary,
    systemClock,
    (value, total) => {
      if (!started) {
        bar.start(total, value);
        started = true;
      } else {
        bar.update(value);
      }
    },
    batch,
  );
  bar.stop();
  const seconds = (Date.now() - begun) / 1000;
  const classes = await executeRows<{ grade: string; n: number }>(
    database.primary,
    sql`select ${subjectEvaluations.grade}::text as grade, count(*)::int as n from ${subjectEvaluations} group by 1 order by 1`,
  );
  process.stdout.write(
    `${done} subjects evaluated in ${seconds.toFixed(1)} s (${Math.round(done / Math.max(seconds, 0.001))}/s); classes ${classes
      .map(row => `${row.grade} ${row.n}`)
      .join(', ')}\n`,
  );
} catch (error) {
  bar.stop();
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
