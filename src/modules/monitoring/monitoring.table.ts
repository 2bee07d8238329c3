import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { xid8 } from '../change-outbox/index.js';

/**
 * The credit codes each institution monitors, with the purpose it stated. A code need not be
 * known yet: a borrower without records is watched for its first one.
 */
export const monitoredSubjects = pgTable(
  'monitored_subjects',
  {
    /** The institution: its key's organisation code. */
    institutionCode: text().notNull(),
    subjectCode: text().notNull(),
    purpose: text().notNull(),
    /**
     * The transaction that started monitoring the code: the feed holds the code's changes of
     * later transactions only (DESIGN §4.1, the feed starts when monitoring starts).
     */
    sinceTxid: xid8()
      .notNull()
      .default(sql`pg_current_xact_id()`),
    monitoredAt: timestamp({ withTimezone: true }).notNull(),
    monitoredByKeyId: uuid(),
  },
  t => [
    primaryKey({ columns: [t.institutionCode, t.subjectCode] }),
    // Fan-out of a subject's change to the institutions watching it (a future webhook worker).
    index('monitored_subjects_subject_idx').on(t.subjectCode),
    // The oldest code of a list, where its feed's scan of the outbox starts (min(since_txid)).
    index('monitored_subjects_since_idx').on(t.institutionCode, t.sinceTxid),
  ],
);
