import { and, asc, desc, eq, lte, or, sql } from 'drizzle-orm';

import { Role, type Viewer } from '../../auth/viewer.js';
import { executeRows } from '../../db/execute.js';
import type { Db, DbOrTx } from '../../db/types.js';
import { type CalendarDate, type Clock } from '../../shared/dates.js';
import { recordAudit } from '../audit/index.js';
import { authorizedFor } from '../access/index.js';
import { changeOutbox } from '../change-outbox/index.js';
import { subjects } from '../subjects/index.js';
import {
  type CreditGrade,
  DEFAULT_MODEL,
  type EvaluationModelDefinition,
  EvaluationPublicView,
  type IndicatorResult,
} from './evaluation.model.js';
import {
  computeEvaluations,
  dateBoundarySubjects,
  knownSubjects,
  type GradedRow,
  gradeEvaluations,
  storeEvaluations,
  subjectBatch,
} from './evaluation.statement.js';
import {
  evaluationModels,
  evaluationProgress,
  subjectEvaluationHistory,
  subjectEvaluations,
} from './evaluation.table.js';

/** When the shipped default model counts as published (it is listed first, before any row). */
const DEFAULT_MODEL_PUBLISHED_AT = new Date('2026-12-01T00:00:00+08:00');

/** A model version as listed: its definition and when it was published. */
export interface PublishedModel {
  definition: EvaluationModelDefinition;
  publishedAt: Date;
}

/** Every model version, oldest first: the shipped default, then each one the office published. */
export async function listModels(db: DbOrTx): Promise<PublishedModel[]> {
  const rows = await db
    .select({ definition: evaluationModels.definition, publishedAt: evaluationModels.publishedAt })
    .from(evaluationModels)
    .orderBy(asc(evaluationModels.id));
  return [{ definition: DEFAULT_MODEL, publishedAt: DEFAULT_MODEL_PUBLISHED_AT }, ...rows];
}

/** The model in force: the one published last, or the shipped default. */
export async function activeModel(db: DbOrTx): Promise<EvaluationModelDefinition> {
  const [row] = await db
    .select({ definition: evaluationModels.definition })
    .from(evaluationModels)
    .orderBy(desc(evaluationModels.id))
    .limit(1);
  return row?.definition ?? DEFAULT_MODEL;
}

/** A model by its version (the default's or a published one's), or undefined. */
export async function modelOfVersion(
  db: DbOrTx,
  version: string,
): Promise<EvaluationModelDefinition | undefined> {
  if (version === DEFAULT_MODEL.version) {
    return DEFAULT_MODEL;
  }
  const [row] = await db
    .select({ definition: evaluationModels.definition })
    .from(evaluationModels)
    .where(eq(evaluationModels.version, version));
  return row?.definition;
}

/**
 * Publishes a new model version (checked by the caller, evaluation.validation.ts) with its
 * audit entry in one transaction, and asks the worker to recompute every subject under it. An
 * existing version is never replaced: the unique version refuses a second row.
 */
export async function publishModel(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  definition: EvaluationModelDefinition,
): Promise<PublishedModel> {
  const at = clock.now();
  return db.transaction(async tx => {
    await takePassTurn(tx);
    const [row] = await tx
      .insert(evaluationModels)
      .values({
        version: definition.version,
        definition,
        publishedAt: at,
        publishedByKeyId: viewer.keyId,
      })
      .onConflictDoNothing()
      .returning();
    if (row === undefined) {
      return null as never;
    }
    await recordAudit(tx, viewer, at, {
      action: 'evaluation_model.publish',
      entityType: 'evaluation_model',
      entityId: definition.version,
      details: { definition },
    });
    await tx
      .update(evaluationProgress)
      .set({ rebuildVersion: definition.version, rebuildAfter: '', rebuildDone: 0, updatedAt: at })
      .where(eq(evaluationProgress.name, PROGRESS));
    return { definition: row.definition, publishedAt: row.publishedAt };
  });
}

/** A subject's evaluation as the API gives it: stored, or computed when none is stored yet. */
export interface Evaluation {
  subjectCode: string;
  modelVersion: string;
  grade: CreditGrade;
  score: number;
  indicators: IndicatorResult[];
  computedAt: Date;
}

interface ComputedRow {
  code: string;
  grade: CreditGrade;
  score: number | string;
  indicators: IndicatorResult[];
}

/**
 * Evaluates subjects without storing anything, under `model` on the clock's date, in code
 * order: the full recomputation the stored evaluations are compared with, and the answer for
 * a subject the worker has not evaluated yet.
 */
