import { createHash } from 'node:crypto';

import { sql } from 'drizzle-orm';

import { executeRows } from '../../db/execute.js';
import type { Db } from '../../db/types.js';

/** The logs whose rows are chained (migration 0020), in the order they are verified. */
const CHAINED_LOGS = ['access_log', 'audit_events'] as const;
export type ChainedLog = (typeof CHAINED_LOGS)[number];

/** The previous hash of a chain's first row. */
const GENESIS_HASH = '0'.repeat(64);

/** Rows read per statement while a chain is walked. */
const BATCH_ROWS = 5_000;

/** A row's hash: hex sha256 of the previous hash, a newline and the row's canonical content. */
function linkHash(prevHash: string, content: string): string {
  return createHash('sha256').update(`${prevHash}\n${content}`, 'utf8').digest('hex');
}

/** Where a chain first fails, and why. */
interface ChainBreak {
  /** The row's place in the chain, null for a row outside it. */
  chainSeq: number | null;
  /** The row's id, null when the break is after the last row. */
  id: number | null;
  reason: string;
}

export interface ChainReport {
  log: ChainedLog;
  /** The rows walked. */
  rows: number;
  /** The head the walk ended at (record it elsewhere: a later rewrite of the whole chain shows against it). */
  head: { seq: number; hash: string };
  /** The first broken row; null when the whole chain holds. */
  broken: ChainBreak | null;
}

interface LinkRow {
  seq: string;
  id: string;
  prevHash: string | null;
  rowHash: string | null;
  content: string;
}

/**
 * Recomputes each log's chain in one read-only snapshot: every row must follow the one before it
 * in `chain_seq` order with no gap, store that row's hash as its `prev_hash`, and store as
 * `row_hash` the hash of its own content, recomputed here (not by the database's trigger); the
 * last row must be the head, and no row may be outside the chain. So a row edited, deleted or
 * inserted with the trigger off, even by a superuser, breaks the chain at that row (a row edited
 * and rehashed, at the row after it), and rows removed from the end show against the head.
 * `onProgress` is called after each batch with the rows checked and the log's total.
 */
export async function verifyLogChains(
  db: Db,
  onProgress: (log: ChainedLog, checked: number, total: number) => void = () => undefined,
): Promise<ChainReport[]> {
  return db.transaction(
    async tx => {
      const reports: ChainReport[] = [];
      for (const log of CHAINED_LOGS) {
        const table = sql.identifier(log);
        const [head] = await executeRows<{ seq: string; hash: string }>(
          tx,
          sql`select seq::text as seq, hash from log_chain_heads where chain = ${log}`,
        );
        const headSeq = Number(head?.seq ?? 0);
        const headHash = head?.hash ?? GENESIS_HASH;
        const [counts] = await executeRows<{ total: number; outside: number }>(
          tx,
          sql`select count(*)::int as total, count(*) filter (where chain_seq is null)::int as outside from ${table}`,
        );
        const total = counts?.total ?? 0;
        let broken: ChainBreak | null = null;
        let seq = 0;
        let prev = GENESIS_HASH;
        let checked = 0;
        walk: for (;;) {
          const rows = await executeRows<LinkRow>(
            tx,
            sql`select chain_seq::text as seq, id::text as id, prev_hash as "prevHash",
                row_hash as "rowHash", log_chain_content(t) as content
              from ${table} t where chain_seq > ${seq} order by chain_seq limit ${BATCH_ROWS}`,
          );
          for (const row of rows) {
            const at = { chainSeq: Number(row.seq), id: Number(row.id) };
            if (at.chainSeq !== seq + 1) {
              broken = {
                ...at,
                reason:
                  at.chainSeq === seq + 2
                    ? `row ${seq + 1} of the chain is missing (deleted)`
                    : `rows ${seq + 1} to ${at.chainSeq - 1} of the chain are missing (deleted)`,
              };
              break walk;
            }
            if (row.prevHash !== prev) {
              broken = {
                ...at,
                reason:
                  'its prev_hash is not the hash of the row before it (that row was changed and rehashed)',
              };
              break walk;
            }
            if (row.rowHash !== linkHash(prev, row.content)) {
              broken = {
                ...at,
                reason: 'its content does not match its hash (the row was changed)',
              };
              break walk;
            }
            seq = at.chainSeq;
            prev = row.rowHash;
          }
          checked += rows.length;
          onProgress(log, checked, total);
          if (rows.length < BATCH_ROWS) {
            break;
          }
        }
        if (broken === null && (seq !== headSeq || prev !== headHash)) {
          broken = {
            chainSeq: seq,
            id: null,
            reason:
              seq < headSeq
                ? `the chain ends at row ${seq}, but its head is at row ${headSeq}: rows at the end were removed`
                : seq > headSeq
                  ? `the chain goes on past its head (row ${headSeq}): the head was changed`
                  : `the last row does not hash to the head: it was changed and rehashed, or the head was changed`,
          };
        }
        if (broken === null && counts !== undefined && counts.outside > 0) {
          const [outside] = await executeRows<{ id: string }>(
            tx,
            sql`select id::text as id from ${table} where chain_seq is null order by id limit 1`,
          );
          broken = {
            chainSeq: null,
            id: Number(outside?.id),
            reason: `${counts.outside} row(s) are outside the chain (inserted with its trigger off)`,
          };
        }
        reports.push({ log, rows: checked, head: { seq: headSeq, hash: headHash }, broken });
      }
      return reports;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
