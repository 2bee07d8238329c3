import { type Localized, say } from '../../shared/messages.js';
import { type ReportLine, ReportWriter } from './import-report.js';
import {
  type Defaults,
  type HeaderMapping,
  type ImportKind,
  type TemplateLayout,
  type TemplateRow,
  type HeaderStyle,
  importKind,
  mapHeaders,
  toRecordInput,
} from './national-template.js';
import {
  type EncodingOption,
  type FileEncoding,
  type FileFormat,
  ImportError,
  type TemplateFile,
  encodingName,
  openTemplateFile,
} from './template-file.js';
import {
  MAX_BATCH_SIZE,
  type RecordKindDeclaration,
  TYPED_RECORDS_PER_BATCH,
} from '../records/index.js';

export { ImportError };

export interface ImportOptions {
  file: string;
  kind: ImportKind;
  /** GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** API key of a PROVIDER (or ADMIN). */
  key: string;
  /** Rows per request (5,000 unless given); a request also ends at BATCH_BYTES of rows. */
  batchSize?: number;
  /** Where the rejected rows go; default `<file>.rejected.csv`. */
  reportPath?: string;
  /** Where the warnings go; default `<file>.warnings.csv`. */
  warningsPath?: string;
  /** A CSV file's encoding; detected by default. XLSX files carry their own. */
  encoding?: EncodingOption;
  /** Credit code of the deciding authority for files that lack the column. */
  authorityCode?: string;
  onStart?(total: number): void;
  onProgress?(done: number, counts: { accepted: number; rejected: number }): void;
}

export interface ImportSummary {
  rows: number;
  accepted: number;
  corrections: number;
  duplicates: number;
  /** Rows not stored: rejected by the server, by the importer, or unreadable. */
  rejectedRows: number;
  malformedLines: number;
  /** Rows stored with a warning (AMOUNT_UNKNOWN …), and the warnings, one a line in warningsPath. */
  warnedRows: number;
  warnings: number;
  format: FileFormat;
  /** A CSV file's encoding; null for XLSX. */
  encoding: FileEncoding | null;
  layout: TemplateLayout;
  headerStyle: HeaderStyle;
  /** The variant and encoding as the clerk reads them: `V1 代码表头, GBK`, `V2 中文表头, XLSX`. */
  detected: string;
  unknownHeaders: string[];
  seconds: number;
  rowsPerSecond: number;
  reportPath: string;
  warningsPath: string;
}

const PAYLOAD = 'accepted duplicates corrections rejected { index field code message }';

/**
 * The JSON bytes of rows after which a batch is sent whatever its count: long rows (pages of
 * 违法事实) stay within the server's body limit (MAX_BODY_BYTES, 4 MB by default).
 */
const BATCH_BYTES = 3 * 1024 * 1024;

