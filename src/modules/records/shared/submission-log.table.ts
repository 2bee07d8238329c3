import { bigserial, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One line per submission and source unit: what arrived and what became of it. It is what the
 * collection statistics (跟踪问效) count rejections and silent departments from.
 */
export const submissionLog = pgTable(
  'submission_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    itemCode: text().notNull(),
    /** The source unit of the stored rows; rejected rows count for the submitting key's organisation. */
    sourceUnitCode: text().notNull(),
    submittedByKeyId: uuid(),
    received: integer().notNull(),
    accepted: integer().notNull(),
    corrections: integer().notNull(),
    duplicates: integer().notNull(),
    rejected: integer().notNull(),
  },
  t => [index('submission_log_item_time_idx').on(t.itemCode, t.submittedAt)],
);
