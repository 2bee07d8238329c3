import { type SQL, and, count, desc, eq, lt, or } from 'drizzle-orm';

import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

import type { DbOrTx } from '../../db/types.js';

/** A queue table: rows filed at a time, with a text id. */
type QueueTable = PgTable & { filedAt: PgColumn; id: PgColumn };

/**
 * One page of a queue (objections or repair applications), newest filing first, keyed by
 * (filedAt, id), with its total as a promise so it is counted only when asked for.
 */
export async function pageQueue<T extends QueueTable>(
  db: DbOrTx,
  t: T,
  where: SQL | undefined,
  limit: number,
  after: { filedAt: Date; id: string } | null,
): Promise<{ rows: T['$inferSelect'][]; total: Promise<number> }> {
  const rows = (await db
    .select()
    .from(t as PgTable)
    .where(
      and(
        where,
        after === null
          ? undefined
          : or(lt(t.filedAt, after.filedAt), and(eq(t.filedAt, after.filedAt), lt(t.id, after.id))),
      ),
    )
    .orderBy(desc(t.filedAt), desc(t.id))
    .limit(limit)) as T['$inferSelect'][];
  const total = db
    .select({ n: count() })
    .from(t as PgTable)
    .where(where)
    .then(([row]) => Number(row?.n ?? 0));
  return { rows, total };
}
