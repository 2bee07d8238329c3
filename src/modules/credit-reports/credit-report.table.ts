import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every credit report (信用报告) the site generated, as it was printed: the canonical content,
 * its sha256 and the verification code derived from it (credit-report.content.ts). Issued once
 * and never changed (a trigger refuses UPDATE, DELETE and TRUNCATE, and the API's login may only
 * insert and read), so that `verifyReport` can say what a report stated.
 */
export const creditReports = pgTable(
  'credit_reports',
  {
    verificationCode: text().primaryKey(),
    subjectCode: text().notNull(),
    generatedAt: timestamp({ withTimezone: true }).notNull(),
    /** Hex sha256 of `content`. */
    sha256: text().notNull(),
    /** The report's content, canonical JSON: exactly the text that was hashed. */
    content: text().notNull(),
  },
  t => [index('credit_reports_subject_idx').on(t.subjectCode, t.generatedAt)],
);

export type CreditReportRow = typeof creditReports.$inferSelect;
