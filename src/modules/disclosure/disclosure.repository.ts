import {
  type SQL,
  and,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  not,
  or,
  sql,
} from 'drizzle-orm';

import { executeRows } from '../../db/execute.js';
import type { DbOrTx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import type { WorkingCalendar } from '../calendar/index.js';
import {
  FIRST_DAY,
  LAST_DAY,
  counterSegments,
  countersOf,
  pendingCounts,
  pendingTotal,
} from './record-counters.js';
import { licensingRecords } from '../records/index.js';
import { penaltyRecords } from '../records/index.js';
import { RecordKind } from '../records/index.js';
import { type RecordRow, type RecordTable, commonColumns } from '../records/index.js';
import { DisclosureStatus, disclosureDeadline } from '../records/index.js';

export const TABLES: Record<RecordKind, RecordTable> = {
  [RecordKind.LICENSING]: licensingRecords,
  [RecordKind.PENALTY]: penaltyRecords,
};

/**
 * The SQL form of `disclosureStatus` (disclosure-policy.ts), for filters and counts. It reads
 * `published_on` (set with `published_at`), so the partial and covering indexes of the record
 * tables answer it.
 */
function statusCondition(table: RecordTable, status: DisclosureStatus, today: CalendarDate): SQL {
  const t = commonColumns(table);
  switch (status) {
    case DisclosureStatus.NOT_REQUIRED:
      return not(t.disclosureRequired);
    case DisclosureStatus.ON_TIME:
      return and(
        t.disclosureRequired,
        isNotNull(t.publishedOn),
        lte(t.publishedOn, t.disclosureDeadline),
      )!;
    case DisclosureStatus.LATE:
      return and(t.disclosureRequired, gt(t.publishedOn, t.disclosureDeadline))!;
    case DisclosureStatus.OVERDUE:
      return and(t.disclosureRequired, isNull(t.publishedOn), lt(t.disclosureDeadline, today))!;
    case DisclosureStatus.PENDING:
      return and(t.disclosureRequired, isNull(t.publishedOn), gte(t.disclosureDeadline, today))!;
  }
}

export interface DisclosureQuery {
  status: DisclosureStatus | null;
  sourceUnitCode: string | null;
  decisionFrom: CalendarDate | null;
  decisionTo: CalendarDate | null;
  /** Only records not public yet whose deadline is from today to this date (due soon). */
  dueBy?: CalendarDate | null;
}

function filterCondition(
  table: RecordTable,
  query: DisclosureQuery,
  today: CalendarDate,
): SQL | undefined {
  const t = commonColumns(table);
  return and(
    query.status === null ? undefined : statusCondition(table, query.status, today),
    query.sourceUnitCode === null ? undefined : eq(t.sourceUnitCode, query.sourceUnitCode),
    query.decisionFrom === null ? undefined : gte(t.decisionDate, query.decisionFrom),
    query.decisionTo === null ? undefined : lte(t.decisionDate, query.decisionTo),
    query.dueBy === null || query.dueBy === undefined
      ? undefined
      : and(
          statusCondition(table, DisclosureStatus.PENDING, today),
          lte(t.disclosureDeadline, query.dueBy),
        ),
  );
}

/** Keyset position in the merged list, ordered by decision date desc, kind, id desc. */
export interface DisclosureCursor {
  decisionDate: CalendarDate;
  kind: RecordKind;
  id: number;
}

function afterCondition(
  table: RecordTable,
  kind: RecordKind,
  after: DisclosureCursor | null,
): SQL | undefined {
  if (after === null) {
    return undefined;
  }
  const t = commonColumns(table);
  if (kind > after.kind) {
    return lte(t.decisionDate, after.decisionDate);
  }
  if (kind < after.kind) {
    return lt(t.decisionDate, after.decisionDate);
  }
  return or(
    lt(t.decisionDate, after.decisionDate),
    and(eq(t.decisionDate, after.decisionDate), lt(t.id, after.id)),
  );
}

/**
 * One page of records of the given kinds, newest decision first: each kind's table is read
 * along its (decision_date, id) index for at most `limit` rows, and the two are merged.
 */
export async function pageDisclosureRecords(
  db: DbOrTx,
  kinds: readonly RecordKind[],
  query: DisclosureQuery,
  today: CalendarDate,
  limit: number,
  after: DisclosureCursor | null,
): Promise<{ kind: RecordKind; row: RecordRow }[]> {
  const parts = await Promise.all(
    kinds.map(async kind => {
      const table = TABLES[kind];
      const t = commonColumns(table);
      const rows = (await db
        .select()
        .from(t)
        .where(and(filterCondition(table, query, today), afterCondition(table, kind, after)))
        .orderBy(desc(t.decisionDate), desc(t.id))
        .limit(limit)) as RecordRow[];
      return rows.map(row => ({ kind, row }));
    }),
  );
  return parts
    .flat()
    .sort((a, b) =>
      a.row.decisionDate !== b.row.decisionDate
        ? a.row.decisionDate < b.row.decisionDate
          ? 1
          : -1
        : a.kind !== b.kind
          ? a.kind < b.kind
            ? -1
            : 1
          : b.row.id - a.row.id,
    )
    .slice(0, limit);
}

/**
 * How many records the filter selects, from the counters (record_counters by decision date,
 * unpublished_counters for PENDING), never from the records: status, kind, source unit and a
 * range of decision dates are all among the counters' keys.
 */
export async function countDisclosureRecords(
  db: DbOrTx,
  kinds: readonly RecordKind[],
  query: DisclosureQuery,
  today: CalendarDate,
): Promise<number> {
  const from = query.decisionFrom ?? FIRST_DAY;
  const to = query.decisionTo ?? LAST_DAY;
  if (from > to) {
    return 0;
  }
  const due = query.dueBy ?? null;
  const pending = pendingTotal({
    kinds,
    from,
    to,
    today,
    dueBy: due,
    sourceUnitCode: query.sourceUnitCode,
  });
  const column = {
    [DisclosureStatus.ON_TIME]: sql`on_time`,
    [DisclosureStatus.LATE]: sql`late`,
    [DisclosureStatus.NOT_REQUIRED]: sql`not_required`,
    [DisclosureStatus.OVERDUE]: sql`unpublished`,
  };
  let count: SQL;
  if (due !== null || query.status === DisclosureStatus.PENDING) {
    if (query.status !== null && query.status !== DisclosureStatus.PENDING) {
      return 0;
    }
    count = pending;
  } else {
    // OVERDUE = unpublished by decision date, less those whose deadline is still ahead.
    const counted = sql`(select coalesce(sum(${query.status === null ? sql`total` : column[query.status]}), 0)
        from ${countersOf(from, to, kindAndUnit(kinds, query.sourceUnitCode))} c)`;
    count = query.status === DisclosureStatus.OVERDUE ? sql`${counted} - ${pending}` : counted;
  }
  const [row] = await executeRows<{ n: number | string | null }>(db, sql`select ${count} as n`);
  return Number(row?.n ?? 0);
}

/** The counter rows of the given record kinds, and of one source unit when given. */
function kindAndUnit(kinds: readonly RecordKind[], sourceUnitCode: string | null): SQL {
  return sql`c.kind in (${sql.join(
    kinds.map(kind => sql`${kind}`),
    sql`, `,
  )})${sourceUnitCode === null ? sql`` : sql` and c.source_unit_code = ${sourceUnitCode}`}`;
}

export interface StatsRow {
  sourceUnit: string;
  sourceUnitCode: string;
  total: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  notRequired: number;
}

/**
 * Status counts per source unit over a range of decision dates, from the counters: the fixed
 * statuses and the unpublished records from record_counters, and of these the PENDING ones
 * (deadline today or later) from unpublished_counters; the rest are OVERDUE.
 */
/** The inputs of `disclosureStatsStatement`, as SQL values or placeholders. */
export interface StatsInputs {
  /** text[]: the record kinds counted, in the order their tables are asked for names. */
  kinds: SQL;
  from: SQL;
  to: SQL;
  /** text[], date[], date[]: the period's counter segments (counterSegmentArrays). */
  grains: SQL;
  los: SQL;
  his: SQL;
  /** text or null: only this source unit. */
  sourceUnitCode: SQL;
  today: SQL;
}

/**
 * An array parameter as PostgreSQL's text form (`{a,b}`), which every driver sends as it is:
 * for values without commas, quotes, braces or spaces (record kinds, grains, dates).
 */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/** The counter segments of a period as three arrays, for a statement of one shape. */
export function counterSegmentArrays(
  from: CalendarDate,
  to: CalendarDate,
): { grains: string[]; los: string[]; his: string[] } {
  const segments = from > to ? [] : counterSegments(from, to);
  return {
    grains: segments.map(s => s.grain),
    los: segments.map(s => s.lo),
    his: segments.map(s => s.hi),
  };
}

/**
 * Disclosure performance per source unit, in one statement of one shape whatever the period:
 * the period's counter rows (each segment an index-only range of record_counters' key), less
 * the records still PENDING today (unpublished_counters), and the name each unit used on its
 * latest record (one index probe per unit, licensing first). Ordered by the unit's code.
 * Columns: source_unit_code, source_unit, total, on_time, late, overdue, pending, not_required.
 */
export function disclosureStatsStatement(input: StatsInputs): SQL {
  const lic = commonColumns(TABLES[RecordKind.LICENSING]);
  const pen = commonColumns(TABLES[RecordKind.PENALTY]);
  const latestName = (t: typeof lic, kind: RecordKind) =>
    sql`case when ${kind}::text = any(${input.kinds}::text[]) then (select ${t.sourceUnit} from ${t} where ${t.sourceUnitCode} = s.source_unit_code order by ${t.decisionDate} desc limit 1) end`;
  return sql`with counted as (
      select c.source_unit_code, sum(c.total) as total, sum(c.on_time) as on_time,
             sum(c.late) as late, sum(c.not_required) as not_required,
             sum(c.unpublished) as unpublished
      from unnest(${input.grains}::text[], ${input.los}::date[], ${input.his}::date[]) as seg(grain, lo, hi)
      cross join lateral (
        select c.source_unit_code, c.total, c.on_time, c.late, c.not_required, c.unpublished
        from record_counters c
        where c.grain = seg.grain and c.period between seg.lo and seg.hi
          and c.kind = any(${input.kinds}::text[])
          and (${input.sourceUnitCode}::text is null or c.source_unit_code = ${input.sourceUnitCode}::text)
      ) c
      group by c.source_unit_code
      having sum(c.total) > 0
    ), waiting as materialized (
      select u.source_unit_code, sum(u.n) as n
      from unpublished_counters u
      where u.deadline >= ${input.today}::date
        and u.decision_date between ${input.from}::date and ${input.to}::date
        and u.kind = any(${input.kinds}::text[])
        and (${input.sourceUnitCode}::text is null or u.source_unit_code = ${input.sourceUnitCode}::text)
      group by u.source_unit_code
    )
    select s.source_unit_code,
           coalesce(${latestName(lic, RecordKind.LICENSING)}, ${latestName(pen, RecordKind.PENALTY)}, s.source_unit_code) as source_unit,
           s.total::bigint as total, s.on_time::bigint as on_time, s.late::bigint as late,
           (s.unpublished - coalesce(w.n, 0))::bigint as overdue,
           coalesce(w.n, 0)::bigint as pending, s.not_required::bigint as not_required
    from counted s
    left join waiting w on w.source_unit_code = s.source_unit_code
    order by s.source_unit_code collate "C"`;
}

async function disclosureStatsBySourceUnit(
  db: DbOrTx,
  kinds: readonly RecordKind[],
  from: CalendarDate,
  to: CalendarDate,
  sourceUnitCode: string | null,
  today: CalendarDate,
): Promise<StatsRow[]> {
  const segments = counterSegmentArrays(from, to);
  type Count = string | number;
  const rows = await executeRows<{
    source_unit_code: string;
    source_unit: string;
    total: Count;
    on_time: Count;
    late: Count;
    overdue: Count;
    pending: Count;
    not_required: Count;
  }>(
    db,
    disclosureStatsStatement({
      kinds: sql`${arrayLiteral(kinds)}`,
      from: sql`${from}`,
      to: sql`${to}`,
      grains: sql`${arrayLiteral(segments.grains)}`,
      los: sql`${arrayLiteral(segments.los)}`,
      his: sql`${arrayLiteral(segments.his)}`,
      sourceUnitCode: sql`${sourceUnitCode}`,
      today: sql`${today}`,
    }),
  );
  return rows.map(row => ({
    sourceUnit: row.source_unit,
    sourceUnitCode: row.source_unit_code,
    total: Number(row.total),
    onTime: Number(row.on_time),
    late: Number(row.late),
    overdue: Number(row.overdue),
    pending: Number(row.pending),
    notRequired: Number(row.not_required),
  }));
}

/**
 * Recomputes stored deadlines that a change of the calendar can move: every provisional one, and
 * every decision from `from` to `to`. A deadline depends only on the decision date and the
 * working days the record counts (its provider's, stored with it), so each distinct pair is
 * computed once and written with one statement per table.
 */
export async function recomputeDeadlines(
  db: DbOrTx,
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): Promise<number> {
  let updated = 0;
  for (const table of Object.values(TABLES)) {
    const t = commonColumns(table);
    const pairs = await db
      .selectDistinct({ decisionDate: t.decisionDate, workingDays: t.disclosureWorkingDays })
      .from(t)
      .where(or(t.deadlineProvisional, and(gte(t.decisionDate, from), lte(t.decisionDate, to))));
    if (pairs.length === 0) {
      continue;
    }
    const values = sql.join(
      pairs.map(({ decisionDate, workingDays }) => {
        const deadline = disclosureDeadline(calendar, decisionDate, workingDays);
        return sql`(${decisionDate}::date, ${workingDays}::smallint, ${deadline.date}::date, ${deadline.provisional}::boolean)`;
      }),
      sql`, `,
    );
    const rows = await executeRows<{ id: number }>(
      db,
      sql`update ${t} set disclosure_deadline = v.deadline, deadline_provisional = v.provisional
          from (values ${values}) as v(decision_date, working_days, deadline, provisional)
          where ${t.decisionDate} = v.decision_date
            and ${t.disclosureWorkingDays} = v.working_days
            and (${t.disclosureDeadline} <> v.deadline or ${t.deadlineProvisional} <> v.provisional)
          returning ${t.id}`,
    );
    updated += rows.length;
  }
  return updated;
}

export async function findRecordsByIds(
  db: DbOrTx,
  kind: RecordKind,
  ids: readonly number[],
): Promise<RecordRow[]> {
  if (ids.length === 0) {
    return [];
  }
  const t = commonColumns(TABLES[kind]);
  return (await db
    .select()
    .from(t)
    .where(inArray(t.id, [...ids]))) as RecordRow[];
}

/** The disclosure statistics of a period per source unit, as `disclosureStats` answers them. */
export async function disclosureStats(
  db: DbOrTx,
  query: {
    kind: RecordKind | null;
    from: CalendarDate;
    to: CalendarDate;
    /** Only this source unit (a PROVIDER's own); null for every one. */
    sourceUnitCode: string | null;
    today: CalendarDate;
  },
): Promise<(StatsRow & { onTimeRate: number | null })[]> {
  const rows = await disclosureStatsBySourceUnit(
    db,
    query.kind ? [query.kind] : [RecordKind.LICENSING, RecordKind.PENALTY],
    query.from,
    query.to,
    query.sourceUnitCode,
    query.today,
  );
  return rows.map(row => {
    const due = row.onTime + row.late + row.overdue;
    return { ...row, onTimeRate: due === 0 ? null : row.onTime / due };
  });
}

/**
 * How many records of each kind await publication today, PENDING (before their deadline) and
 * OVERDUE (past it): the metrics' deadline gauge, read on each scrape from the counters (the
 * year rows of every unpublished record, and the deadlines from today on).
 */
export async function awaitingDisclosureCounts(
  db: DbOrTx,
  today: CalendarDate,
): Promise<{ kind: RecordKind; status: DisclosureStatus; count: number }[]> {
  const kinds = Object.values(RecordKind);
  const [rows, pending] = await Promise.all([
    executeRows<{ kind: string; n: string | number }>(
      db,
      sql`select c.kind, sum(c.unpublished) as n
          from ${countersOf(FIRST_DAY, LAST_DAY, kindAndUnit(kinds, null))} c
          group by c.kind`,
    ),
    pendingCounts(db, { kinds, from: FIRST_DAY, to: LAST_DAY, today }),
  ]);
  const out: { kind: RecordKind; status: DisclosureStatus; count: number }[] = [];
  for (const kind of kinds) {
    const waiting = pending.filter(p => p.kind === kind).reduce((sum, p) => sum + p.n, 0);
    const unpublished = Number(rows.find(row => row.kind === kind)?.n ?? 0);
    out.push({ kind, status: DisclosureStatus.PENDING, count: waiting });
    out.push({ kind, status: DisclosureStatus.OVERDUE, count: unpublished - waiting });
  }
  return out;
}
