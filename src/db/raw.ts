import type { Logger } from 'drizzle-orm';
import type postgres from 'postgres';

import type { Db } from './types.js';

/** The postgres.js client under each drizzle database openDatabase made, and its query logger. */
const clients = new WeakMap<Db, { client: postgres.Sql; logger: Logger | false }>();

/** Records the postgres.js client of a drizzle database (client.ts), for `firstValue`. */
export function registerClient(db: Db, client: postgres.Sql, logger: Logger | false): void {
  clients.set(db, { client, logger });
}

/**
 * Runs a statement and returns the first column of its first row. On the PostgreSQL server it
 * is the bytes the server sent (postgres.js `raw()`), so that JSON text built by the statement
 * goes into an HTTP response without being decoded and encoded again; on the embedded database,
 * or a database opened otherwise, it is the text drizzle returns. With a `name` it runs as a
 * prepared statement, kept per connection.
 */
export async function firstValue(
  db: Db,
  text: string,
  params: unknown[],
  name: string | undefined,
): Promise<Uint8Array | string | null> {
  const raw = clients.get(db);
  if (raw !== undefined) {
    if (raw.logger !== false) {
      raw.logger.logQuery(text, params);
    }
    const rows = await raw.client
      .unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: name !== undefined })
      .raw();
    return (rows[0]?.[0] as Buffer | null | undefined) ?? null;
  }
  const prepared = db._.session.prepareQuery({ sql: text, params }, undefined, name, false);
  const result: unknown = await prepared.execute();
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as unknown[];
  const first = rows[0] as unknown[] | Record<string, unknown> | undefined;
  if (first === undefined) {
    return null;
  }
  const value = Array.isArray(first) ? first[0] : Object.values(first)[0];
  return (value as string | null | undefined) ?? null;
}