/** The submission mutation of a kind's storage, and its variables for a batch. */
function submission(
  kind: RecordKindDeclaration,
  records: Record<string, unknown>[],
): { query: string; variables: Record<string, unknown> } {
  switch (kind.storage) {
    case 'LICENSING':
      return {
        query: `mutation Import($records: [LicensingRecordInput!]!) { result: submitLicensingRecords(records: $records) { ${PAYLOAD} } }`,
        variables: { records },
      };
    case 'PENALTY':
      return {
        query: `mutation Import($records: [PenaltyRecordInput!]!) { result: submitPenaltyRecords(records: $records) { ${PAYLOAD} } }`,
        variables: { records },
      };
    default:
      return {
        query: `mutation Import($itemCode: String!, $records: [CatalogRecordInput!]!) { result: submitCatalogRecords(itemCode: $itemCode, records: $records) { ${PAYLOAD} } }`,
        variables: { itemCode: kind.code, records },
      };
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<T>(
  url: string,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    if (attempt > 0) {
      await new Promise(resolve => setTimeout(resolve, 500 * 2 ** attempt));
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${key}`,
          // The report is the clerk's: the server's messages in Chinese.
          'accept-language': 'zh-CN',
        },
        body: JSON.stringify({ query, variables }),
      });
      if (response.status >= 500 && response.status !== 503) {
        lastError = new ImportError(say('IMPORT_SERVER_FAILED', { status: response.status }).zh);
        continue;
      }
      return (await response.json()) as GraphQLResponse<T>;
    } catch (error) {
      lastError = error;
    }
  }
  throw new ImportError(
    say('IMPORT_UNREACHABLE', {
      url,
      detail: networkErrorText(lastError),
    }).zh,
  );
}

/** Why a request failed, in Chinese where the cause is a common one (fetch says only "fetch failed"). */
function networkErrorText(error: unknown): string {
  if (error instanceof ImportError) {
    return error.message;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return say('IMPORT_CONNECTION_REFUSED').zh;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return say('IMPORT_HOST_UNKNOWN').zh;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
      return say('IMPORT_TIMED_OUT').zh;
    default:
      return error instanceof Error
        ? `${error.message}${cause?.code ? `（${cause.code}）` : ''}`
        : String(error);
  }
}

function fatal(response: GraphQLResponse<unknown>, what: Localized): never {
  const error = response.errors?.[0];
  throw new ImportError(
    say('IMPORT_REFUSED', {
      what,
      detail: error?.message ?? '无应答',
      code: error?.extensions?.code ?? '无代码',
    }).zh,
  );
}

/** The header row of a file, or a clear error when it has none or it cannot be read. */
async function headerRow(file: TemplateFile): Promise<string[]> {
  for await (const row of file.rows()) {
    if (row.cells === undefined) {
      throw new ImportError(say('IMPORT_HEADER_UNREADABLE', { detail: row.malformed }).zh);
    }
    return row.cells;
  }
  throw new ImportError(say('IMPORT_FILE_EMPTY').zh);
}

/** The rows after the header, counted in a first streaming pass for the progress bar. */
async function countRows(file: TemplateFile): Promise<number> {
  let rows = -1;
  for await (const _row of file.rows()) {
    rows += 1;
  }
  return Math.max(rows, 0);
}

/** The column a field is in, as the file heads it, or the field's 中文名 when it has none. */
function columnOf(kind: RecordKindDeclaration, mapping: HeaderMapping, field: string): string {
  const name = field.replace(/^fields\./, '');
  return mapping.columns.get(name) ?? kind.fields.find(f => f.name === name)?.label ?? name;
}

interface PendingRow {
  line: number;
  documentNumber: string;
  parsed: TemplateRow;
}

/**
 * Imports a department's file in the national template through the submission mutation, in
 * batches: CSV in UTF-8 (with or without BOM) or GBK, or XLSX (its first sheet), with V2 or V1
 * headers, by 中文名 or by field code, detected per file and reported (`V1 代码表头, GBK`). The
 * file is streamed, twice (once to count its rows for the progress bar), and the reports are
 * written batch by batch, so memory stays flat however big it is. Every row ends up accepted,
 * a duplicate, or in the report with its line, column, code and a message in Chinese;
 * unreadable lines are reported too. Rows stored with something to know (a V1 fine without its
 * amount) are listed in the warnings file.
 */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  let kind: RecordKindDeclaration;
  try {
    kind = importKind(options.kind);
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error));
  }
  // 双公示 rows go 5,000 a request; the rows of other kinds 1,000, their cap.
  const batchSize = Math.min(
    options.batchSize ?? TYPED_RECORDS_PER_BATCH,
    kind.storage === 'LICENSING' || kind.storage === 'PENALTY'
      ? TYPED_RECORDS_PER_BATCH
      : MAX_BATCH_SIZE,
  );
  const file = await openTemplateFile(options.file, options.encoding ?? 'auto');
  const header = await headerRow(file);
  const mapping = mapHeaders(options.kind, header);
  const needed = [kind.identityField, 'decisionDate', 'counterpartName'];
  if (!needed.every(f => mapping.columns.has(f))) {
    const labels = needed.map(name => kind.fields.find(f => f.name === name)?.label ?? name);
    throw new ImportError(
      say('IMPORT_NOT_A_TEMPLATE', { kind: options.kind, needed: labels, found: header }).zh,
    );
  }

  const me = await post<{
    me: { role: string; organizationName: string | null; organizationCode: string | null };
  }>(options.url, options.key, '{ me { role organizationName organizationCode } }');
  if (me.data?.me === undefined) {
    fatal(me, say('IMPORT_KEY_REFUSED'));
  }
  if (!['PROVIDER', 'ADMIN'].includes(me.data.me.role)) {
    throw new ImportError(say('IMPORT_ROLE', { role: me.data.me.role }).zh);
  }
  const defaults: Defaults =
    me.data.me.role === 'PROVIDER'
      ? {
          sourceUnit: me.data.me.organizationName ?? undefined,
          sourceUnitCode: me.data.me.organizationCode ?? undefined,
          authorityCode: options.authorityCode,
        }
      : { authorityCode: options.authorityCode };

  const total = await countRows(file);
  const reportPath = options.reportPath ?? `${options.file}.rejected.csv`;
  const warningsPath = options.warningsPath ?? `${options.file}.warnings.csv`;
  const report = new ReportWriter(reportPath);
  const warningsReport = new ReportWriter(warningsPath);
  let accepted = 0;
  let corrections = 0;
  let duplicates = 0;
  let rejectedRows = 0;
  let malformedLines = 0;
  let warnedRows = 0;
  let read = 0;
  /** The report lines of the rows read since the last batch went, written after it. */
  let rejections: ReportLine[] = [];
  let warnings: ReportLine[] = [];
  let pending: PendingRow[] = [];
  let pendingBytes = 0;
  options.onStart?.(total);

  type Payload = {
    result: {
      accepted: number;
      duplicates: number;
      corrections: number;
      rejected: { index: number; field: string | null; code: string; message: string }[];
    };
  };
  /** Sends the rows waiting, then writes the report lines of every row read so far. */
  const flush = async () => {
    if (pending.length > 0) {
      const batch = pending;
      pending = [];
      pendingBytes = 0;
      const { query, variables } = submission(
        kind,
        batch.map(b => b.parsed.input),
      );
      const response = await post<Payload>(options.url, options.key, query, variables);
      if (response.data?.result === undefined) {
        fatal(response, say('IMPORT_BATCH_REFUSED', { line: batch[0]!.line }));
      }
      const result = response.data.result;
      accepted += result.accepted;
      corrections += result.corrections;
      duplicates += result.duplicates;
      const refused = new Set<number>();
      for (const rejection of result.rejected) {
        const row = batch[rejection.index]!;
        refused.add(rejection.index);
        const column = columnOf(kind, mapping, rejection.field ?? '');
        rejections.push({
          line: row.line,
          documentNumber: row.documentNumber,
          field: rejection.field ?? '',
          column,
          code: rejection.code,
          message: rejection.message,
          detail: '',
        });
      }
      rejectedRows += refused.size;
      batch.forEach((row, index) => {
        if (!refused.has(index) && row.parsed.warnings.length > 0) {
          warnedRows += 1;
          warnings.push(
            ...row.parsed.warnings.map(w => ({
              line: row.line,
              documentNumber: row.documentNumber,
              field: w.field,
              column: columnOf(kind, mapping, w.field),
              code: w.code,
              message: w.message,
              detail: '',
            })),
          );
        }
      });
    }
    rejections.sort((a, b) => a.line - b.line);
    await report.write(rejections);
    await warningsReport.write(warnings);
    rejections = [];
    warnings = [];
    options.onProgress?.(read, { accepted, rejected: rejectedRows });
  };

  const unreadable = (line: number, message: string, detail: string) => {
    malformedLines += 1;
    rejectedRows += 1;
    rejections.push({
      line,
      documentNumber: '',
      field: '',
      column: '',
      code: 'MALFORMED_LINE',
      message,
      detail,
    });
  };
  try {
    let first = true;
    for await (const source of file.rows()) {
      if (first) {
        first = false;
        continue;
      }
      read += 1;
      if (source.cells === undefined) {
        unreadable(source.line, say('MALFORMED_LINE', {}).zh, source.malformed);
        continue;
      }
      let cells = source.cells;
      if (file.format === 'xlsx' && cells.slice(header.length).every(cell => cell === '')) {
        // A sheet's rows end at their last filled cell.
        cells = Array.from({ length: header.length }, (_, i) => cells[i] ?? '');
      }
      if (cells.length !== header.length) {
        unreadable(
          source.line,
          say('MALFORMED_LINE', { columns: cells.length, headerColumns: header.length }).zh,
          '',
        );
        continue;
      }
      const parsed = toRecordInput(options.kind, mapping, cells, defaults);
      const documentNumber = String(parsed.input[kind.identityField] ?? '');
      if (parsed.rejections.length > 0) {
        rejectedRows += 1;
        rejections.push(
          ...parsed.rejections.map(r => ({
            line: source.line,
            documentNumber,
            field: r.field,
            column: columnOf(kind, mapping, r.field),
            code: r.code,
            message: r.message,
            detail: '',
          })),
        );
        continue;
      }
      pending.push({ line: source.line, documentNumber, parsed });
      pendingBytes += Buffer.byteLength(JSON.stringify(parsed.input));
      if (pending.length >= batchSize || pendingBytes >= BATCH_BYTES) {
        await flush();
      }
    }
    await flush();
  } finally {
    await report.close();
    await warningsReport.close();
  }

  const seconds = (Date.now() - started) / 1000;
  return {
    rows: read,
    accepted,
    corrections,
    duplicates,
    rejectedRows,
    malformedLines,
    warnedRows,
    warnings: warningsReport.count,
    format: file.format,
    encoding: file.encoding,
    layout: mapping.layout,
    headerStyle: mapping.headerStyle,
    detected: `${mapping.variant}, ${file.encoding === null ? 'XLSX' : encodingName(file.encoding)}`,
    unknownHeaders: mapping.unknown,
    seconds,
    rowsPerSecond: Math.round(read / Math.max(seconds, 0.001)),
    reportPath,
    warningsPath,
  };
}
