import { and, asc, eq, gt, gte, lt } from 'drizzle-orm';

import type { DbOrTx } from '../../../db/types.js';
import { submissionLog } from './submission-log.table.js';
import { submissionRejections } from './submission-rejection.table.js';

export type RowOutcome = 'accepted' | 'corrected' | 'duplicate' | 'rejected';

/** Writes one log line per source unit of a submission. */
export async function logSubmission(
  db: DbOrTx,
  entry: {
    itemCode: string;
    keyId: string | null;
    at: Date;
    rows: readonly { unit: string; outcome: RowOutcome }[];
  },
): Promise<void> {
  const byUnit = new Map<
    string,
    {
      received: number;
      accepted: number;
      corrections: number;
      duplicates: number;
      rejected: number;
    }
  >();
  for (const row of entry.rows) {
    const counts = byUnit.get(row.unit) ?? {
      received: 0,
      accepted: 0,
      corrections: 0,
      duplicates: 0,
      rejected: 0,
    };
    counts.received += 1;
    if (row.outcome === 'accepted' || row.outcome === 'corrected') {
      counts.accepted += 1;
    }
    if (row.outcome === 'corrected') {
      counts.corrections += 1;
    }
    if (row.outcome === 'duplicate') {
      counts.duplicates += 1;
    }
    if (row.outcome === 'rejected') {
      counts.rejected += 1;
    }
    byUnit.set(row.unit, counts);
  }
  if (byUnit.size === 0) {
    return;
  }
  await db.insert(submissionLog).values(
    [...byUnit.entries()].map(([sourceUnitCode, counts]) => ({
      itemCode: entry.itemCode,
      sourceUnitCode,
      submittedByKeyId: entry.keyId,
      submittedAt: entry.at,
      ...counts,
    })),
  );
}

/** A refused row as the rejection report keeps it. */
export interface RejectedRowLine {
  itemCode: string;
  claimedUnitCode: string | null;
  rowIndex: number;
  documentNumber: string | null;
  field: string | null;
  code: string;
  message: string;
}

/** Writes every refused row of a submission, with the organisation whose key sent it. */
export async function logRejections(
  db: DbOrTx,
  entry: {
    keyId: string | null;
    submitter: { code: string | null; name: string | null };
    at: Date;
    rows: readonly RejectedRowLine[];
  },
): Promise<void> {
  if (entry.rows.length === 0) {
    return;
  }
  await db.insert(submissionRejections).values(
    entry.rows.map(row => ({
      ...row,
      submittedAt: entry.at,
      submittedByKeyId: entry.keyId,
      submitterCode: entry.submitter.code,
      submitterName: entry.submitter.name,
    })),
  );
}

export type RejectionRow = typeof submissionRejections.$inferSelect;

/**
 * One page of refused rows sent in [from, to) (instants), oldest first, after the row with id
 * `afterId`; only those sent with keys of `submitterCode` when it is given (a PROVIDER's own).
 */
export async function pageRejections(
  db: DbOrTx,
  query: { from: Date; to: Date; submitterCode: string | null },
  afterId: number,
  limit: number,
): Promise<RejectionRow[]> {
  const t = submissionRejections;
  return db
    .select()
    .from(t)
    .where(
      and(
        gte(t.submittedAt, query.from),
        lt(t.submittedAt, query.to),
        gt(t.id, afterId),
        query.submitterCode === null ? undefined : eq(t.submitterCode, query.submitterCode),
      ),
    )
    .orderBy(asc(t.id))
    .limit(limit);
}
