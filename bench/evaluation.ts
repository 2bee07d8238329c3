import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { sql } from 'drizzle-orm';

import { Role } from '../src/auth/viewer.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { executeRows } from '../src/db/execute.js';
import {
  DEFAULT_MODEL,
  publishModel,
  recomputeAll,
  runEvaluationPass,
} from '../src/modules/evaluation/index.js';
import { systemClock } from '../src/shared/dates.js';

/**
 * Times the public credit evaluation against the PostgreSQL server of DATABASE_URL (a city
 * loaded by `npm run seed:city`; it writes to it): a full recomputation of every subject under a
 * newly published model version (every result written, with its history row), the same again
 * when nothing changed (nothing written), and `--rounds` incremental passes, each after
 * `--changes` changes of random subjects committed to the outbox (the median pass).
 */
const { values } = parseArgs({
  options: {
    batch: { type: 'string', default: '5000' },
    changes: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '5' },
  },
});
const batch = Number(values.batch);
const changes = Number(values.changes);
const rounds = Number(values.rounds);
const config = loadConfig();
if (config.databaseUrl === undefined) {
  process.stderr.write('bench:evaluation measures a PostgreSQL server: set DATABASE_URL.\n');
  process.exit(1);
}
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: 2,
  statementTimeoutMs: 600_000,
});
const db = database.primary;
const office = {
  role: Role.ADMIN,
  keyId: null,
  organizationName: '信用办（基准测试）',
  organizationCode: null,
};
const seconds = (from: number) => (performance.now() - from) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  // A version the city has not seen, lenient on general penalties: most classes move.
  const version = `bench-${Date.now()}`;
  await publishModel(db, office, systemClock, {
    ...DEFAULT_MODEL,
    version,
    indicators: DEFAULT_MODEL.indicators.map(weight =>
      weight.code === 'PENALTY_GENERAL' ? { ...weight, pointsEach: -4, maxPoints: 12 } : weight,
    ),
  });
  let last = 0;
  const progress = (done: number, total: number) => {
    if (done - last >= 100_000 || done === total) {
      last = done;
      process.stderr.write(`  ${done}/${total}\n`);
    }
  };
  let begun = performance.now();
  const rebuilt = await recomputeAll(db, systemClock, progress, batch);
  const cold = seconds(begun);
  process.stdout.write(
    `full recomputation under ${version}: ${rebuilt} subjects in ${cold.toFixed(1)} s (${Math.round(rebuilt / cold)}/s), batches of ${batch}\n`,
  );
  last = 0;
  begun = performance.now();
  const again = await recomputeAll(db, systemClock, progress, batch);
  const warm = seconds(begun);
  process.stdout.write(
    `the same, nothing changed: ${again} subjects in ${warm.toFixed(1)} s (${Math.round(again / warm)}/s)\n`,
  );

  const passes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await db.execute(sql`insert into change_outbox (subject_code, kind, record_id, occurred_at)
      select code, 'RECORD_CORRECTED', null, ${systemClock.now().toISOString()}::timestamptz
      from (select code from subjects tablesample bernoulli (${(changes / 10_000).toFixed(3)}) limit ${changes}) s`);
    begun = performance.now();
    const pass = await runEvaluationPass(db, systemClock, { changes: changes * 2 });
    passes.push(seconds(begun) * 1000);
    process.stderr.write(
      `  pass ${round + 1}: ${pass.changed} subjects, ${passes.at(-1)!.toFixed(0)} ms\n`,
    );
  }
  const [outbox] = await executeRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from change_outbox`,
  );
  process.stdout.write(
    `incremental pass of ~${changes} changed subjects: median ${median(passes).toFixed(0)} ms (${Math.round(changes / (median(passes) / 1000))} subjects/s), ${rounds} rounds; outbox ${outbox!.n} rows\n`,
  );
} finally {
  await database.close();
}
