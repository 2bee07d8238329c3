import type { Writable } from 'node:stream';

import type { Tx } from './types.js';

/** A value as COPY's text format takes it: null for NULL, a list for an array column. */
export type CopyValue = string | number | boolean | Date | null | undefined | readonly string[];

/** The transaction's own connection: postgres.js's reserved `sql`, or PGlite's transaction. */
interface PostgresJsClient {
  unsafe(query: string): { writable(): Promise<Writable> };
}
interface PgliteClient {
  query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

function transactionClient(tx: Tx): PostgresJsClient | PgliteClient {
  const session: unknown = Reflect.get(tx, 'session');
  const client: unknown =
    typeof session === 'object' && session !== null ? Reflect.get(session, 'client') : undefined;
  if (typeof client === 'function' || (typeof client === 'object' && client !== null)) {
    if (typeof Reflect.get(client, 'unsafe') === 'function') {
      return client as PostgresJsClient;
    }
    if (typeof Reflect.get(client, 'query') === 'function') {
      return client as PgliteClient;
    }
  }
  throw new Error('copyRows: the transaction runs on neither postgres.js nor PGlite');
}

/**
 * One field in COPY's text format: backslash, tab, newline and carriage return escaped, `\N`
 * for NULL. A string that reads `\N` or `NULL` is data, escaped like any other.
 */
function field(value: CopyValue): string {
  if (value === null || value === undefined) {
    return '\\N';
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'boolean') {
    return value ? 't' : 'f';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'string') {
    return escapeText(value);
  }
  // An array literal: every element quoted, its quotes and backslashes escaped; the literal
  // then goes through the field escaping like any string.
  const literal = `{${value.map(v => `"${v.replace(/[\\"]/g, ch => `\\${ch}`)}"`).join(',')}}`;
  return escapeText(literal);
}

function escapeText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, ch =>
        ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r',
      )
    : value;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The rows as COPY text, in chunks of about a megabyte. */
function* copyText(rows: readonly (readonly CopyValue[])[]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(field).join('\t')}\n`;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') {
    yield chunk;
  }
}

/**
 * Loads rows into a table of the transaction (a staging table) with `COPY … FROM STDIN` on
 * postgres.js, and `COPY … FROM '/dev/blob'` on PGlite, in COPY's text format. One statement
 * whatever the number of rows, and no parameter list to build or parse.
 */
export async function copyRows(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly CopyValue[])[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const statement = `copy ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) from`;
  const client = transactionClient(tx);
  if ('unsafe' in client) {
    const stream = await client.unsafe(`${statement} stdin`).writable();
    await new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('finish', resolve);
      const chunks = copyText(rows);
      const writeMore = () => {
        for (let next = chunks.next(); !next.done; next = chunks.next()) {
          if (!stream.write(next.value)) {
            stream.once('drain', writeMore);
            return;
          }
        }
        stream.end();
      };
      writeMore();
    });
    return;
  }
  await client.query(`${statement} '/dev/blob'`, [], { blob: new Blob([...copyText(rows)]) });
}
