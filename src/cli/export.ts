import 'reflect-metadata';

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

import { SingleBar } from 'cli-progress';
import { GraphQLError } from 'graphql';

import { Role } from '../auth/viewer.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { authenticate } from '../modules/api-keys/index.js';
import {
  ExportFormat,
  exportFileName,
  exportRecords,
  loadBatchFile,
  readManifest,
} from '../modules/export/index.js';
import { RecordKind, recordGlobalId } from '../modules/records/index.js';
import { systemClock } from '../shared/dates.js';
import { ForbiddenError } from '../shared/errors.js';
import { say } from '../shared/messages.js';

const usage = `usage: npm run export -- --kind PENALTY|LICENSING --from YYYY-MM-DD --to YYYY-MM-DD --key <admin key>
         [--format xlsx|csv] [--out <file>]

Issues (or, for a period issued before, fetches) the batch of records due for upload to the
national platform (信用中国): the published, public records of the kind, neither revoked,
withdrawn nor repaired, published on a day of [from, to] (China Standard Time, a period that has
ended), in the national V2 layout. The same service as the exportRecords mutation: one batch per
kind and period, the same id, file and sha256 every time. Writes the file to --out (default
./exports/<batch id>.<xlsx|csv>) and its manifest beside it (<file>.manifest.json: the batch, and
each row's record id, version and content hash). Reads DATABASE_URL (or the embedded database,
which the running server must not hold open).
Exit code: 0 the file is written; 1 failure.`;

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string', default: 'xlsx' },
    out: { type: 'string' },
    key: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const kind = values.kind?.toUpperCase();
const format = values.format.toUpperCase();
if (
  values.help ||
  kind === undefined ||
  !(kind in RecordKind) ||
  values.from === undefined ||
  values.to === undefined ||
  values.key === undefined
) {
  process.stderr.write(`${usage}\n`);
  process.exit(values.help ? 0 : 1);
}
if (!(format in ExportFormat)) {
  process.stderr.write('--format must be xlsx or csv.\n');
  process.exit(1);
}

const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: 2,
  statementTimeoutMs: 600_000,
});
const bar = new SingleBar({
  format: 'export |{bar}| {percentage}% | {value}/{total} records | {eta_formatted} left',
  noTTYOutput: true,
  notTTYSchedule: 2000,
  etaBuffer: 5000,
  stream: process.stderr,
});
let started = false;
try {
  const viewer = await authenticate(database.primary, values.key);
  if (viewer.role !== Role.ADMIN) {
    throw new ForbiddenError(say('EXPORT_NEEDS_ADMIN', { role: viewer.role }));
  }
  const begun = Date.now();
  const { batch, created } = await exportRecords(
    database.primary,
    viewer,
    systemClock,
    {
      kind: kind as RecordKind,
      from: values.from,
      to: values.to,
      format: format as ExportFormat,
    },
    {
      onStart: total => {
        started = total > 0;
        if (started) {
          bar.start(total, 0);
        }
      },
      onProgress: done => {
        if (started) {
          bar.update(done);
        }
      },
    },
  );
  if (started) {
    bar.stop();
    started = false;
  }
  const file = await loadBatchFile(database.primary, batch.id);
  if (file === undefined) {
    throw new Error(`The batch ${batch.id} has no file.`);
  }
  const written = createHash('sha256').update(file.content).digest('hex');
  if (written !== batch.sha256) {
    throw new Error(`The file of batch ${batch.id} does not match its sha256.`);
  }
  const out = values.out ?? join('exports', exportFileName(batch));
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, file.content);
  const manifest = await readManifest(database.primary, batch.id);
  const manifestPath = `${out}.manifest.json`;
  await writeFile(
    manifestPath,
    `${JSON.stringify(
      {
        batchId: batch.id,
        kind: batch.kind,
        from: batch.periodFrom,
        to: batch.periodTo,
        format: batch.format,
        layout: batch.layout,
        rowCount: batch.rowCount,
        byteSize: batch.byteSize,
        sha256: batch.sha256,
        createdAt: batch.createdAt.toISOString(),
        records: manifest.map(entry => ({
          row: entry.rowNumber,
          recordId: recordGlobalId(batch.kind as RecordKind, entry.recordId),
          recordVersion: entry.recordVersion,
          contentHash: entry.contentHash,
        })),
      },
      null,
      2,
    )}\n`,
  );
  const lines = [
    `batch:    ${batch.id} (${created ? 'issued now' : `issued before, at ${batch.createdAt.toISOString()}`})`,
    `kind:     ${batch.kind}, published ${batch.periodFrom} … ${batch.periodTo} (China Standard Time)`,
    `records:  ${batch.rowCount}`,
    `file:     ${out} (${batch.format}, national ${batch.layout} layout, ${batch.byteSize} bytes)`,
    `sha256:   ${batch.sha256}`,
    `manifest: ${manifestPath}`,
    `time:     ${((Date.now() - begun) / 1000).toFixed(1)} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  if (started) {
    bar.stop();
  }
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  process.stderr.write(
    error instanceof GraphQLError
      ? `${error.message} (${String(code)}${error.extensions['field'] === undefined ? '' : `, ${String(error.extensions['field'])}`})\n`
      : `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await database.close();
}
