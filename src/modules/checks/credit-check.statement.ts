import { type SQL, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { alias } from 'drizzle-orm/pg-core';

import { auditInsert } from '../audit/index.js';
import { ListType, listEntries, visibleActiveEntries } from '../credit-lists/index.js';
import { penaltyRecords } from '../records/index.js';
import { type CalendarDate, addMonths } from '../../shared/dates.js';
import { BadInputError } from '../../shared/errors.js';
import { checkScenarioEnum } from './check.enums.js';
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
    throw new BadInputError('matter must have 1 to 500 characters.', 'matter');
  }
  return text;
}

/** The CTE holding the stored check; its columns are the table's. */
export const CHECK_CTE = 'credit_check';

/** The stored check's columns, read from the CTE of checkStatement. */
export const checkRow = alias(creditChecks, CHECK_CTE);

/**
 * A check (runCreditCheck, 应查必查) as the common table expressions of one statement: the
 * subject's active list entries (its hits, in the list's order), the incentive reason when it
 * is not black-listed (on the red list: 诚信典型; or no penalty decision and no black-list entry
 * in the last three years, 京政发〔2017〕15号 二(二)1), the measures of the scenario that
 * apply, the stored check (`credit_check`, RETURNING its row) and its audit entry. The service
 * and the planner both run it, so a check is decided once, in the database.
 */
export function checkStatement(request: CheckRequest, today: CalendarDate): SQL {
  const code = sql`${request.code}::text`;
  const scenario = sql`${request.scenario}::text::${sql.identifier(checkScenarioEnum.enumName)}`;
  const since = addMonths(today, -36);
  const ofSubject = sql`${listEntries.subjectCode} = ${code}`;
  const active = visibleActiveEntries(today, false);
  const onList = (type: ListType) =>
    sql`exists (select 1 from ${listEntries} where ${ofSubject} and ${active} and ${listEntries.listType} = ${type})`;
  const clean = sql`not exists (select 1 from ${penaltyRecords} where ${penaltyRecords.subjectCode} = ${code}
      and ${penaltyRecords.decisionDate} >= ${since}::date and ${penaltyRecords.revokedAt} is null)
    and not exists (select 1 from ${listEntries} where ${ofSubject}
      and ${listEntries.listType} = ${ListType.BLACK} and ${listEntries.listedOn} >= ${since}::date)`;
  const cleanReason = `连续三年无不良信用记录（${since} 以来无行政处罚、无严重失信名单记录）`;
  const c = creditChecks;
  const m = measures;
  return sql`credit_check_found as (
      select array(select ${listEntries.id} from ${listEntries} where ${ofSubject} and ${active}
          order by ${listEntries.listedOn}, ${listEntries.id}) as hit_ids,
        ${onList(ListType.BLACK)} as on_black,
        case when ${onList(ListType.BLACK)} then null
          when ${onList(ListType.RED)} then ${'列入守信激励对象名单（诚信典型）'}::text
          when ${clean} then ${cleanReason}::text end as reason),
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
        ].map(column => sql.identifier(toSnakeCase(column.name))),
        sql`, `,
      )})
      select ${code}, ${scenario}, ${request.matter}::text, ${request.at}::timestamptz,
        ${request.keyId}::uuid, ${request.organizationName}::text, ${request.organizationCode}::text,
        found.hit_ids,
        array(select ${m.id} from ${m} where ${m.active} and ${scenario} = any(${m.scenarios})
          and ((${m.listType} = ${ListType.BLACK} and found.on_black)
            or (${m.listType} = ${ListType.RED} and found.reason is not null))
          order by ${m.listType}, ${m.kind}, ${m.id}),
        found.reason
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
          'hits', cardinality(${checkRow.hitEntryIds}), 'measures', to_jsonb(${checkRow.measureIds}))`,
      },
      sql`${sql.identifier(CHECK_CTE)}`,
    )})`;
}
