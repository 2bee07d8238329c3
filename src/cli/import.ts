import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { SingleBar } from 'cli-progress';

import { ImportError, importFile } from '../modules/import/index.js';
import { kindNamed } from '../modules/records/index.js';

const usage = `usage: npm run import -- <file.csv|file.xlsx> --kind penalty|licensing|<catalog item code> --key <provider key>
         [--url http://localhost:4000/graphql] [--batch 500] [--report <file>] [--warnings <file>]
         [--encoding auto|utf8|gbk] [--authority-code <credit code>]

Reads a department's file in the national 双公示 template, CSV (UTF-8, UTF-8 with BOM or GBK,
detected unless --encoding says) or XLSX (its first sheet), with V2 or V1 headers, by 中文名 or
by field code (XK_XDR_MC, CF_WSH …), detected per file and reported ("V1 代码表头, GBK"); YYYY/MM/DD
dates, penalty types joined with ；. Or a file of another declared kind (e.g. CREDIT_COMMITMENT,
its columns named by the kind's Chinese field names). V1 has no authority-code column: it comes
from --authority-code, else the key's own organisation code. A V1 fine has no amount column: the
row is stored with the amount unknown and an AMOUNT_UNKNOWN warning.
Submits the rows in batches and writes every rejected row with its line, column, code and a
message in Chinese to the report (default <file>.rejected.csv), and the warnings of stored rows
to <file>.warnings.csv.
Exit code: 0 every row stored or a duplicate; 2 some rows rejected (see the report); 1 failure.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    url: { type: 'string', default: 'http://localhost:4000/graphql' },
    key: { type: 'string' },
    batch: { type: 'string', default: '500' },
    report: { type: 'string' },
    warnings: { type: 'string' },
    encoding: { type: 'string', default: 'auto' },
    'authority-code': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const file = positionals[0];
const kind = values.kind;
const batchSize = Number(values.batch);
if (
  values.help ||
  file === undefined ||
  kind === undefined ||
  kindNamed(kind) === undefined ||
  values.key === undefined
) {
  process.stderr.write(`${usage}\n`);
  process.exit(values.help ? 0 : 1);
}
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
  process.stderr.write('--batch must be a whole number from 1 to 1000.\n');
  process.exit(1);
}
if (!['auto', 'utf8', 'gbk'].includes(values.encoding)) {
  process.stderr.write('--encoding must be auto, utf8 or gbk.\n');
  process.exit(1);
}

const bar = new SingleBar({
  format:
    'import |{bar}| {percentage}% | {value}/{total} rows | accepted {accepted} | rejected {rejected} | {eta_formatted} left',
  noTTYOutput: true,
  notTTYSchedule: 2000,
  etaBuffer: 5000,
});

try {
  const summary = await importFile({
    file,
    kind,
    url: values.url,
    key: values.key,
    batchSize,
    encoding: values.encoding as 'auto' | 'utf8' | 'gbk',
    ...(values.report === undefined ? {} : { reportPath: values.report }),
    ...(values.warnings === undefined ? {} : { warningsPath: values.warnings }),
    ...(values['authority-code'] === undefined ? {} : { authorityCode: values['authority-code'] }),
    onStart: total => bar.start(total, 0, { accepted: 0, rejected: 0 }),
    onProgress: (done, counts) => bar.update(done, counts),
  });
  bar.stop();
  const lines = [
    `file:          ${file} (${summary.detected})`,
    `rows:          ${summary.rows}`,
    `accepted:      ${summary.accepted} (of which corrections: ${summary.corrections})`,
    `duplicates:    ${summary.duplicates}`,
    `rejected rows: ${summary.rejectedRows} (unreadable lines: ${summary.malformedLines}) → ${summary.reportPath}`,
    `warnings:      ${summary.warnings} on ${summary.warnedRows} stored rows → ${summary.warningsPath}`,
    `time:          ${summary.seconds.toFixed(1)} s, ${summary.rowsPerSecond} rows/s`,
  ];
  if (summary.unknownHeaders.length > 0) {
    lines.push(`ignored columns: ${summary.unknownHeaders.join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(summary.rejectedRows > 0 ? 2 : 0);
} catch (error) {
  bar.stop();
  process.stderr.write(
    `${error instanceof ImportError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
