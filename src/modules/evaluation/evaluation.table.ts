import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { xid8 } from '../change-outbox/index.js';
import {
  CreditGrade,
  type EvaluationModelDefinition,
  type IndicatorResult,
} from './evaluation.model.js';

export const creditGradeEnum = pgEnum('credit_grade', [
  CreditGrade.A,
  CreditGrade.B,
  CreditGrade.C,
  CreditGrade.D,
]);

/**
 * The evaluation models the credit office published (publishEvaluationModel), one row per
 * version, never updated: the shipped default model (evaluation.model.ts) is not a row. The
 * model in force is the one published last.
 */
export const evaluationModels = pgTable('evaluation_models', {
  /** The order of publication: the highest is the model in force. */
  id: bigserial({ mode: 'number' }).primaryKey(),
  version: text().notNull().unique(),
  definition: jsonb().$type<EvaluationModelDefinition>().notNull(),
  publishedAt: timestamp({ withTimezone: true }).notNull(),
  publishedByKeyId: uuid(),
});

/** Each subject's current evaluation: its class, score and indicator lines, and the model's version. */
export const subjectEvaluations = pgTable(
  'subject_evaluations',
  {
    subjectCode: text().primaryKey(),
    modelVersion: text().notNull(),
    grade: creditGradeEnum().notNull(),
    score: numeric({ precision: 6, scale: 2, mode: 'number' }).notNull(),
    indicators: jsonb().$type<IndicatorResult[]>().notNull(),
    /** The injected clock's instant at which this result was computed. */
    computedAt: timestamp({ withTimezone: true }).notNull(),
  },
  t => [index('subject_evaluations_grade_idx').on(t.grade)],
);

/**
 * Every change of a subject's class or score (or of the model that gave it), appended in the
 * statement that changed it: the classes over time. A new model version adds rows; none is
 * rewritten.
 */
export const subjectEvaluationHistory = pgTable(
  'subject_evaluation_history',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    subjectCode: text().notNull(),
    modelVersion: text().notNull(),
    grade: creditGradeEnum().notNull(),
    score: numeric({ precision: 6, scale: 2, mode: 'number' }).notNull(),
    indicators: jsonb().$type<IndicatorResult[]>().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull(),
  },
  t => [index('subject_evaluation_history_subject_idx').on(t.subjectCode, t.computedAt, t.id)],
);

/**
 * Where the evaluation worker has got to (one row, `name = 'evaluation'`, locked by each pass):
 * the last change of the outbox it evaluated, the China Standard Time date through which the
 * dates' effects are swept, and a recomputation of every subject under a new model version.
 */
export const evaluationProgress = pgTable('evaluation_progress', {
  name: text().primaryKey(),
  afterTxid: xid8().notNull(),
  afterId: bigint({ mode: 'number' }).notNull(),
  sweptThrough: date({ mode: 'string' }).notNull(),
  /** The model version every subject is being recomputed under, until the last batch. */
  rebuildVersion: text(),
  /** The last subject code recomputed under rebuildVersion. */
  rebuildAfter: text(),
  /** The version of the last completed recomputation of every subject. */
  rebuiltVersion: text(),
  rebuildDone: integer().notNull().default(0),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});
