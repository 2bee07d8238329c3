import { type SQL, sql } from 'drizzle-orm';

import { listEntries, ListType } from '../credit-lists/index.js';
import { objections } from '../objections/index.js';
import {
  catalogRecords,
  kindNamed,
  licensingRecords,
  penaltyRecords,
  standing,
} from '../records/index.js';
import { subjects } from '../subjects/index.js';
import { type CalendarDate, addDays, addMonths } from '../../shared/dates.js';
import { type EvaluationModelDefinition, GRADES, MAX_SCORE } from './evaluation.model.js';
import { subjectEvaluationHistory, subjectEvaluations } from './evaluation.table.js';

/** The most contributing records an indicator line lists (its value counts them all). */
const RECORD_IDS_PER_INDICATOR = 100;

const COMMITMENT_ITEMS = ['CREDIT_COMMITMENT', 'PLATFORM_COMMITMENT'].map(
  name => kindNamed(name)!.code,
);
const ABNORMAL_OPERATION_ITEM = kindNamed('ABNORMAL_OPERATION')!.code;

/** The five years of PENALTY_PAST and PENALTY_REPAIRED: decided after this date. */
function fiveYearsBefore(today: CalendarDate): CalendarDate {
  return addMonths(today, -60);
}

/**
 * SQL: each counted record of the subjects to evaluate as
 * (code, indicator, record_id, on_date), reading the subjects from the CTE `target`: the one definition of what every indicator counts
 * (INDICATORS in evaluation.model.ts), for the incremental and the bulk recomputation alike.
 * Only published records count (the public credit records the feed tells of); revoked ones and
 * 双公示 records marked 无效 or 撤销 never do.
 */
function countedRecords(today: CalendarDate): SQL {
  const since = fiveYearsBefore(today);
  const p = penaltyRecords;
  const l = licensingRecords;
  const e = listEntries;
  const r = catalogRecords;
  const o = objections;
  const underObjection = (kind: string, id: SQL) =>
    sql`exists (select 1 from ${o} where ${o.targetKind} = ${kind} and ${o.targetId} = ${id} and ${o.status} = 'ACCEPTED')`;
  const removal = sql`nullif(${r.data}->>'removalDate', '')`;
  const fulfilment = sql`${r.data}->>'fulfilment'`;
  return sql`
    select ${p.subjectCode} as code,
      case when ${p.repairedAt} is not null
          then case when ${p.decisionDate} > ${since}::date then 'PENALTY_REPAIRED' end
        when ${underObjection('PENALTY', sql`${p.id}`)} then 'OBJECTIONS_PENDING'
        when ${p.publicityMaxEnd} >= ${today}::date then 'PENALTY_' || ${p.severity}::text
        when ${p.decisionDate} > ${since}::date then 'PENALTY_PAST' end as indicator,
      'penalty:' || ${p.id} as record_id, ${p.decisionDate} as on_date
    from ${p} join target on target.code = ${p.subjectCode}
    where ${p.publishedAt} is not null and ${p.revokedAt} is null and ${standing(p)}
    union all
    select ${l.subjectCode}, 'LICENCES_VALID', 'licensing:' || ${l.id}, ${l.decisionDate}
    from ${l} join target on target.code = ${l.subjectCode}
    where ${l.publishedAt} is not null and ${l.revokedAt} is null and ${l.repairedAt} is null
      and ${standing(l)} and ${l.validFrom} <= ${today}::date and ${l.validTo} >= ${today}::date
    union all
    select ${e.subjectCode},
      case when ${underObjection('LIST_ENTRY', sql`${e.id}`)} then 'OBJECTIONS_PENDING'
        when ${e.listType} = ${ListType.BLACK} then 'BLACK_LIST' else 'RED_LIST' end,
      'list:' || ${e.id}, ${e.listedOn}
    from ${e} join target on target.code = ${e.subjectCode}
    where ${e.publishedAt} is not null and ${e.removedAt} is null and ${e.repairedAt} is null
      and ${e.listedOn} <= ${today}::date
      and (${e.validUntil} is null or ${e.validUntil} >= ${today}::date)
    union all
    select ${r.subjectCode},
      case when ${r.catalogItemCode} = ${ABNORMAL_OPERATION_ITEM} then
          case when ${r.decisionDate} <= ${today}::date
            and (${removal} is null or ${removal} > ${today}::text) then 'ABNORMAL_OPERATION' end
        when ${fulfilment} = '已履约' then 'COMMITMENTS_KEPT'
        when ${fulfilment} = '未履约' then 'COMMITMENTS_BROKEN' end,
      'catalog:' || ${r.id}, ${r.decisionDate}
    from ${r} join target on target.code = ${r.subjectCode}
    where ${r.publishedAt} is not null and ${r.revokedAt} is null and ${r.repairedAt} is null
      and ${r.catalogItemCode} in (${sql.join(
        [ABNORMAL_OPERATION_ITEM, ...COMMITMENT_ITEMS].map(code => sql`${code}`),
        sql`, `,
      )})`;
}

