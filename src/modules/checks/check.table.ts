import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { listTypeEnum } from '../credit-lists/index.js';
import { creditGradeEnum } from '../evaluation/index.js';
import { checkRuleEnum, checkScenarioEnum } from './check.enums.js';
import { measureKindEnum } from './check.enums.js';

export type CheckFeedbackRow = typeof checkFeedback.$inferSelect;

export type CreditCheckRow = typeof creditChecks.$inferSelect;

export type MeasureRow = typeof measures.$inferSelect;

/** 奖惩措施清单: the measures that apply to listed subjects, by list and scenario. */
export const measures = pgTable('measures', {
  id: text().primaryKey(),
  kind: measureKindEnum().notNull(),
  listType: listTypeEnum().notNull(),
  scenarios: checkScenarioEnum().array().notNull(),
  title: text().notNull(),
  content: text().notNull(),
  legalBasis: text().notNull(),
  departments: text().notNull(),
  /**
   * The evaluation classes the measure is for (分类监管): it applies only to a subject whose
   * stored class is one of them; empty, whatever the class.
   */
  grades: creditGradeEnum()
    .array()
    .notNull()
    .default(sql`'{}'`),
  active: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});

/** A regulator's check of a subject during an approval (应查必查), with what it found. */
export const creditChecks = pgTable(
  'credit_checks',
  {
    id: uuid().primaryKey().defaultRandom(),
    subjectCode: text().notNull(),
    scenario: checkScenarioEnum().notNull(),
    matter: text().notNull(),
    checkedAt: timestamp({ withTimezone: true }).notNull(),
    checkedByKeyId: uuid(),
    organizationName: text(),
    organizationCode: text(),
    /** The active list entries the check hit. */
    hitEntryIds: bigint({ mode: 'number' }).array().notNull(),
    /** The measures that apply, as the list stood at the check. */
    measureIds: text().array().notNull(),
    /** Why incentive measures apply, when they do. */
    incentiveReason: text(),
    /** The penalties in publicity the check found, newest decision first. */
    penaltyIds: bigint({ mode: 'number' })
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The rule that granted or denied the incentive measures; null on checks run before it was kept. */
    incentiveRule: checkRuleEnum(),
    /** The rule's outcome in words, with its dates, as the clerk reads it. */
    incentiveExplanation: text(),
    /** The scenario's incentive measures the rule denied, as the list stood at the check. */
    deniedMeasureIds: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The date of the platform's first record of the subject (records coverage); null when none. */
    recordsCoverageFrom: date({ mode: 'string' }),
  },
  t => [
    index('credit_checks_organization_idx').on(t.organizationCode, t.checkedAt),
    // What the feedback's foreign key names: it carries the distribution column.
    uniqueIndex('credit_checks_subject_id_idx').on(t.subjectCode, t.id),
  ],
);

/** Per measure of a check: whether the department applied it, and why not when it did not. */
export const checkFeedback = pgTable(
  'check_feedback',
  {
    checkId: uuid().notNull(),
    /** The check's subject, so feedback lives with its check. */
    subjectCode: text().notNull(),
    measureId: text().notNull(),
    applied: boolean().notNull(),
    reason: text(),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
    recordedByKeyId: uuid(),
  },
  t => [
    primaryKey({ columns: [t.checkId, t.measureId] }),
    foreignKey({
      name: 'check_feedback_check_fk',
      columns: [t.subjectCode, t.checkId],
      foreignColumns: [creditChecks.subjectCode, creditChecks.id],
    }),
  ],
);
