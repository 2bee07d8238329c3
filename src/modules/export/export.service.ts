import { createHash } from 'node:crypto';

import type { Viewer } from '../../auth/viewer.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Db } from '../../db/types.js';
import { type CalendarDate, type Clock, isCalendarDate } from '../../shared/dates.js';
import { BadInputError, ConflictError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { uuidArgument } from '../../shared/ids.js';
import { recordAudit } from '../audit/index.js';
import { RecordKind } from '../records/index.js';
import { EXPORT_LAYOUT, exportColumns, sheetName } from './export.layout.js';
import {
  countDueRecords,
  findBatchByPeriod,
  findBatchWithFile,
  insertBatch,
  insertManifest,
  pageDueRecords,
} from './export.repository.js';
import type { ExportBatchInfo, ExportBatchRow, exportBatchRecords } from './export.table.js';
import { ExportFormat } from './export.type.js';
import { type ExportFileWriter, csvWriter, xlsxWriter } from './export.writer.js';

/** Rows read and written at a time. */
const PAGE_ROWS = 1000;

export interface ExportCommand {
  kind: RecordKind;
  from: CalendarDate;
  to: CalendarDate;
  format: ExportFormat;
}

/** Progress of a batch being written, for the CLI's bar. */
export interface ExportProgress {
  onStart?(total: number): void;
  onProgress?(done: number): void;
}

export interface ExportOutcome {
  batch: ExportBatchInfo;
  /** False when the period's batch had been issued before and was returned as it was. */
  created: boolean;
}

const EXTENSION: Record<ExportFormat, string> = { XLSX: 'xlsx', CSV: 'csv' };

const CONTENT_TYPE: Record<ExportFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
};

/** The file name of a batch: its id and the format's extension. */
export function exportFileName(batch: Pick<ExportBatchInfo, 'id' | 'format'>): string {
  return `${batch.id}.${EXTENSION[batch.format]}`;
}

export function exportContentType(format: ExportFormat): string {
  return CONTENT_TYPE[format];
}

/** Where a batch is downloaded, relative to the API's origin. */
export function exportDownloadPath(id: string): string {
  return `/exports/${id}`;
}

function checkPeriod(command: ExportCommand, today: CalendarDate): void {
  if (command.kind !== RecordKind.LICENSING && command.kind !== RecordKind.PENALTY) {
    throw new BadInputError(
      say('NOT_ONE_OF', { ...named('kind'), allowed: ['LICENSING', 'PENALTY'] }),
      'kind',
    );
  }
  if (command.format !== ExportFormat.XLSX && command.format !== ExportFormat.CSV) {
    throw new BadInputError(
      say('NOT_ONE_OF', { ...named('format'), allowed: ['XLSX', 'CSV'] }),
      'format',
    );
  }
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDate(command[field])) {
      throw new BadInputError(
        say('INVALID_DATE', { ...named(field), value: String(command[field]) }),
        field,
      );
    }
  }
  if (command.from > command.to) {
    throw new BadInputError(say('PERIOD_REVERSED', named('to')), 'to', {
      reason: 'PERIOD_REVERSED',
    });
  }
  if (command.to >= today) {
    throw new BadInputError(say('PERIOD_NOT_ENDED', { ...named('to'), today }), 'to', {
      reason: 'PERIOD_NOT_ENDED',
      today,
    });
  }
}

/** The period's batch as issued: in the format asked for, or a CONFLICT naming the other one. */
function issued(batch: ExportBatchInfo, format: ExportFormat): ExportOutcome {
  if (batch.format !== format) {
    throw new ConflictError(
      say('EXPORT_ISSUED_IN_OTHER_FORMAT', { ...named('format'), format: batch.format }),
      'format',
      { batchId: batch.id, issuedFormat: batch.format },
    );
  }
  return { batch, created: false };
}

interface Snapshot {
  bytes: Buffer;
  manifest: Omit<typeof exportBatchRecords.$inferInsert, 'batchId'>[];
}

/**
 * Reads the due records and writes the file, in one read-only repeatable-read transaction, so
 * that every page sees the same state of the records however long the file takes. The manifest
 * notes each row's record id, version and content hash as read.
 */
