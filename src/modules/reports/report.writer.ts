import { once } from 'node:events';
import type { Writable } from 'node:stream';

import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

/** Writes a report to a stream a page of rows at a time, never holding the whole file. */
export interface ReportStreamWriter {
  /** Appends rows, each one cell per column; resolves when the stream can take more. */
  write(rows: readonly (readonly string[])[]): Promise<void>;
  /** Ends the file (and the stream). */
  end(): Promise<void>;
}

/** Who wrote a file, in its document properties. */
const CREATOR = '公共信用信息服务平台';

/** Waits while the stream's buffer is full, so a slow reader slows the report down. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) {
    await once(out, 'drain');
  }
}

/**
 * An XLSX workbook of one sheet streamed to `out` through exceljs' streaming writer: each row is
 * committed as written and its compressed bytes go to the stream, so the file is never held
 * whole. Cells are text (codes keep their leading zeros; figures are counts, written as the
 * GraphQL answer gives them), the header row in bold is frozen, and the document's dates are the
 * generation time from the clock.
 */
export function xlsxStream(
  out: Writable,
  sheet: string,
  headers: readonly string[],
  createdAt: Date,
): ReportStreamWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = CREATOR;
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = headers.map(header => ({ width: Math.max(10, header.length * 2 + 4) }));
  const head = worksheet.addRow([...headers]);
  head.font = { bold: true };
  head.commit();
  return {
    async write(rows) {
      for (const row of rows) {
        worksheet.addRow(row.map(cell => (cell === '' ? null : cell))).commit();
      }
      await drained(out);
    },
    async end() {
      worksheet.commit();
      await workbook.commit();
    },
  };
}

/**
 * A CSV file streamed to `out` through csv-stringify: UTF-8 with a byte-order mark, so that
 * Excel opens the Chinese headers as such, CRLF line ends as RFC 4180 and Excel write them.
 */
export function csvStream(out: Writable, headers: readonly string[]): ReportStreamWriter {
  out.write('\uFEFF');
  const csv = stringify({ record_delimiter: 'windows' });
  csv.pipe(out);
  csv.write([...headers]);
  return {
    async write(rows) {
      for (const row of rows) {
        csv.write([...row]);
      }
      await drained(out);
    },
    async end() {
      const finished = once(out, 'finish');
      csv.end();
      await finished;
    },
  };
}
