import { and, desc, eq, inArray, sql } from 'drizzle-orm';

import type { Viewer } from '../../auth/viewer.js';
import { executeRows } from '../../db/execute.js';
import type { Db, DbOrTx } from '../../db/types.js';
import { type Clock } from '../../shared/dates.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { type ArgumentName, named, say } from '../../shared/messages.js';
import { uuidArgument } from '../../shared/ids.js';
import { recordAudit } from '../audit/index.js';
import { type CreditGrade } from '../evaluation/index.js';
import { type ListType } from '../credit-lists/index.js';
import { Role } from '../../auth/viewer.js';
import { type CheckScenario } from './check.enums.js';
import { MeasureKind } from './check.enums.js';
import { type CheckFeedbackRow } from './check.table.js';
import { type CreditCheckRow } from './check.table.js';
import { type MeasureRow } from './check.table.js';
import { checkFeedback } from './check.table.js';
import { creditChecks } from './check.table.js';
import { measures } from './check.table.js';
import { CHECK_CTE, checkMatter, checkRow, checkStatement } from './credit-check.statement.js';

export async function listMeasures(
  db: DbOrTx,
  scenario: CheckScenario | null,
): Promise<MeasureRow[]> {
  return db
    .select()
    .from(measures)
    .where(
      and(
        eq(measures.active, true),
        scenario === null ? undefined : sql`${scenario} = any(${measures.scenarios})`,
      ),
    )
    .orderBy(measures.listType, measures.kind, measures.id);
}

/**
 * Checks a subject for a matter in a scenario (runCreditCheck, 应查必查): its active list
 * entries, every measure of the list that applies in the scenario, and the incentive measures
 * when the subject qualifies. The check is decided, stored and audited by one statement
 * (checkStatement), so it is recorded with what it found and its feedback can be asked for.
 */
export async function runCreditCheck(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  code: string,
  scenario: CheckScenario,
  matter: string,
): Promise<CreditCheckRow> {
  const text = checkMatter(matter);
  const at = clock.now().toISOString();
  const statement = checkStatement(
    {
      code: sql`${code}`,
      scenario: sql`${scenario}`,
      matter: sql`${text}`,
      at: sql`${at}`,
      keyId: sql`${viewer.keyId}`,
      role: sql`${viewer.role}`,
      organizationName: sql`${viewer.organizationName}`,
      organizationCode: sql`${viewer.organizationCode}`,
    },
    clock.today(),
  );
  return db.transaction(async tx => {
    const [stored] = await executeRows<{ id: string }>(
      tx,
      sql`with ${statement} select ${checkRow.id} as id from ${sql.identifier(CHECK_CTE)}`,
    );
    const [check] = await tx.select().from(creditChecks).where(eq(creditChecks.id, stored!.id));
    return check!;
  });
}

/** A check by its id (`field` names the argument); a malformed id is BAD_USER_INPUT on it. */
export async function findCheck(
  db: DbOrTx,
  viewer: Viewer,
  id: string,
  field: ArgumentName = 'id',
): Promise<CreditCheckRow> {
  const checkId = uuidArgument(id, field);
  const [check] = await db.select().from(creditChecks).where(eq(creditChecks.id, checkId)).limit(1);
  if (check === undefined) {
    throw new NotFoundError('CREDIT_CHECK', field);
  }
  if (viewer.role !== Role.ADMIN && check.organizationCode !== viewer.organizationCode) {
    throw new ForbiddenError(say('FORBIDDEN_OWN_CHECKS'));
  }
  return check;
}

export interface FeedbackInput {
  measureId: string;
  applied: boolean;
  reason?: string | null;
}

/**
 * Records per measure whether the department applied it (recordCheckFeedback, 执行反馈). A
 * measure that is not the check's is refused; not applying a MANDATORY measure needs a reason.
 * Later feedback for the same measure replaces earlier feedback. All or nothing.
 */
export async function recordCheckFeedback(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  checkId: string,
  feedback: readonly FeedbackInput[],
): Promise<CreditCheckRow> {
  if (feedback.length === 0) {
    throw new BadInputError(say('FEEDBACK_EMPTY', named('feedback')), 'feedback');
  }
  return db.transaction(async tx => {
    const check = await findCheck(tx, viewer, checkId, 'checkId');
    const byId = new Map(
      (
        await tx
          .select()
          .from(measures)
          .where(inArray(measures.id, check.measureIds.length > 0 ? check.measureIds : ['']))
      ).map(m => [m.id, m]),
    );
    feedback.forEach((item, index) => {
      const measure = byId.get(item.measureId);
      if (measure === undefined || !check.measureIds.includes(item.measureId)) {
        throw new BadInputError(
          say('MEASURE_NOT_IN_CHECK', {
            ...named('feedback'),
            index,
            measure: item.measureId,
          }),
          'feedback',
          { index, reason: 'MEASURE_NOT_IN_CHECK' },
        );
      }
      if (
        !item.applied &&
        measure.kind === MeasureKind.MANDATORY &&
        (item.reason ?? '').trim() === ''
      ) {
        throw new BadInputError(
          say('REASON_REQUIRED', { ...named('feedback'), index, measure: measure.id }),
          'feedback',
          {
            index,
            reason: 'REASON_REQUIRED',
          },
        );
      }
    });
    for (const item of feedback) {
      await tx
        .insert(checkFeedback)
        .values({
          checkId: check.id,
          subjectCode: check.subjectCode,
          measureId: item.measureId,
          applied: item.applied,
          reason: item.reason?.trim() || null,
          recordedAt: clock.now(),
          recordedByKeyId: viewer.keyId,
        })
        .onConflictDoUpdate({
          target: [checkFeedback.checkId, checkFeedback.measureId],
          set: {
            applied: item.applied,
            reason: item.reason?.trim() || null,
            recordedAt: clock.now(),
            recordedByKeyId: viewer.keyId,
          },
        });
    }
    await recordAudit(tx, viewer, clock.now(), {
      action: 'credit_check.feedback',
      entityType: 'credit_check',
      entityId: check.id,
      details: { feedback },
    });
    return check;
  });
}

