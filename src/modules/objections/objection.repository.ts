import { type SQL, and, count, desc, eq, gte, lt, or, sql } from 'drizzle-orm';

import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

import type { DbOrTx, Tx } from '../../db/types.js';
import { objections } from './objection.table.js';

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

/**
 * Serialises filings that share a key (a contact, a client address) until the caller's
 * transaction ends, so that two concurrent filings cannot both pass a daily limit. Keys are
 * locked in sorted order, so two filings never wait for each other's locks.
 */
export async function lockFilingKeys(tx: Tx, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  }
}

/** How many objections were filed in [from, to) by one contact or from one client address. */
export async function countFilings(
  db: DbOrTx,
  by: { filerContact: string } | { filerIp: string },
  from: Date,
  to: Date,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(objections)
    .where(
      and(
        'filerContact' in by
          ? eq(objections.filerContact, by.filerContact)
          : eq(objections.filerIp, by.filerIp),
        gte(objections.filedAt, from),
        lt(objections.filedAt, to),
      ),
    );
  return Number(row?.n ?? 0);
}
