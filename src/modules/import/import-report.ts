import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

import { stringify } from 'csv-stringify/sync';

/**
 * One line of a report: the file's line (or XLSX row), the record's document number, the input
 * field and the column as the file heads it, a stable code, the message for the department's
 * clerk in Chinese (the catalogue's, messages.ts, naming the national column), and what the
 * file's reader said of a line it could not read.
 */
export interface ReportLine {
  line: number;
  documentNumber: string;
  field: string;
  column: string;
  code: string;
  message: string;
  detail: string;
}

const COLUMNS = ['line', 'documentNumber', 'field', 'code', 'message', 'column', 'detail'] as const;

/**
 * A report file (CSV, UTF-8 with a byte-order mark so that Excel opens it as such), written as
 * the import goes, a batch's lines at a time, so that it never sits in memory.
 */
export class ReportWriter {
  private readonly out;
  private lines = 0;

  constructor(readonly path: string) {
    this.out = createWriteStream(path);
    this.out.write(`\uFEFF${stringify([[...COLUMNS]])}`);
  }

  /** The number of lines written. */
  get count(): number {
    return this.lines;
  }

  async write(lines: readonly ReportLine[]): Promise<void> {
    if (lines.length === 0) {
      return;
    }
    this.lines += lines.length;
    const text = stringify(lines.map(line => COLUMNS.map(column => line[column])));
    if (!this.out.write(text)) {
      await once(this.out, 'drain');
    }
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}
