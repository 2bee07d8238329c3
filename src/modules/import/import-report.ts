import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

import { stringify } from 'csv-stringify/sync';

/**
 * One line of a report: the file's line (or XLSX row), the record's document number, the input
 * field and the column as the file heads it, a stable code, the message for the department's
 * clerk in Chinese, and the server's own wording when it said more.
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
 * The clerk's sentence for a rejection code of the submission (record.validation.ts and
 * submission.ts), naming the column; the server's English message goes to `detail`.
 */
const MESSAGES: Record<string, (column: string) => string> = {
  REQUIRED: c => `${c}为必填项，不能为空。`,
  TOO_LONG: c => `${c}超过允许的长度。`,
  NOT_ALLOWED: c => `${c}在此情形下不应填写。`,
  INVALID_VALUE: c => `${c}的值不在允许的范围内。`,
  INVALID_CREDIT_CODE: c => `${c}不是有效的统一社会信用代码（GB 32100）。`,
  PLACEHOLDER_NOT_ALLOWED: c =>
    `${c}的 17 个 0 加 X 占位代码只可用于无代码的个体工商户，且须填写工商注册号。`,
  INVALID_ORGANIZATION_CODE: c => `${c}不是有效的组织机构代码（GB 11714）。`,
  INVALID_ID_NUMBER: c => `${c}不是有效的证件号码。`,
  INVALID_DATE: c => `${c}不是有效日期，应为 YYYY/MM/DD。`,
  DATE_IN_FUTURE: c => `${c}晚于今天。`,
  DATE_ORDER: c => `${c}与相关日期的先后顺序不对。`,
  INVALID_AMOUNT: c => `${c}不是有效金额：以万元为单位，最多六位小数，罚款须大于零。`,
  NEGATIVE_AMOUNT: c => `${c}不能为负数。`,
  SOURCE_UNIT_NOT_OWN: c => `${c}不是本单位（导入所用密钥所属单位）的代码。`,
  NOT_A_PROVIDER_OF_ITEM: () => '本单位不是该目录项的数据提供单位。',
  UNKNOWN_FIELD: c => `${c}不是该目录项的字段。`,
  UNKNOWN_SUBJECT: c => `${c}对应的主体不存在。`,
  CONFLICT_IN_BATCH: c => `同一批数据中${c}相同的另一行内容不同。`,
  CATEGORY_MISMATCH: c => `${c}与行政相对人类别不符。`,
};

/** The Chinese message of a server rejection, or the server's own when the code is new to it. */
export function rejectionMessage(code: string, column: string, serverMessage: string): string {
  const message = MESSAGES[code];
  return message === undefined ? `${column}：${serverMessage}` : message(column || '本行');
}

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
