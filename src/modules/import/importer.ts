import { readFile, writeFile } from 'node:fs/promises';

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

import {
  type ImportKind,
  decodeFile,
  importKind,
  mapHeaders,
  toRecordInput,
} from './national-template.js';
import type { RecordKindDeclaration } from '../records/index.js';

export interface ImportOptions {
  file: string;
  kind: ImportKind;
  /** GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** API key of a PROVIDER (or ADMIN). */
  key: string;
  batchSize?: number;
  reportPath?: string;
  encoding?: 'auto' | 'utf8' | 'gbk';
  /** Credit code of the deciding authority for files that lack the column. */
  authorityCode?: string;
  onStart?(total: number): void;
  onProgress?(done: number, counts: { accepted: number; rejected: number }): void;
}

interface ReportLine {
  line: number;
  documentNumber: string;
  field: string;
  code: string;
  message: string;
}

export interface ImportSummary {
  rows: number;
  accepted: number;
  corrections: number;
  duplicates: number;
  /** Rows not stored: rejected by the server, by the importer, or unreadable. */
  rejectedRows: number;
  malformedLines: number;
  encoding: 'utf8' | 'gbk';
  layout: 'V1' | 'V2';
  unknownHeaders: string[];
  seconds: number;
  rowsPerSecond: number;
  reportPath: string;
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

const PAYLOAD = 'accepted duplicates corrections rejected { index field code message }';

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
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      if (response.status >= 500 && response.status !== 503) {
        lastError = new ImportError(`The server answered ${response.status}.`);
        continue;
      }
      return (await response.json()) as GraphQLResponse<T>;
    } catch (error) {
      lastError = error;
    }
  }
  throw new ImportError(
    `Cannot reach ${url}: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
  );
}

/** One line as csv-parse gives it with `info: true`: its fields, and the line it ended on. */
interface ParsedLine {
  record: string[];
  info: { lines: number };
}

/**
 * csv-parse's synchronous types say `string[][]` whatever the options; with `info: true` every
 * entry is a ParsedLine instead, which this checks.
 */
function isParsedLine(entry: unknown): entry is ParsedLine {
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

function fatal(response: GraphQLResponse<unknown>, what: string): never {
  const error = response.errors?.[0];
  throw new ImportError(
    `${what}: ${error?.message ?? 'no answer'} (${error?.extensions?.code ?? 'no code'})`,
  );
}

/**
 * Imports a department's file in the national template (CSV, V2 or V1 headers, UTF-8 or GBK)
 * through the submission mutation, in batches. Every row ends up accepted, a duplicate, or in
 * the report with its line, field, code and reason; unreadable lines are reported too.
 */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 500;
  const reportPath = options.reportPath ?? `${options.file}.rejected.csv`;
  const { text, encoding } = decodeFile(await readFile(options.file), options.encoding ?? 'auto');

  const report: ReportLine[] = [];
  const skipped: { line: number; message: string }[] = [];
  const entries: readonly unknown[] = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { lines?: number; message: string } | undefined) => {
      if (error !== undefined) {
        skipped.push({ line: error.lines ?? 0, message: error.message });
      }
    },
  });
  const records = entries.map(entry => {
    if (!isParsedLine(entry)) {
      throw new ImportError('The CSV parser returned a record without its line information.');
    }
    return entry;
  });
  const header = records.shift();
  if (header === undefined) {
    throw new ImportError('The file is empty: it has no header row.');
  }
  let kind: RecordKindDeclaration;
  try {
    kind = importKind(options.kind);
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error));
  }
  const mapping = mapHeaders(options.kind, header.record);
  const needed = [kind.identityField, 'decisionDate', 'counterpartName'];
  if (!needed.every(f => [...mapping.fields.values()].includes(f))) {
    const labels = needed.map(name => kind.fields.find(f => f.name === name)?.label ?? name);
    throw new ImportError(
      `The header row is not a ${options.kind} template: it needs at least the ${labels.join(', ')} columns (found: ${header.record.join(', ')}).`,
    );
  }

  const me = await post<{
    me: { role: string; organizationName: string | null; organizationCode: string | null };
  }>(options.url, options.key, '{ me { role organizationName organizationCode } }');
  if (me.data?.me === undefined) {
    fatal(me, 'The API key was not accepted');
  }
  if (!['PROVIDER', 'ADMIN'].includes(me.data.me.role)) {
    throw new ImportError(`A ${me.data.me.role} key cannot submit records; use a PROVIDER key.`);
  }
  const defaults =
    me.data.me.role === 'PROVIDER'
      ? {
          sourceUnit: me.data.me.organizationName ?? undefined,
          sourceUnitCode: me.data.me.organizationCode ?? undefined,
          authorityCode: options.authorityCode,
        }
      : { authorityCode: options.authorityCode };

  const malformed = skipped.map(s => ({
    line: s.line,
    documentNumber: '',
    field: '',
    code: 'MALFORMED_LINE',
    message: s.message,
  }));
  const pending: { line: number; documentNumber: string; input: Record<string, unknown> }[] = [];
  for (const { record, info } of records) {
    if (record.length !== header.record.length) {
      malformed.push({
        line: info.lines,
        documentNumber: '',
        field: '',
        code: 'MALFORMED_LINE',
        message: `The line has ${record.length} columns; the header has ${header.record.length}.`,
      });
      continue;
    }
    const { input, rejections } = toRecordInput(options.kind, mapping, record, defaults);
    const documentNumber = String(input[kind.identityField] ?? '');
    if (rejections.length > 0) {
      report.push(...rejections.map(r => ({ line: info.lines, documentNumber, ...r })));
      continue;
    }
    pending.push({ line: info.lines, documentNumber, input });
  }
  report.push(...malformed);

  const total = records.length + skipped.length;
  let accepted = 0;
  let corrections = 0;
  let duplicates = 0;
  let done = total - pending.length;
  options.onStart?.(total);
  options.onProgress?.(done, { accepted, rejected: new Set(report.map(r => r.line)).size });

  type Payload = {
    result: {
      accepted: number;
      duplicates: number;
      corrections: number;
      rejected: { index: number; field: string | null; code: string; message: string }[];
    };
  };
  for (let i = 0; i < pending.length; i += batchSize) {
    const batch = pending.slice(i, i + batchSize);
    const { query, variables } = submission(
      kind,
      batch.map(b => b.input),
    );
    const response = await post<Payload>(options.url, options.key, query, variables);
    if (response.data?.result === undefined) {
      fatal(response, `The batch starting at line ${batch[0]!.line} was refused`);
    }
    const result = response.data.result;
    accepted += result.accepted;
    corrections += result.corrections;
    duplicates += result.duplicates;
    for (const rejection of result.rejected) {
      const row = batch[rejection.index]!;
      report.push({
        line: row.line,
        documentNumber: row.documentNumber,
        field: rejection.field ?? '',
        code: rejection.code,
        message: rejection.message,
      });
    }
    done += batch.length;
    options.onProgress?.(done, { accepted, rejected: new Set(report.map(r => r.line)).size });
  }

  report.sort((a, b) => a.line - b.line);
  await writeFile(
    reportPath,
    '\uFEFF' +
      stringify(report, {
        header: true,
        columns: ['line', 'documentNumber', 'field', 'code', 'message'],
      }),
  );
  const seconds = (Date.now() - started) / 1000;
  return {
    rows: total,
    accepted,
    corrections,
    duplicates,
    rejectedRows: new Set(report.map(r => r.line)).size,
    malformedLines: malformed.length,
    encoding,
    layout: mapping.layout,
    unknownHeaders: mapping.unknown,
    seconds,
    rowsPerSecond: Math.round(total / Math.max(seconds, 0.001)),
    reportPath,
  };
}