export async function computeFor(
  db: DbOrTx,
  target: 'ALL' | readonly string[],
  model: EvaluationModelDefinition,
  today: CalendarDate,
  at: Date,
): Promise<Evaluation[]> {
  const rows = await executeRows<ComputedRow>(
    db,
    computeEvaluations(
      target === 'ALL'
        ? sql`select ${subjects.code} as code from ${subjects}`
        : knownSubjects(target),
      model,
      today,
    ),
  );
  return rows.map(row => ({
    subjectCode: row.code,
    modelVersion: model.version,
    grade: row.grade,
    score: Number(row.score),
    indicators: row.indicators,
    computedAt: at,
  }));
}

/** The stored evaluations of the given subjects (or of all), in code order. */
export async function storedEvaluations(
  db: DbOrTx,
  codes?: readonly string[],
): Promise<Evaluation[]> {
  const s = subjectEvaluations;
  const rows = await db
    .select()
    .from(s)
    .where(
      codes === undefined
        ? undefined
        : sql`${s.subjectCode} = any(${sql.param([...codes])}::text[])`,
    )
    .orderBy(s.subjectCode);
  return rows.map(row => ({ ...row, score: Number(row.score) }));
}

/**
 * The evaluation of one subject: the stored one, or for a subject the worker has not reached
 * yet, the one it would store (computed now under the model in force). Null for a code the
 * platform does not know.
 */
async function evaluationOf(db: DbOrTx, code: string, clock: Clock): Promise<Evaluation | null> {
  const [stored] = await storedEvaluations(db, [code]);
  if (stored !== undefined) {
    return stored;
  }
  const [computed] = await computeFor(
    db,
    [code],
    await activeModel(db),
    clock.today(),
    clock.now(),
  );
  return computed ?? null;
}

/**
 * The subject's evaluation as it stood at `at` (a credit check's instant): the last history row
 * computed by then, or, when there is none, its evaluation now.
 */
export async function evaluationAt(
  db: DbOrTx,
  code: string,
  at: Date,
  clock: Clock,
): Promise<Evaluation | null> {
  const h = subjectEvaluationHistory;
  const [row] = await db
    .select()
    .from(h)
    .where(and(eq(h.subjectCode, code), lte(h.computedAt, at)))
    .orderBy(desc(h.computedAt), desc(h.id))
    .limit(1);
  if (row !== undefined) {
    return { ...row, score: Number(row.score) };
  }
  return evaluationOf(db, code, clock);
}

/** A page of a subject's classes over time, newest first, after the (computedAt, id) cursor. */
export async function historyPage(
  db: DbOrTx,
  code: string,
  after: { at: string; id: number } | null,
  limit: number,
): Promise<(Evaluation & { id: number })[]> {
  const h = subjectEvaluationHistory;
  const rows = await db
    .select()
    .from(h)
    .where(
      and(
        eq(h.subjectCode, code),
        after === null
          ? undefined
          : or(
              sql`${h.computedAt} < ${after.at}::timestamptz`,
              and(sql`${h.computedAt} = ${after.at}::timestamptz`, sql`${h.id} < ${after.id}`),
            ),
      ),
    )
    .orderBy(desc(h.computedAt), desc(h.id))
    .limit(limit);
  return rows.map(row => ({ ...row, score: Number(row.score) }));
}

/** How much of an evaluation a viewer is shown (DESIGN §4.1). */
export enum EvaluationView {
  /** Class, score, indicators and supervision: regulators and the credit office. */
  FULL = 'FULL',
  /** The class alone. */
  GRADE = 'GRADE',
  NONE = 'NONE',
}

/**
 * What a viewer sees of a subject's evaluation: regulators and the credit office everything;
 * an institution the class, for a subject that authorised it (valid today); everyone else what
 * the model in force configures (`publicView`, by default nothing).
 */
export async function evaluationViewOf(
  db: DbOrTx,
  viewer: Viewer,
  code: string,
  today: CalendarDate,
): Promise<EvaluationView> {
  switch (viewer.role) {
    case Role.REGULATOR:
    case Role.ADMIN:
      return EvaluationView.FULL;
    case Role.INSTITUTION: {
      if (viewer.organizationCode === null) {
        return EvaluationView.NONE;
      }
      const [found] = await executeRows<{ ok: boolean }>(
        db,
        sql`select ${authorizedFor(viewer.organizationCode, code, today)} as ok`,
      );
      return found?.ok === true ? EvaluationView.GRADE : EvaluationView.NONE;
    }
    default:
      return (await activeModel(db)).publicView === EvaluationPublicView.GRADE
        ? EvaluationView.GRADE
        : EvaluationView.NONE;
  }
}

