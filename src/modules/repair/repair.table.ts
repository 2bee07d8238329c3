import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { remedyTargetEnum } from '../objections/index.js';

/** The partial unique index that allows one pending application per target. */
export const PENDING_REPAIR_INDEX = 'repair_applications_one_pending_idx';

export type RepairRow = typeof repairApplications.$inferSelect;

export const repairStatusEnum = pgEnum('repair_status', ['PENDING', 'APPROVED', 'REJECTED']);

/** 信用修复: applications to take a penalty or a black-list entry out of public view. */
export const repairApplications = pgTable(
  'repair_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    targetKind: remedyTargetEnum().notNull(),
    targetId: bigint({ mode: 'number' }).notNull(),
    subjectCode: text().notNull(),
    /** The target's distribution key: the application is stored with what it is about. */
    subjectKey: text().notNull(),
    sourceUnitCode: text().notNull(),
    applicantName: text().notNull(),
    applicantContact: text().notNull(),
    /** Reference to the proof that the obligations were met (履行义务证明). */
    proofOfPerformance: text().notNull(),
    /** Reference to the signed credit commitment (信用承诺书). */
    creditCommitment: text().notNull(),
    filedAt: timestamp({ withTimezone: true }).notNull(),
    status: repairStatusEnum().notNull(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    decidedByKeyId: uuid(),
  },
  t => [
    index('repair_applications_target_idx').on(t.targetKind, t.targetId),
    index('repair_applications_unit_idx').on(t.sourceUnitCode, t.status),
    // At most one pending application per record or entry, however many are filed at once.
    uniqueIndex(PENDING_REPAIR_INDEX)
      .on(t.targetKind, t.targetId)
      .where(sql`${t.status} = 'PENDING'`),
  ],
);
