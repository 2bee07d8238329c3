import { bigserial, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every row a submission refused, with why: what the rejection report (退回明细,
 * `/reports/rejections`) lists, written in the submission's transaction beside its log line.
 * It names both the source unit the row claims and the organisation whose key sent it.
 */
export const submissionRejections = pgTable(
  'submission_rejections',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    itemCode: text().notNull(),
    /** The source unit the row named, as written (null when it named none). */
    claimedUnitCode: text(),
    submittedByKeyId: uuid(),
    /** The organisation of the key that sent the row (null for a seed without one). */
    submitterCode: text(),
    submitterName: text(),
    /** Zero-based index of the row in its batch. */
    rowIndex: integer().notNull(),
    /** The row's identity as written (document or record number), when it gave one. */
    documentNumber: text(),
    /** The input field at fault (camelCase, `fields.<name>` for a catalog item's own). */
    field: text(),
    code: text().notNull(),
    message: text().notNull(),
  },
  t => [
    index('submission_rejections_time_idx').on(t.submittedAt),
    index('submission_rejections_submitter_time_idx').on(t.submitterCode, t.submittedAt),
  ],
);
