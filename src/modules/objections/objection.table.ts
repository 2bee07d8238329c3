import {
  bigint,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const remedyTargetEnum = pgEnum('remedy_target', ['LICENSING', 'PENALTY', 'LIST_ENTRY']);
export const objectionStatusEnum = pgEnum('objection_status', [
  'FILED',
  'ACCEPTED',
  'REJECTED',
  'DECIDED',
]);
export const objectionOutcomeEnum = pgEnum('objection_outcome', ['CORRECTED', 'REVOKED', 'UPHELD']);

/** 异议: objections against a record or a list entry, with their working-day deadlines. */
export const objections = pgTable(
  'objections',
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * 受理编号: what the filer is given to follow the objection up (`objectionStatus`), the
     * filing day and ten random base-32 characters (`trackingNumber` in shared/ids.ts).
     */
    trackingNumber: text().notNull(),
    targetKind: remedyTargetEnum().notNull(),
    targetId: bigint({ mode: 'number' }).notNull(),
    /** The version of the target when the objection was filed (a correction raises it). */
    targetVersion: bigint({ mode: 'number' }).notNull(),
    subjectCode: text(),
    /** The target's distribution key, so an objection lives with what it is about. */
    subjectKey: text().notNull(),
    /** The department responsible for the target, which answers the objection. */
    sourceUnitCode: text().notNull(),
    filerName: text().notNull(),
    /**
     * A mainland mobile number (11 digits) or an e-mail address (lower case), as normalised on
     * filing; for an objection a department opened by marking its record 异议 (当前状态), the
     * department's credit code.
     */
    filerContact: text().notNull(),
    /** The client address the objection was filed from (null when filed without one, e.g. by a seed). */
    filerIp: text(),
    grounds: text().notNull(),
    evidence: text(),
    filedAt: timestamp({ withTimezone: true }).notNull(),
    /** The platform accepts or rejects by this date: 2 working days after filing. */
    acceptDue: date({ mode: 'string' }).notNull(),
    status: objectionStatusEnum().notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptanceNote: text(),
    /** The department answers by this date: 10 working days after acceptance. */
    answerDue: date({ mode: 'string' }),
    outcome: objectionOutcomeEnum(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    decidedByKeyId: uuid(),
  },
  t => [
    index('objections_target_idx').on(t.targetKind, t.targetId),
    index('objections_unit_status_idx').on(t.sourceUnitCode, t.status),
    // The daily filing limits count by contact and by address.
    index('objections_contact_filed_idx').on(t.filerContact, t.filedAt),
    index('objections_ip_filed_idx').on(t.filerIp, t.filedAt),
    uniqueIndex('objections_tracking_number_idx').on(t.trackingNumber),
  ],
);

export type ObjectionRow = typeof objections.$inferSelect;
