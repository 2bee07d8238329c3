import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, pipeline } from 'node:stream';

import { type CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

import { say } from '../../shared/messages.js';

/** A mistake in the file or its options, told to the clerk as it is (no stack). */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** How a CSV file's text is encoded: UTF-8 without or with a byte-order mark, or GBK. */
export type FileEncoding = 'utf8' | 'utf8-bom' | 'gbk';

/** What the caller asks for: detection, or one encoding forced. */
export type EncodingOption = 'auto' | 'utf8' | 'gbk';

/** The file formats the importer reads. */
export type FileFormat = 'csv' | 'xlsx';

const BOM = [0xef, 0xbb, 0xbf];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** How much of a file's start is read to tell its format and encoding. */
const SNIFF_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

/**
 * The encoding of a CSV file from its first bytes: a UTF-8 byte-order mark is UTF-8; bytes that
 * are valid UTF-8 are UTF-8 (a sequence cut at the end of the sample is allowed); anything else
 * is GBK, which most departments' Excel exports use (read as GB18030, its superset).
 * `forced` skips the guess, though a byte-order mark is still reported as one.
 */
export function detectEncoding(head: Uint8Array, forced: EncodingOption = 'auto'): FileEncoding {
  if (forced === 'gbk') {
    return 'gbk';
  }
  if (startsWith(head, BOM)) {
    return 'utf8-bom';
  }
  if (forced === 'utf8') {
    return 'utf8';
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'gbk';
  }
}

/** An encoding as the import summary names it: `UTF-8`, `UTF-8 (BOM)`, `GBK`. */
export function encodingName(encoding: FileEncoding): string {
  return { utf8: 'UTF-8', 'utf8-bom': 'UTF-8 (BOM)', gbk: 'GBK' }[encoding];
}

/**
 * A stream that turns a file's bytes into text: GBK through iconv-lite (as GB18030), UTF-8
 * through a strict decoder that drops the byte-order mark and fails on the first byte that is
 * not UTF-8, so a file that only starts as UTF-8 is not read as mojibake.
 */
export function decoderFor(encoding: FileEncoding): NodeJS.ReadWriteStream {
  if (encoding === 'gbk') {
    return iconv.decodeStream('gb18030');
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const failed = (error: unknown) =>
    new ImportError(say('IMPORT_NOT_UTF8').zh, {
      cause: error,
    });
  return new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch (error) {
        done(failed(error));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch (error) {
        done(failed(error));
      }
    },
  });
}

/** One row of a file: its line (CSV) or row number (XLSX) and cells, or why it cannot be read. */
type SourceRow =
  | { line: number; cells: string[]; malformed?: undefined }
  | { line: number; cells?: undefined; malformed: string };

/** A department's file, opened: its format and encoding, and its rows as a stream. */
export interface TemplateFile {
  format: FileFormat;
  /** null for XLSX, whose text is always UTF-8 inside the archive. */
  encoding: FileEncoding | null;
  /**
   * The rows, header row first, read as the loop asks for them, so that memory stays flat
   * however big the file. Each call reads the file again from its start.
   */
  rows(): AsyncGenerator<SourceRow>;
}

/** Why a file cannot be opened, in Chinese for the usual causes. */
function systemErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '文件不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限';
    case 'EISDIR':
      return '这是一个目录，不是文件';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Opens a CSV or XLSX file, telling them apart by content (an XLSX file is a ZIP archive), and
 * a CSV file's encoding by its first 64 KiB (detectEncoding). `encoding` does not apply to XLSX.
 */
export async function openTemplateFile(
  path: string,
  encoding: EncodingOption = 'auto',
): Promise<TemplateFile> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw new ImportError(
      say('IMPORT_FILE_UNREADABLE', { path, detail: systemErrorText(error) }).zh,
      { cause: error },
    );
  });
  let head: Uint8Array;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (startsWith(head, ZIP)) {
    return { format: 'xlsx', encoding: null, rows: () => xlsxRows(path) };
  }
  const detected = detectEncoding(head, encoding);
  return { format: 'csv', encoding: detected, rows: () => csvRows(path, detected) };
}

/**
 * csv-parse's stream types say `string[]` per record whatever the options; with `info: true`
 * every record is its fields and the line it ended on, which this checks.
 */
function isParsedLine(entry: unknown): entry is { record: string[]; info: { lines: number } } {
  if (typeof entry !== 'object' || entry === null || !('record' in entry) || !('info' in entry)) {
    return false;
  }
  const { record, info } = entry;
  return (
    Array.isArray(record) &&
    record.every(field => typeof field === 'string') &&
    typeof info === 'object' &&
    info !== null &&
    'lines' in info &&
    typeof info.lines === 'number'
  );
}

/**
 * A CSV file's records through csv-parse's stream, decoded on the way. Lines the parser cannot
 * read (an unclosed quote …) come as malformed rows in their place; the numbers are the lines
 * each record ends on.
 */
async function* csvRows(path: string, encoding: FileEncoding): AsyncGenerator<SourceRow> {
  const skipped: SourceRow[] = [];
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error !== undefined) {
        skipped.push({
          line: typeof error['lines'] === 'number' ? error['lines'] : 0,
          malformed: error.message,
        });
      }
      return undefined;
    },
  });
  const source = createReadStream(path);
  const stream = pipeline(source, decoderFor(encoding), parser, () => {
    // Errors reach the loop below through the parser.
  });
  try {
    for await (const entry of stream) {
      yield* skipped.splice(0);
      if (!isParsedLine(entry)) {
        throw new ImportError('The CSV parser returned a record without its line information.');
      }
      yield { line: entry.info.lines, cells: entry.record };
    }
    yield* skipped.splice(0);
  } finally {
    source.destroy();
  }
}

/** A cell's value as the text a CSV file would hold: dates as `YYYY/MM/DD`. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    // exceljs reads a date cell as that day's midnight in UTC.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}/${pad(value.getUTCMonth() + 1)}/${pad(value.getUTCDate())}`;
  }
  if (typeof value !== 'object') {
    return String(value);
  }
  if ('richText' in value) {
    return value.richText.map(part => part.text).join('');
  }
  if ('error' in value) {
    return '';
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  }
  if ('text' in value) {
    return String(value.text);
  }
  return '';
}

/**
 * The first worksheet of an XLSX file through exceljs's streaming reader, row by row (row
 * numbers as Excel shows them); rows with no value are skipped, as blank CSV lines are.
 */
async function* xlsxRows(path: string): AsyncGenerator<SourceRow> {
  const input = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let first = true;
  try {
    for await (const worksheet of reader) {
      if (!first) {
        // The other sheets (instructions, code lists) are drained unread. They must be read to
        // their end: when the sheets come before the shared strings in the archive, exceljs
        // parks each in a temporary file and deletes it as soon as the loop moves on, and a
        // sheet left unread would still be opening its file when it is deleted (ENOENT).
        for await (const _row of worksheet) {
          // unread
        }
        continue;
      }
      first = false;
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) =>
          cellText(values[i + 1]).trim(),
        );
        if (cells.some(cell => cell !== '')) {
          yield { line: row.number, cells };
        }
      }
    }
  } catch (error) {
    if (error instanceof ImportError) {
      throw error;
    }
    throw new ImportError(
      say('IMPORT_XLSX_UNREADABLE', {
        detail: error instanceof Error ? error.message : String(error),
      }).zh,
      { cause: error },
    );
  } finally {
    input.destroy();
  }
}
