import { type SQL, sql } from 'drizzle-orm';

import type { DbOrTx } from '../../db/types.js';
import { executeRows } from '../../db/execute.js';
import { changeOutbox } from '../change-outbox/index.js';
import { monitoredSubjects } from './monitoring.table.js';

/**
 * Serialises the monitoring writes of one institution for the rest of the transaction, so the
 * limit on its list holds under concurrent calls.
 */
export async function lockInstitutionList(tx: DbOrTx, institutionCode: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`monitoring:${institutionCode}`}, 0))`,
  );
}

export async function countMonitored(db: DbOrTx, institutionCode: string): Promise<number> {
  const [row] = await executeRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from ${monitoredSubjects}
        where ${monitoredSubjects.institutionCode} = ${institutionCode}`,
  );
  return Number(row?.n ?? 0);
}

/** Which of the codes the institution monitors already. */
export async function monitoredAmong(
  db: DbOrTx,
  institutionCode: string,
  codes: readonly string[],
): Promise<Set<string>> {
  const rows = await executeRows<{ code: string }>(
    db,
    sql`select subject_code as code from ${monitoredSubjects}
        where institution_code = ${institutionCode}
          and subject_code = any(${sql.param([...codes])}::text[])`,
  );
  return new Set(rows.map(row => row.code));
}

/** Adds the codes in one statement; returns those it added (a concurrent add keeps its row). */
export async function insertMonitored(
  tx: DbOrTx,
  row: { institutionCode: string; purpose: string; at: Date; keyId: string | null },
  codes: readonly string[],
): Promise<string[]> {
  if (codes.length === 0) {
    return [];
  }
  const rows = await executeRows<{ code: string }>(
    tx,
    sql`insert into ${monitoredSubjects}
          (institution_code, subject_code, purpose, monitored_at, monitored_by_key_id)
        select ${row.institutionCode}, code, ${row.purpose}, ${row.at.toISOString()}::timestamptz,
               ${row.keyId}::uuid
          from unnest(${sql.param([...codes])}::text[]) as code
        on conflict (institution_code, subject_code) do nothing
        returning subject_code as code`,
  );
  return rows.map(r => r.code);
}

/** Removes the codes in one statement; returns those it removed. */
export async function deleteMonitored(
  tx: DbOrTx,
  institutionCode: string,
  codes: readonly string[],
): Promise<string[]> {
  if (codes.length === 0) {
    return [];
  }
  const rows = await executeRows<{ code: string }>(
    tx,
    sql`delete from ${monitoredSubjects}
        where institution_code = ${institutionCode}
          and subject_code = any(${sql.param([...codes])}::text[])
        returning subject_code as code`,
  );
  return rows.map(r => r.code);
}

export interface MonitoredListRow {
  subjectCode: string;
  purpose: string;
  monitoredAt: Date;
}

/** One page of an institution's list, by code (keyset: the codes after `after`). */
export async function pageMonitored(
  db: DbOrTx,
  institutionCode: string,
  limit: number,
  after: string | null,
): Promise<MonitoredListRow[]> {
  const rows = await executeRows<{ code: string; purpose: string; at: Date | string }>(
    db,
    sql`select subject_code as code, purpose, monitored_at as at from ${monitoredSubjects}
        where institution_code = ${institutionCode}
          ${after === null ? sql`` : sql`and subject_code > ${after}`}
        order by subject_code
        limit ${limit}`,
  );
  return rows.map(row => ({
    subjectCode: row.code,
    purpose: row.purpose,
    monitoredAt: row.at instanceof Date ? row.at : new Date(row.at),
  }));
}

/** Where a consumer stands in its feed: after the change (txid, id); (0, 0) is the start. */
export interface FeedPosition {
  txid: string;
  id: number;
}

export interface FeedRow {
  id: number;
  txid: string;
  subjectCode: string;
  kind: string;
  recordId: string | null;
  occurredAt: Date;
  purpose: string;
}

