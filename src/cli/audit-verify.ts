import 'reflect-metadata';

import { SingleBar } from 'cli-progress';

import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { verifyLogChains } from '../modules/audit/index.js';

/**
 * `npm run audit:verify`: recomputes the hash chains of the access log and the audit trail on
 * DATABASE_URL (or the embedded database), with a progress bar on stderr, and prints each chain's
 * rows and head, or its first broken row. Exits 1 when a chain is broken. Reading is all it
 * needs, so the API's login will do.
 */
const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: 1,
  statementTimeoutMs: 600_000,
});
const bar = new SingleBar({
  format: 'audit:verify |{bar}| {percentage}% | {value}/{total} rows of {log}',
  noTTYOutput: true,
  notTTYSchedule: 5000,
  stream: process.stderr,
});
let current: string | undefined;
let broken = 0;
try {
  const reports = await verifyLogChains(database.primary, (log, checked, total) => {
    if (log !== current) {
      if (current !== undefined) {
        bar.stop();
      }
      current = log;
      bar.start(total, 0, { log });
    }
    bar.update(checked, { log });
  });
  bar.stop();
  current = undefined;
  for (const report of reports) {
    if (report.broken === null) {
      process.stdout.write(
        `${report.log}: ${report.rows} rows chained; head ${report.head.seq} ${report.head.hash}\n`,
      );
    } else {
      broken += 1;
      const { chainSeq, id, reason } = report.broken;
      const where = [
        chainSeq === null ? undefined : `chain row ${chainSeq}`,
        id === null ? undefined : `id ${id}`,
      ]
        .filter(part => part !== undefined)
        .join(', ');
      process.stdout.write(`${report.log}: BROKEN at ${where || 'its end'}: ${reason}\n`);
    }
  }
} finally {
  if (current !== undefined) {
    bar.stop();
  }
  await database.close();
}
process.exitCode = broken === 0 ? 0 : 1;
