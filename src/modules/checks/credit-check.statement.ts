import { type SQL, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { alias } from 'drizzle-orm/pg-core';

import { auditInsert } from '../audit/index.js';
import { ListType, listEntries, visibleActiveEntries } from '../credit-lists/index.js';
import { subjectEvaluations } from '../evaluation/index.js';
import {
  catalogRecords,
  kindNamed,
  licensingRecords,
  penaltyInPublicity,
  penaltyRecords,
  standing,
} from '../records/index.js';
import { subjects } from '../subjects/index.js';
import { type CalendarDate, addMonths, chinaDayStart } from '../../shared/dates.js';
import { BadInputError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { CheckRule, checkRuleEnum, checkScenarioEnum } from './check.enums.js';
import { creditChecks, measures } from './check.table.js';

/**
 * What a check takes from its request, each as SQL: bound values when the service runs it,
 * placeholders when a plan does.
 */
export interface CheckRequest {
  code: SQL;
  scenario: SQL;
  /** The trimmed matter (checkMatter). */
  matter: SQL;
  at: SQL;
  keyId: SQL;
  role: SQL;
  organizationName: SQL;
  organizationCode: SQL;
}

/** The matter of a check, trimmed, or the API's error for it. */
export function checkMatter(matter: string): string {
  const text = matter.trim();
  if (text.length === 0 || text.length > 500) {
    throw new BadInputError(say('LENGTH', { ...named('matter'), min: 1, max: 500 }), 'matter');
  }
  return text;
}

/** The CTE holding the stored check; its columns are the table's. */
export const CHECK_CTE = 'credit_check';

/** The stored check's columns, read from the CTE of checkStatement. */
export const checkRow = alias(creditChecks, CHECK_CTE);

/** The catalog item of the 经营异常名录 (records/kinds: ABNORMAL_OPERATION). */
const ABNORMAL_OPERATION_ITEM = kindNamed('ABNORMAL_OPERATION')!.code;

/**
 * SQL: the first date of the platform's records of a subject (its records coverage): the
 * earliest of the decision dates of its licensing, penalty and catalog records (the catalog's
 * registration record, 登记注册基本信息, dates it by 成立日期), and the listing dates of its list
 * entries, revoked records left out. The platform knows a subject for three years when this
 * date is three years or more before the check: only then can it say the subject has had no
 * adverse record in those years.
 */
function recordsCoverageFrom(code: SQL): SQL {
  const first = (table: typeof licensingRecords | typeof penaltyRecords | typeof catalogRecords) =>
    sql`select min(${table.decisionDate}) as first_on from ${table} where ${table.subjectCode} = ${code} and ${table.revokedAt} is null`;
  return sql`(select min(first_on) from (
      ${first(licensingRecords)} union all ${first(penaltyRecords)} union all ${first(catalogRecords)}
      union all select min(${listEntries.listedOn}) from ${listEntries} where ${listEntries.subjectCode} = ${code}
    ) coverage)`;
}

/**
 * A check (runCreditCheck, 应查必查) as the common table expressions of one statement: the
 * subject's active list entries (its hits, in the list's order), its penalties still in
 * publicity (penaltyInPublicity of the records module, whatever their scope), the rule that
 * grants or denies the incentive measures (CheckRule, in its order) with its explanation, the
 * measures of the scenario that apply and the incentive measures denied, the stored check
 * (`credit_check`, RETURNING its row) and its audit entry. The service and the planner both run
 * it, so a check is decided once, in the database.
 *
 * "Three years" are the 36 months before `today`, a date of Asia/Shanghai from the injected
 * clock. Adverse in those years (京政发〔2017〕15号 二(二)1 连续三年无不良信用记录): a penalty
 * decided in them or still in publicity (revoked ones are not); a black-list entry on the list
 * at any time in them (listed by today, not ended by validUntil, removal or repair before
 * them); an entry of the 经营异常名录 listed by today and not moved out before them.
 */
export function checkStatement(request: CheckRequest, today: CalendarDate): SQL {
  const code = sql`${request.code}::text`;
  const scenario = sql`${request.scenario}::text::${sql.identifier(checkScenarioEnum.enumName)}`;
  const since = addMonths(today, -36);
  const sinceStart = chinaDayStart(since).toISOString();
  const ofSubject = sql`${listEntries.subjectCode} = ${code}`;
  const active = visibleActiveEntries(today, false);
  const onList = (type: ListType) =>
    sql`exists (select 1 from ${listEntries} where ${ofSubject} and ${active} and ${listEntries.listType} = ${type})`;
  const p = penaltyRecords;
  const r = catalogRecords;
  const removal = sql`nullif(${r.data}->>'removalDate', '')`;
  const facts = sql`select
      exists (select 1 from ${subjects} where ${subjects.code} = ${code}) as known,
      ${onList(ListType.BLACK)} as on_black,
      ${onList(ListType.RED)} as on_red,
      ${recordsCoverageFrom(code)} as coverage_from,
      exists (select 1 from ${p} where ${p.subjectCode} = ${code} and ${p.revokedAt} is null
        and ${standing(p)}
        and (${p.decisionDate} >= ${since}::date or ${penaltyInPublicity(today)})) as penalised,
      exists (select 1 from ${listEntries} where ${ofSubject} and ${listEntries.listType} = ${ListType.BLACK}
        and ${listEntries.listedOn} <= ${today}::date
        and (${listEntries.validUntil} is null or ${listEntries.validUntil} >= ${since}::date)
        and (${listEntries.removedAt} is null or ${listEntries.removedAt} >= ${sinceStart}::timestamptz)) as was_black,
      exists (select 1 from ${r} where ${r.subjectCode} = ${code} and ${r.catalogItemCode} = ${ABNORMAL_OPERATION_ITEM}
        and ${r.revokedAt} is null and ${r.decisionDate} <= ${today}::date
        and case when ${removal} is null then true else ${removal}::date >= ${since}::date end) as abnormal`;
  const R = CheckRule;
  const redReason = '列入守信激励对象名单（诚信典型）';
  const cleanReason = sql`${'连续三年无不良信用记录（平台自 '}::text || to_char(facts.coverage_from, 'YYYY-MM-DD')
    || ${` 起有该主体的信用记录；${since} 以来无行政处罚、无严重失信主体名单和经营异常名录记录）`}::text`;
  const rule = sql`case when not facts.known then ${R.UNKNOWN_SUBJECT}
      when facts.on_black then ${R.BLACK_LISTED}
      when facts.on_red then ${R.RED_LISTED}
      when facts.coverage_from is null or facts.coverage_from > ${since}::date then ${R.RECORDS_UNDER_THREE_YEARS}
      when facts.penalised then ${R.PENALTY_IN_THREE_YEARS}
      when facts.was_black then ${R.BLACK_LIST_IN_THREE_YEARS}
      when facts.abnormal then ${R.ABNORMAL_OPERATION_IN_THREE_YEARS}
      else ${R.CLEAN_THREE_YEARS} end`;
  const denied = '，不适用守信激励措施';
  const explanation = sql`case found.rule
      when ${R.UNKNOWN_SUBJECT} then ${`平台无该统一社会信用代码的主体及其信用记录${denied}`}::text
      when ${R.BLACK_LISTED} then ${`列入严重失信主体名单${denied}`}::text
      when ${R.RED_LISTED} then ${redReason}::text
      when ${R.RECORDS_UNDER_THREE_YEARS} then case when found.coverage_from is null
          then ${`平台无该主体的有效信用记录，无从认定连续三年无不良信用记录${denied}`}::text
          else ${'平台最早的该主体信用记录为 '}::text || to_char(found.coverage_from, 'YYYY-MM-DD')
            || ${`，不足三年（须不晚于 ${since}），无从认定连续三年无不良信用记录${denied}`}::text end
      when ${R.PENALTY_IN_THREE_YEARS} then ${`${since} 以来有行政处罚记录（或仍在公示期内的行政处罚）${denied}`}::text
      when ${R.BLACK_LIST_IN_THREE_YEARS} then ${`${since} 以来曾列入严重失信主体名单${denied}`}::text
      when ${R.ABNORMAL_OPERATION_IN_THREE_YEARS} then ${`${since} 以来曾列入经营异常名录${denied}`}::text
      else found.reason end`;
  const granted = sql`found.rule in (${R.RED_LISTED}, ${R.CLEAN_THREE_YEARS})`;
  const c = creditChecks;
  const m = measures;
  // A measure for some evaluation classes applies only to a subject whose stored class is one.
  const forClass = sql`(cardinality(${m.grades}) = 0 or exists (select 1 from ${subjectEvaluations}
      where ${subjectEvaluations.subjectCode} = ${code} and ${subjectEvaluations.grade} = any(${m.grades})))`;
  return sql`credit_check_found as (
      select array(select ${listEntries.id} from ${listEntries} where ${ofSubject} and ${active}
          order by ${listEntries.listedOn}, ${listEntries.id}) as hit_ids,
        array(select ${p.id} from ${p} where ${p.subjectCode} = ${code} and ${penaltyInPublicity(today)}
          order by ${p.decisionDate} desc, ${p.id} desc) as penalty_ids,
        facts.on_black, facts.coverage_from,
        (${rule})::text as rule,
        case when facts.on_black then null
          when facts.on_red then ${redReason}::text
          else ${cleanReason} end as reason
      from (${facts}) facts),
    ${sql.identifier(CHECK_CTE)} as (
      insert into ${c} (${sql.join(
        [
          c.subjectCode,
          c.scenario,
          c.matter,
          c.checkedAt,
          c.checkedByKeyId,
          c.organizationName,
          c.organizationCode,
          c.hitEntryIds,
          c.measureIds,
          c.incentiveReason,
          c.penaltyIds,
          c.incentiveRule,
          c.incentiveExplanation,
          c.deniedMeasureIds,
          c.recordsCoverageFrom,
        ].map(column => sql.identifier(toSnakeCase(column.name))),
        sql`, `,
      )})
      select ${code}, ${scenario}, ${request.matter}::text, ${request.at}::timestamptz,
        ${request.keyId}::uuid, ${request.organizationName}::text, ${request.organizationCode}::text,
        found.hit_ids,
        array(select ${m.id} from ${m} where ${m.active} and ${scenario} = any(${m.scenarios})
          and ${forClass}
          and ((${m.listType} = ${ListType.BLACK} and found.on_black)
            or (${m.listType} = ${ListType.RED} and ${granted}))
          order by ${m.listType}, ${m.kind}, ${m.id}),
        case when ${granted} then found.reason end,
        found.penalty_ids,
        found.rule::${sql.identifier(checkRuleEnum.enumName)},
        ${explanation},
        array(select ${m.id} from ${m} where ${m.active} and ${scenario} = any(${m.scenarios})
          and ${m.listType} = ${ListType.RED} and (not ${granted} or not ${forClass})
          order by ${m.kind}, ${m.id}),
        found.coverage_from
      from credit_check_found found
      returning *),
    credit_check_audit as (${auditInsert(
      {
        at: request.at,
        keyId: request.keyId,
        role: request.role,
        organizationCode: request.organizationCode,
      },
      {
        action: 'credit_check.run',
        entityType: 'credit_check',
        entityId: sql`${checkRow.id}::text`,
        details: sql`jsonb_build_object('subjectCode', ${checkRow.subjectCode}, 'scenario', ${checkRow.scenario},
          'hits', cardinality(${checkRow.hitEntryIds}), 'penalties', cardinality(${checkRow.penaltyIds}),
          'measures', to_jsonb(${checkRow.measureIds}), 'incentiveRule', ${checkRow.incentiveRule},
          'deniedMeasures', to_jsonb(${checkRow.deniedMeasureIds}))`,
      },
      sql`${sql.identifier(CHECK_CTE)}`,
    )})`;
}