/**
 * The changes of the codes an institution monitors, after a position, in the feed's order.
 *
 * Commit order without skipping: ids come from a sequence when a row is written, not when its
 * transaction commits, so a transaction with a smaller id can commit after a reader has passed
 * a larger one. The reader therefore takes only rows of transactions older than its snapshot's
 * xmin (`pg_snapshot_xmin(pg_current_snapshot())`): every such transaction has ended, so no row
 * can appear below that line later. Those rows are ordered by their transaction id, then id,
 * and the cursor is that pair: any row committed later belongs to a transaction at or above the
 * xmin the previous page saw, which sorts after everything that page returned. (The same
 * technique as PostgreSQL-based outboxes and queues; a long transaction holds the feed back
 * until it ends, never loses its rows.) A code's changes count from the transaction that
 * started monitoring it.
 */
export async function pageFeed(
  db: DbOrTx,
  institutionCode: string,
  after: FeedPosition,
  limit: number,
): Promise<FeedRow[]> {
  const rows = await executeRows<{
    id: number | string;
    txid: string;
    subject_code: string;
    kind: string;
    record_id: string | null;
    occurred_at: Date | string;
    purpose: string;
  }>(
    db,
    feedPageSql({
      institutionCode: sql`${institutionCode}::text`,
      afterTxid: sql`${after.txid}::xid8`,
      afterId: sql`${after.id}::bigint`,
      limit: sql`${limit}::integer`,
    }),
  );
  return rows.map(row => ({
    id: Number(row.id),
    txid: String(row.txid),
    subjectCode: row.subject_code,
    kind: row.kind,
    recordId: row.record_id,
    occurredAt: row.occurred_at instanceof Date ? row.occurred_at : new Date(row.occurred_at),
    purpose: row.purpose,
  }));
}

/**
 * The statement of a feed page (pageFeed), for the resolvers and the query planner alike: the
 * rows `id, txid (text), subject_code, kind, record_id, occurred_at, purpose` and `o`, their
 * position from 1, in the feed's order, at most `limit`.
 */
export function feedPageSql(input: {
  institutionCode: SQL;
  afterTxid: SQL;
  afterId: SQL;
  limit: SQL;
}): SQL {
  // Nothing before the list's oldest code can be in the feed: the outbox's scan starts there
  // rather than at the cursor, which for a new consumer is the outbox's beginning.
  return sql`select c.id, c.txid::text as txid, c.subject_code, c.kind, c.record_id, c.occurred_at,
               m.purpose, row_number() over (order by c.txid, c.id) as o
          from ${changeOutbox} c
          join ${monitoredSubjects} m
            on m.institution_code = ${input.institutionCode} and m.subject_code = c.subject_code
         where c.txid > m.since_txid
           and (c.txid, c.id) > (greatest(${input.afterTxid},
                  (select min(since_txid) from ${monitoredSubjects}
                    where institution_code = ${input.institutionCode})), 0::bigint)
           and (c.txid, c.id) > (${input.afterTxid}, ${input.afterId})
           and c.txid < pg_snapshot_xmin(pg_current_snapshot())
         order by c.txid, c.id
         limit ${input.limit}`;
}

/** The statement counting an institution's feed (countFeed): one row, `n`. */
export function feedCountSql(institutionCode: SQL): SQL {
  return sql`select count(*) as n
          from ${changeOutbox} c
          join ${monitoredSubjects} m
            on m.institution_code = ${institutionCode} and m.subject_code = c.subject_code
         where c.txid > m.since_txid
           and c.txid < pg_snapshot_xmin(pg_current_snapshot())`;
}

/** How many changes the institution's feed holds, committed and visible now. */
export async function countFeed(db: DbOrTx, institutionCode: string): Promise<number> {
  const [row] = await executeRows<{ n: number | string }>(
    db,
    feedCountSql(sql`${institutionCode}::text`),
  );
  return Number(row?.n ?? 0);
}