/**
 * SQL: the common table expressions that evaluate the subjects of `target` (a query of one
 * `code` column) under `model` on `today`, ending in `graded` (code, grade, score, indicators):
 * each indicator's value and contributing records, its points (pointsEach per record, bounded
 * by maxPoints), the score (the base plus the points, clamped into [0, MAX_SCORE]), the class
 * by the thresholds, held down by every cap that applies. gradeOf (evaluation.model.ts) is the
 * same rule in TypeScript.
 */
function gradedSubjects(target: SQL, model: EvaluationModelDefinition, today: CalendarDate): SQL {
  const weights = sql.join(
    model.indicators.map(
      (w, i) =>
        sql`(${w.code}::text, ${i}::int, ${w.pointsEach}::numeric, ${w.maxPoints}::numeric)`,
    ),
    sql`, `,
  );
  const rank = (grade: string) => GRADES.indexOf(grade as (typeof GRADES)[number]);
  const byScore = sql`case when scored.score >= ${model.thresholds.A}::numeric then 0
      when scored.score >= ${model.thresholds.B}::numeric then 1
      when scored.score >= ${model.thresholds.C}::numeric then 2 else 3 end`;
  const caps = model.gradeCaps.map(
    cap =>
      sql`case when coalesce((scored.vals->>${cap.indicator})::int, 0) >= ${cap.atLeast}::int then ${rank(cap.grade)}::int else 0 end`,
  );
  const grades = sql.raw(`array[${GRADES.map(g => `'${g}'`).join(', ')}]`);
  return sql`target as (${target}),
    counted_records as (${countedRecords(today)}),
    counted as (
      select code, indicator, count(*)::int as value,
        (array_agg(record_id order by on_date desc, record_id))[1:${RECORD_IDS_PER_INDICATOR}::int] as ids
      from counted_records where indicator is not null group by code, indicator),
    weights (code, ord, points_each, max_points) as (values ${weights}),
    lines as (
      select target.code, weights.code as indicator, weights.ord, coalesce(counted.value, 0) as value,
        coalesce(counted.ids, '{}') as ids,
        sign(weights.points_each * coalesce(counted.value, 0))
          * least(abs(weights.points_each * coalesce(counted.value, 0)), weights.max_points) as points
      from target cross join weights
      left join counted on counted.code = target.code and counted.indicator = weights.code),
    scored as (
      select code,
        least(${MAX_SCORE}::numeric, greatest(0::numeric, ${model.baseScore}::numeric + sum(points)))::numeric(6,2) as score,
        jsonb_object_agg(indicator, value) as vals,
        jsonb_agg(jsonb_build_object('code', indicator, 'value', value, 'points', points,
          'recordIds', to_jsonb(ids)) order by ord) as indicators
      from lines group by code),
    graded as (
      select scored.code, (${grades})[greatest(${byScore}${
        caps.length === 0 ? sql`` : sql`, ${sql.join(caps, sql`, `)}`
      }) + 1] as grade, scored.score, scored.indicators
      from scored)`;
}

/** SQL: the subjects of the platform among `codes`, as a `target`. */
export function knownSubjects(codes: readonly string[]): SQL {
  return sql`select ${subjects.code} as code from ${subjects}
    where ${subjects.code} = any(${sql.param([...codes])}::text[])`;
}

/** SQL: the next `limit` subjects after `after` in code order (a bulk recomputation's batch). */
export function subjectBatch(after: string, limit: number): SQL {
  return sql`select ${subjects.code} as code from ${subjects}
    where ${subjects.code} > ${after} order by ${subjects.code} limit ${limit}`;
}

/** One subject's evaluation as gradeEvaluations reads it, to be stored by storeEvaluations. */
export interface GradedRow {
  code: string;
  grade: string;
  /** The numeric score as its text, so that it is stored exactly as computed. */
  score: string;
  /** The indicator lines as JSON text. */
  indicators: string;
}

