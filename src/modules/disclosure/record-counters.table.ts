import { date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Counts of records per kind, catalog item, source unit (and the name it used) and day, month
 * and year: the disclosure statistics and the collection report read a few hundred of these
 * rows for any period instead of every record. Triggers on the record, version and submission
 * log tables keep them in the writing statement's transaction (migration 0034), whatever wrote.
 *
 * A row of grain `D` counts one day, `M` the month starting on `period`, `Y` the year. Each
 * column counts its own event by its own date: the decision date for the disclosure columns
 * (total … unpublished), the receipt, the publication, the correction and the submission day
 * (China Standard Time) for the others.
 */
export const recordCounters = pgTable(
  'record_counters',
  {
    grain: text().notNull(),
    period: date({ mode: 'string' }).notNull(),
    /** LICENSING and PENALTY, CATALOG (records stored by field list), LIST, SUBMISSION (the log). */
    kind: text().notNull(),
    catalogItemCode: text().notNull(),
    sourceUnitCode: text().notNull(),
    /** The source unit's name on the counted records ('' for the submission log). */
    sourceUnit: text().notNull(),
    /** Records decided, and of them: published on time, late, never to be, and not yet. */
    total: integer().notNull().default(0),
    onTime: integer().notNull().default(0),
    late: integer().notNull().default(0),
    notRequired: integer().notNull().default(0),
    unpublished: integer().notNull().default(0),
    received: integer().notNull().default(0),
    published: integer().notNull().default(0),
    corrected: integer().notNull().default(0),
    /** Lines of the submission log, and the rows they refused. */
    logged: integer().notNull().default(0),
    rejected: integer().notNull().default(0),
  },
  t => [
    // The counted columns are INCLUDEd in this key (migration 0034): reads are index-only.
    primaryKey({
      name: 'record_counters_pkey',
      columns: [t.grain, t.period, t.kind, t.catalogItemCode, t.sourceUnitCode, t.sourceUnit],
    }),
  ],
);

/**
 * Unpublished records that must be disclosed, per decision day and deadline: whether one is
 * PENDING or OVERDUE depends on today, so they are kept by deadline and split when read. The
 * key starts with the deadline: the PENDING ones (deadline today or later) are a short range.
 */
export const unpublishedCounters = pgTable(
  'unpublished_counters',
  {
    deadline: date({ mode: 'string' }).notNull(),
    decisionDate: date({ mode: 'string' }).notNull(),
    kind: text().notNull(),
    catalogItemCode: text().notNull(),
    sourceUnitCode: text().notNull(),
    n: integer().notNull().default(0),
  },
  t => [
    primaryKey({
      name: 'unpublished_counters_pkey',
      columns: [t.deadline, t.decisionDate, t.kind, t.catalogItemCode, t.sourceUnitCode],
    }),
  ],
);
