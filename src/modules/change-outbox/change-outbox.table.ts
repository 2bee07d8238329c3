import { sql } from 'drizzle-orm';
import { bigserial, customType, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A PostgreSQL `xid8`: the 64-bit id of the transaction that wrote a row, read and written as
 * its decimal text (it exceeds 2^53 in time).
 */
export const xid8 = customType<{ data: string; driverData: string }>({
  dataType: () => 'xid8',
});

/**
 * The change feed's outbox: one row per change of what a viewer may see of a subject, written
 * in the transaction of the change itself. Rows are per subject, never per institution: who
 * receives a change is decided when it is read, by joining the monitoring lists.
 */
export const changeOutbox = pgTable(
  'change_outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    /**
     * The writing transaction's id. Sequence ids are taken before commit, so they do not give
     * commit order; readers order by (txid, id) and read only below their snapshot's xmin.
     */
    txid: xid8()
      .notNull()
      .default(sql`pg_current_xact_id()`),
    subjectCode: text().notNull(),
    /** A ChangeKind. */
    kind: text().notNull(),
    /** The GraphQL id of the record or list entry that changed (`penalty:12`), when one did. */
    recordId: text(),
    /** The injected clock's instant of the change. */
    occurredAt: timestamp({ withTimezone: true }).notNull(),
  },
  t => [
    index('change_outbox_txid_idx').on(t.txid, t.id),
    index('change_outbox_subject_idx').on(t.subjectCode, t.txid, t.id),
  ],
);

/**
 * Where the publicity sweep has got to: the last China Standard Time date it ran for. One row
 * (`name = 'publicity'`), locked by each sweep, so concurrent sweeps emit each end once.
 */
export const changeSweeps = pgTable('change_sweeps', {
  name: text().primaryKey(),
  sweptThrough: date({ mode: 'string' }).notNull(),
  sweptAt: timestamp({ withTimezone: true }).notNull(),
});
