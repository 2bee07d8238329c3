import type { SQL } from 'drizzle-orm';

import type { Db } from './types.js';

/** Runs a raw statement through drizzle and returns its rows, whichever driver is underneath. */
export async function executeRows<T>(db: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