/** SQL: the evaluation of each subject of `target` under `model` on `today`, for storing. */
export function gradeEvaluations(
  target: SQL,
  model: EvaluationModelDefinition,
  today: CalendarDate,
): SQL {
  return sql`with ${gradedSubjects(target, model, today)}
    select code, grade, score::text as score, indicators::text as indicators from graded`;
}

/**
 * SQL: stores evaluations computed by gradeEvaluations: each subject's row is written only when
 * its result changed, and a history row is appended when its class, score or model changed.
 * Computing and storing are apart so that a pass holds a transaction id (which every reader of
 * the change feed waits for, see the monitoring module) only while it writes.
 */
export function storeEvaluations(
  graded: readonly GradedRow[],
  model: EvaluationModelDefinition,
  at: Date,
): SQL {
  const s = subjectEvaluations;
  const h = subjectEvaluationHistory;
  const stamp = at.toISOString();
  return sql`with graded as (
      select g.code, g.grade, g.score, g.indicators
      from json_to_recordset(${JSON.stringify(graded)}::json)
        as g(code text, grade text, score numeric, indicators jsonb)),
    previous as (
      select ${s.subjectCode} as code, ${s.modelVersion} as model_version, ${s.grade}::text as grade, ${s.score} as score
      from ${s} join graded on graded.code = ${s.subjectCode}),
    stored as (
      insert into ${s} (subject_code, model_version, grade, score, indicators, computed_at)
      select code, ${model.version}, grade::credit_grade, score, indicators, ${stamp}::timestamptz from graded
      on conflict (subject_code) do update set model_version = excluded.model_version,
        grade = excluded.grade, score = excluded.score, indicators = excluded.indicators,
        computed_at = excluded.computed_at
      where (${s.modelVersion}, ${s.grade}, ${s.score}, ${s.indicators})
        is distinct from (excluded.model_version, excluded.grade, excluded.score, excluded.indicators)
      returning subject_code, model_version, grade, score, indicators, computed_at),
    appended as (
      insert into ${h} (subject_code, model_version, grade, score, indicators, computed_at)
      select stored.subject_code, stored.model_version, stored.grade, stored.score, stored.indicators, stored.computed_at
      from stored left join previous on previous.code = stored.subject_code
      where (previous.model_version, previous.grade, previous.score)
        is distinct from (stored.model_version, stored.grade::text, stored.score)
      returning 1)
    select (select count(*) from stored)::int as written, (select count(*) from appended)::int as appended`;
}

/** SQL: the evaluation of `target` as it would be stored, without storing it. */
export function computeEvaluations(
  target: SQL,
  model: EvaluationModelDefinition,
  today: CalendarDate,
): SQL {
  return sql`with ${gradedSubjects(target, model, today)}
    select code, grade, score::float8 as score, indicators from graded order by code`;
}

/**
 * SQL: the subjects whose indicators can change by date alone between the end of `last` and
 * the end of `today` (the worker's sweep): a penalty's publicity ending or its five years
 * passing, a licence's validity starting or ending, a list entry's listing starting or ending,
 * an 经营异常名录 entry's listing or moving out. Each condition of countedRecords that compares a
 * date with today flips on exactly one of these days.
 */
export function dateBoundarySubjects(last: CalendarDate, today: CalendarDate): SQL {
  const p = penaltyRecords;
  const l = licensingRecords;
  const e = listEntries;
  const r = catalogRecords;
  const from = addDays(last, 1);
  const since = (d: CalendarDate) => fiveYearsBefore(d);
  const removal = sql`nullif(${r.data}->>'removalDate', '')`;
  return sql`select ${p.subjectCode} as code from ${p} where ${p.subjectCode} is not null and (
        ${p.publicityMaxEnd} between ${last}::date and ${addDays(today, -1)}::date
        or ${p.decisionDate} between ${addDays(since(last), 1)}::date and ${since(today)}::date)
    union select ${l.subjectCode} from ${l} where ${l.subjectCode} is not null and (
        ${l.validTo} between ${last}::date and ${addDays(today, -1)}::date
        or ${l.validFrom} between ${from}::date and ${today}::date)
    union select ${e.subjectCode} from ${e} where
        ${e.validUntil} between ${last}::date and ${addDays(today, -1)}::date
        or ${e.listedOn} between ${from}::date and ${today}::date
    union select ${r.subjectCode} from ${r} where ${r.subjectCode} is not null
        and ${r.catalogItemCode} = ${ABNORMAL_OPERATION_ITEM} and (
        ${r.decisionDate} between ${from}::date and ${today}::date
        or ${removal} between ${from}::text and ${today}::text)`;
}