const PROGRESS = 'evaluation';

/** What one worker pass did. */
export interface EvaluationPass {
  /** Subjects evaluated because the outbox told of a change. */
  changed: number;
  /** Subjects evaluated because a date of one of their records passed. */
  swept: number;
  /** Subjects evaluated by the recomputation under a new model version. */
  rebuilt: number;
  /** Evaluations whose result changed and were written. */
  written: number;
  /** The recomputation under a new model has more subjects to go. */
  rebuilding: boolean;
}

/** The advisory lock the evaluation passes of every instance take turns by. */
const PASS_LOCK = 'evaluation:pass';

/**
 * Waits for the turn of the evaluation passes for the rest of the transaction: every writer of
 * the progress row takes it first, so that a pass, which reads the row unlocked, never
 * overwrites another's change.
 */
async function takePassTurn(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${PASS_LOCK}, 0))`);
}

/** Evaluations stored by one statement. */
const STORE_BATCH = 2_000;

/** The worker's batch sizes: outbox changes and recomputed subjects per pass. */
export interface PassOptions {
  changes?: number;
  subjects?: number;
}

/**
 * One pass of the evaluation worker, in one transaction (passes of several instances take turns
 * by an advisory lock): the subjects of the outbox's changes since the last pass
 * (read in commit order below the snapshot's xmin, like the change feed), the subjects whose
 * indicators changed by date since the day swept through, and the next batch of a
 * recomputation of every subject under a newly published model. The first pass of a database
 * starts that recomputation under the model in force, its outbox cursor at the changes already
 * visible (the recomputation covers them). Everything is computed before anything is written;
 * each evaluated subject is stored only when its result changed (storeEvaluations).
 */
export async function runEvaluationPass(
  db: Db,
  clock: Clock,
  options: PassOptions = {},
): Promise<EvaluationPass> {
  const changesPerPass = options.changes ?? 10_000;
  const subjectsPerPass = options.subjects ?? 2_000;
  const today = clock.today();
  const at = clock.now();
  return db.transaction(async tx => {
    // Passes take turns by an advisory lock, which (unlike a row lock) takes no transaction id:
    // the pass computes first and writes last, so it holds an id, which every reader of the
    // change feed waits for, only while it writes.
    await takePassTurn(tx);
    const model = await activeModel(tx);
    const readProgress = () =>
      tx.select().from(evaluationProgress).where(eq(evaluationProgress.name, PROGRESS));
    let [state] = await readProgress();
    if (state === undefined) {
      // A database's first pass recomputes every subject, so the outbox's past is no news to
      // it: its cursor starts at the last change every running transaction can see.
      const [head] = await executeRows<{ txid: string; id: number | string }>(
        tx,
        sql`select ${changeOutbox.txid}::text as txid, ${changeOutbox.id} as id from ${changeOutbox}
            where ${changeOutbox.txid} < pg_snapshot_xmin(pg_current_snapshot())
            order by ${changeOutbox.txid} desc, ${changeOutbox.id} desc limit 1`,
      );
      await tx
        .insert(evaluationProgress)
        .values({
          name: PROGRESS,
          afterTxid: head?.txid ?? '0',
          afterId: Number(head?.id ?? 0),
          sweptThrough: today,
          rebuildVersion: model.version,
          rebuildAfter: '',
          updatedAt: at,
        })
        .onConflictDoNothing();
      [state] = await readProgress();
    }
    const progress = state!;
    const pass: EvaluationPass = {
      changed: 0,
      swept: 0,
      rebuilt: 0,
      written: 0,
      rebuilding: false,
    };
    // What the pass computes, stored at its end.
    const graded: GradedRow[] = [];
    const grade = async (target: ReturnType<typeof sql>) => {
      const rows = await executeRows<GradedRow>(tx, gradeEvaluations(target, model, today));
      graded.push(...rows);
      return rows.length;
    };

    const c = changeOutbox;
    const changes = await executeRows<{ txid: string; id: number | string; code: string }>(
      tx,
      sql`select ${c.txid}::text as txid, ${c.id} as id, ${c.subjectCode} as code from ${c}
          where (${c.txid}, ${c.id}) > (${progress.afterTxid}::xid8, ${progress.afterId}::bigint)
            and ${c.txid} < pg_snapshot_xmin(pg_current_snapshot())
          order by ${c.txid}, ${c.id} limit ${changesPerPass}`,
    );
    const last = changes.at(-1);
    if (last !== undefined) {
      pass.changed = await grade(knownSubjects([...new Set(changes.map(change => change.code))]));
    }

    if (progress.sweptThrough < today) {
      pass.swept = await grade(
        sql`select code from (${dateBoundarySubjects(progress.sweptThrough, today)}) due
            where code is not null and exists (select 1 from ${subjects} where ${subjects.code} = due.code)`,
      );
    }

    let rebuildVersion = progress.rebuildVersion;
    let rebuildAfter = progress.rebuildAfter ?? '';
    let rebuildDone = progress.rebuildDone;
    let rebuiltVersion = progress.rebuiltVersion;
    if (rebuildVersion === null && rebuiltVersion !== model.version) {
      rebuildVersion = model.version;
      rebuildAfter = '';
      rebuildDone = 0;
    }
    if (rebuildVersion !== null) {
      const batch = await executeRows<{ code: string }>(
        tx,
        subjectBatch(rebuildAfter, subjectsPerPass),
      );
      if (batch.length > 0) {
        pass.rebuilt = await grade(knownSubjects(batch.map(row => row.code)));
        rebuildAfter = batch.at(-1)!.code;
        rebuildDone += batch.length;
      }
      if (batch.length < subjectsPerPass) {
        rebuiltVersion = rebuildVersion;
        rebuildVersion = null;
      }
    }
    pass.rebuilding = rebuildVersion !== null;

    // A subject computed twice in the pass (changed and due by date) is stored once.
    const unique = [...new Map(graded.map(row => [row.code, row])).values()];
    for (let i = 0; i < unique.length; i += STORE_BATCH) {
      const [result] = await executeRows<{ written: number }>(
        tx,
        storeEvaluations(unique.slice(i, i + STORE_BATCH), model, at),
      );
      pass.written += Number(result!.written);
    }
    await tx
      .update(evaluationProgress)
      .set({
        ...(last === undefined ? {} : { afterTxid: last.txid, afterId: Number(last.id) }),
        sweptThrough: progress.sweptThrough < today ? today : progress.sweptThrough,
        rebuildVersion,
        rebuildAfter,
        rebuildDone,
        rebuiltVersion,
        updatedAt: at,
      })
      .where(eq(evaluationProgress.name, PROGRESS));
    return pass;
  });
}

/**
 * Recomputes every subject under the model in force, batch after batch (the worker's own
 * passes), reporting how many are done of how many; returns the number recomputed.
 */
export async function recomputeAll(
  db: Db,
  clock: Clock,
  onProgress: (done: number, total: number) => void,
  batchSize = 5_000,
): Promise<number> {
  const [counted] = await executeRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from ${subjects}`,
  );
  const total = Number(counted!.n);
  const model = await activeModel(db);
  await db.transaction(async tx => {
    await takePassTurn(tx);
    await tx
      .update(evaluationProgress)
      .set({
        rebuildVersion: model.version,
        rebuildAfter: '',
        rebuildDone: 0,
        updatedAt: clock.now(),
      })
      .where(eq(evaluationProgress.name, PROGRESS));
  });
  let done = 0;
  onProgress(0, total);
  for (;;) {
    const pass = await runEvaluationPass(db, clock, { subjects: batchSize });
    done += pass.rebuilt;
    onProgress(Math.min(done, total), total);
    if (!pass.rebuilding) {
      return done;
    }
  }
}

/** One group of the class distribution: its key, and the count of subjects per class. */
export interface DistributionRow {
  key: string;
  sample: string;
  grade: CreditGrade;
  subjects: number;
}

/**
 * The stored evaluations counted by class and by district (positions 3–8 of the code, the
 * GB/T 2260 division) or by sector (positions 1–2: registration authority and entity type).
 */
export async function gradeDistribution(
  db: DbOrTx,
  by: 'DISTRICT' | 'SECTOR',
): Promise<DistributionRow[]> {
  const s = subjectEvaluations;
  const key =
    by === 'DISTRICT' ? sql`substr(${s.subjectCode}, 3, 6)` : sql`substr(${s.subjectCode}, 1, 2)`;
  return executeRows<DistributionRow>(
    db,
    sql`select ${key} as key, min(${s.subjectCode}) as sample, ${s.grade}::text as grade, count(*)::int as subjects
        from ${s} group by 1, 3 order by 1, 3`,
  );
}