async function writeSnapshot(
  db: Db,
  command: ExportCommand,
  today: CalendarDate,
  createdAt: Date,
  progress: ExportProgress,
): Promise<Snapshot> {
  return db.transaction(
    async tx => {
      const columns = exportColumns(command.kind);
      const headers = columns.map(column => column.header);
      const writer: ExportFileWriter =
        command.format === ExportFormat.XLSX
          ? xlsxWriter(sheetName(command.kind), headers, createdAt)
          : csvWriter(headers);
      progress.onStart?.(await countDueRecords(tx, command.kind, command.from, command.to, today));
      const manifest: Snapshot['manifest'] = [];
      let after: { publishedOn: CalendarDate; id: number } | null = null;
      for (;;) {
        const rows = await pageDueRecords(
          tx,
          command.kind,
          command.from,
          command.to,
          today,
          PAGE_ROWS,
          after,
        );
        await writer.write(rows.map(row => columns.map(column => column.cell(row))));
        for (const row of rows) {
          manifest.push({
            rowNumber: manifest.length + 1,
            recordId: row.id,
            recordVersion: row.version,
            contentHash: row.contentHash,
          });
        }
        progress.onProgress?.(manifest.length);
        const last = rows.at(-1);
        if (rows.length < PAGE_ROWS || last === undefined) {
          break;
        }
        after = { publishedOn: last.publishedOn!, id: last.id };
      }
      return { bytes: await writer.finish(), manifest };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Issues the batch of records due for upload to the national platform (信用中国) for a kind and
 * a period, or returns the one issued before: one batch per (kind, from, to), the same id, bytes
 * and sha256 every time.
 *
 * **Due for national upload** means what the public sees of the kind on this platform (DESIGN
 * §2, §3.2–§3.5, through the shared visibility rule): records published here and neither
 * revoked, withdrawn nor repaired, of PUBLIC scope, not about a natural person, and within the
 * kind's publicity condition (a licence still valid; a penalty within its publicity maximum),
 * whose **publication day** (China Standard Time, `published_on`) is in [from, to]. Publication
 * rather than the decision date decides, because a decision is due at the national platform
 * when it becomes public, not when it was taken: with consecutive periods every record is sent
 * exactly once, a late publication included (a decision-date batch issued on time would never
 * hold a record published after it, and one issued later would change with every late record).
 * Hence a batch covers only a period that has ended (`to` before today): no record can be
 * published on a day of it any more, and the batch is complete when issued.
 *
 * **Never changed once issued.** The file's bytes are stored with the batch, not regenerated:
 * a correction, revocation or repair of a record afterwards, a change of the layout or of the
 * library that writes XLSX, none of them can alter what was sent or its sha256. The manifest
 * keeps each row's record version and content hash, which shows the records corrected since
 * (their hash is no longer the one sent). A period asked for again in another format is a
 * CONFLICT: a batch is one file.
 *
 * The file is written from a consistent snapshot of the records; the batch, its manifest and
 * its audit entry are then stored in one transaction. Two requests for the same new period at
 * once both write a file, and the second to store it finds the first's batch (the unique index
 * on kind and period) and returns that one.
 */
export async function exportRecords(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  command: ExportCommand,
  progress: ExportProgress = {},
): Promise<ExportOutcome> {
  const today = clock.today();
  checkPeriod(command, today);
  const existing = await findBatchByPeriod(db, command.kind, command.from, command.to);
  if (existing !== undefined) {
    return issued(existing, command.format);
  }
  const createdAt = clock.now();
  const snapshot = await writeSnapshot(db, command, today, createdAt, progress);
  const sha256 = createHash('sha256').update(snapshot.bytes).digest('hex');
  try {
    const batch = await db.transaction(async tx => {
      const row = await insertBatch(tx, {
        kind: command.kind,
        periodFrom: command.from,
        periodTo: command.to,
        format: command.format,
        layout: EXPORT_LAYOUT,
        rowCount: snapshot.manifest.length,
        byteSize: snapshot.bytes.length,
        sha256,
        content: snapshot.bytes,
        createdAt,
        createdByKeyId: viewer.keyId,
      });
      for (let i = 0; i < snapshot.manifest.length; i += PAGE_ROWS) {
        await insertManifest(
          tx,
          snapshot.manifest.slice(i, i + PAGE_ROWS).map(entry => ({ ...entry, batchId: row.id })),
        );
      }
      await recordAudit(tx, viewer, createdAt, {
        action: 'EXPORT_RECORDS',
        entityType: 'export_batch',
        entityId: row.id,
        details: {
          kind: command.kind,
          from: command.from,
          to: command.to,
          format: command.format,
          layout: EXPORT_LAYOUT,
          rowCount: row.rowCount,
          sha256,
        },
      });
      return row;
    });
    return { batch, created: true };
  } catch (error) {
    if (isUniqueViolation(error, 'export_batches_period_idx')) {
      const winner = await findBatchByPeriod(db, command.kind, command.from, command.to);
      if (winner !== undefined) {
        return issued(winner, command.format);
      }
    }
    throw error;
  }
}

/** A batch with its file, or undefined for an id that is malformed or names none. */
export async function loadBatchFile(db: Db, id: string): Promise<ExportBatchRow | undefined> {
  let checked: string;
  try {
    checked = uuidArgument(id, 'id');
  } catch {
    return undefined;
  }
  return findBatchWithFile(db, checked);
}
