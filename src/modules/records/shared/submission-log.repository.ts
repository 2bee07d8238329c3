import type { DbOrTx } from '../../../db/types.js';
import { submissionLog } from './submission-log.table.js';

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