export async function feedbackOf(
  db: DbOrTx,
  checkIds: readonly string[],
): Promise<CheckFeedbackRow[]> {
  if (checkIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(checkFeedback)
    .where(inArray(checkFeedback.checkId, [...checkIds]));
}

export interface CheckStatsRow {
  organizationCode: string | null;
  organizationName: string | null;
  checks: number;
  complete: number;
  lackingFeedback: number;
}

/** Checks per department, and how many still lack feedback for some measure. */
export async function checkStats(
  db: DbOrTx,
  organizationCode: string | null,
): Promise<CheckStatsRow[]> {
  const rows = await db
    .select({
      organizationCode: creditChecks.organizationCode,
      organizationName: sql<string | null>`max(${creditChecks.organizationName})`,
      checks: sql<number>`count(*)`.mapWith(Number),
      complete:
        sql<number>`count(*) filter (where (select count(*) from ${checkFeedback} f where f.subject_code = ${creditChecks.subjectCode} and f.check_id = ${creditChecks.id}) >= cardinality(${creditChecks.measureIds}))`.mapWith(
          Number,
        ),
    })
    .from(creditChecks)
    .where(
      organizationCode === null ? undefined : eq(creditChecks.organizationCode, organizationCode),
    )
    .groupBy(creditChecks.organizationCode)
    .orderBy(desc(sql`count(*)`));
  return rows.map(row => ({ ...row, lackingFeedback: row.checks - row.complete }));
}

export interface MeasureCommand {
  id: string;
  kind: MeasureKind;
  listType: ListType;
  scenarios: CheckScenario[];
  title: string;
  content: string;
  legalBasis: string;
  departments: string;
  grades?: CreditGrade[] | null;
  active: boolean;
}

/** Adds or changes a measure of the measures list (ADMIN), audited in the same transaction. */
export async function saveMeasure(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  command: MeasureCommand,
): Promise<MeasureRow> {
  const id = command.id.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9-]{1,63}$/.test(id)) {
    throw new BadInputError(
      say('IDENTIFIER_FORMAT', { ...named('id'), min: 2, max: 64, alphabet: 'A–Z、0–9、-' }),
      'id',
    );
  }
  if (command.scenarios.length === 0) {
    throw new BadInputError(say('MEASURE_WITHOUT_SCENARIO', named('scenarios')), 'scenarios');
  }
  for (const [field, value, max] of [
    ['title', command.title, 200],
    ['content', command.content, 2000],
    ['legalBasis', command.legalBasis, 1000],
    ['departments', command.departments, 500],
  ] as const) {
    if (value.trim().length === 0 || value.trim().length > max) {
      throw new BadInputError(say('LENGTH', { ...named(field), min: 1, max }), field);
    }
  }
  const values = {
    kind: command.kind,
    listType: command.listType,
    scenarios: [...new Set(command.scenarios)],
    title: command.title.trim(),
    content: command.content.trim(),
    legalBasis: command.legalBasis.trim(),
    departments: command.departments.trim(),
    grades: [...new Set(command.grades ?? [])].sort(),
    active: command.active,
    updatedAt: clock.now(),
  };
  return db.transaction(async tx => {
    const [row] = await tx
      .insert(measures)
      .values({ id, ...values })
      .onConflictDoUpdate({ target: measures.id, set: values })
      .returning();
    await recordAudit(tx, viewer, clock.now(), {
      action: 'measure.save',
      entityType: 'measure',
      entityId: id,
      details: values,
    });
    return row!;
  });
}

/** Checks, newest first: all for the credit office, a regulator's own department's otherwise. */
export async function pageChecks(
  db: DbOrTx,
  organizationCode: string | null,
  scenario: CheckScenario | null,
  limit: number,
  after: { checkedAt: Date; id: string } | null,
) {
  return db
    .select()
    .from(creditChecks)
    .where(
      and(
        organizationCode === null ? undefined : eq(creditChecks.organizationCode, organizationCode),
        scenario === null ? undefined : eq(creditChecks.scenario, scenario),
        after === null
          ? undefined
          : sql`(${creditChecks.checkedAt}, ${creditChecks.id}) < (${after.checkedAt.toISOString()}::timestamptz, ${after.id}::uuid)`,
      ),
    )
    .orderBy(desc(creditChecks.checkedAt), desc(creditChecks.id))
    .limit(limit);
}
