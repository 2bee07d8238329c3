import { PassThrough } from 'node:stream';

import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** Writes an export file a page of rows at a time, and gives its bytes at the end. */
export interface ExportFileWriter {
  /** Appends rows, each one cell per column. */
  write(rows: readonly (readonly string[])[]): Promise<void>;
  /** Ends the file and returns its bytes. */
  finish(): Promise<Buffer>;
}

/** Who wrote a file, in its document properties. */
const CREATOR = '公共信用信息服务平台';

/**
 * An XLSX workbook of one sheet through exceljs' streaming writer: each row is committed as it
 * is written, so a large batch never holds a worksheet in memory, only the compressed bytes.
 * Cells are text (dates YYYY/MM/DD, amounts with their decimals, codes with their leading
 * zeros), never numbers or Excel dates, which would round amounts and shift dates with the
 * reader's time zone; an empty cell is left out. The document's dates are the batch's
 * creation, from the clock.
 */
export function xlsxWriter(
  sheet: string,
  headers: readonly string[],
  createdAt: Date,
): ExportFileWriter {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  workbook.creator = CREATOR;
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.addRow([...headers]).commit();
  return {
    async write(rows) {
      for (const row of rows) {
        worksheet.addRow(row.map(cell => (cell === '' ? null : cell))).commit();
      }
    },
    async finish() {
      worksheet.commit();
      await workbook.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}

/**
 * A CSV file: UTF-8 with a byte-order mark, so that Excel opens the Chinese headers as such,
 * every cell as written (csv-stringify quotes what needs quoting), lines ended with CRLF as
 * RFC 4180 and Excel write them.
 */
export function csvWriter(headers: readonly string[]): ExportFileWriter {
  const parts: Buffer[] = [Buffer.from('\uFEFF', 'utf8')];
  const append = (rows: readonly (readonly string[])[]) =>
    parts.push(Buffer.from(stringify(rows as string[][], { record_delimiter: 'windows' }), 'utf8'));
  append([headers]);
  return {
    async write(rows) {
      if (rows.length > 0) {
        append(rows);
      }
    },
    async finish() {
      return Buffer.concat(parts);
    },
  };
}
