import { eq } from 'drizzle-orm';

import type { DbOrTx } from '../../db/types.js';
import { type CreditReportRow, creditReports } from './credit-report.table.js';

/**
 * Stores a report. The same content generated twice (the same subject, data and instant) has
 * the same code: the row stored first stands.
 */
export async function insertReport(tx: DbOrTx, row: CreditReportRow): Promise<void> {
  await tx.insert(creditReports).values(row).onConflictDoNothing();
}

export async function findReport(db: DbOrTx, code: string): Promise<CreditReportRow | null> {
  const [row] = await db
    .select()
    .from(creditReports)
    .where(eq(creditReports.verificationCode, code))
    .limit(1);
  return row ?? null;
}
