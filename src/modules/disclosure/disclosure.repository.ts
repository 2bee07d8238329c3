import {
  type SQL,
  and,
  count,
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
export function statusCondition(
  table: RecordTable,
  status: DisclosureStatus,
  today: CalendarDate,
): SQL {
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

export async function countDisclosureRecords(
  db: DbOrTx,
  kinds: readonly RecordKind[],
  query: DisclosureQuery,
  today: CalendarDate,
): Promise<number> {
  const counts = await Promise.all(
    kinds.map(async kind => {
      const table = TABLES[kind];
      const [row] = await db
        .select({ n: count() })
        .from(commonColumns(table))
        .where(filterCondition(table, query, today));
      return Number(row?.n ?? 0);
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
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

/** Status counts per source unit over a range of decision dates, one grouped scan per kind. */
async function disclosureStatsBySourceUnit(
  db: DbOrTx,
  kinds: readonly RecordKind[],
  from: CalendarDate,
  to: CalendarDate,
  sourceUnitCode: string | null,
  today: CalendarDate,
): Promise<StatsRow[]> {
  const merged = new Map<string, StatsRow>();
  for (const kind of kinds) {
    const table = TABLES[kind];
    const t = commonColumns(table);
    const countWhere = (status: DisclosureStatus) =>
      sql<number>`count(*) filter (where ${statusCondition(table, status, today)})`.mapWith(Number);
    const rows = await db
      .select({
        sourceUnitCode: t.sourceUnitCode,
        total: count(),
        onTime: countWhere(DisclosureStatus.ON_TIME),
        late: countWhere(DisclosureStatus.LATE),
        overdue: countWhere(DisclosureStatus.OVERDUE),
        pending: countWhere(DisclosureStatus.PENDING),
        notRequired: countWhere(DisclosureStatus.NOT_REQUIRED),
      })
      .from(t)
      .where(
        and(
          gte(t.decisionDate, from),
          lte(t.decisionDate, to),
          sourceUnitCode === null ? undefined : eq(t.sourceUnitCode, sourceUnitCode),
        ),
      )
      .groupBy(t.sourceUnitCode);
    for (const row of rows) {
      const seen = merged.get(row.sourceUnitCode);
      if (seen === undefined) {
        merged.set(row.sourceUnitCode, { ...row, sourceUnit: '', total: Number(row.total) });
      } else {
        for (const key of [
          'total',
          'onTime',
          'late',
          'overdue',
          'pending',
          'notRequired',
        ] as const) {
          seen[key] += Number(row[key]);
        }
      }
    }
  }
  const names = await latestSourceUnitNames(db, kinds, [...merged.keys()]);
  return [...merged.values()]
    .map(row => ({ ...row, sourceUnit: names.get(row.sourceUnitCode) ?? row.sourceUnitCode }))
    .sort((a, b) => (a.sourceUnitCode < b.sourceUnitCode ? -1 : 1));
}

/**
 * The name each source unit used on its latest record: one index probe per unit, so that the
 * stats aggregate itself stays an index-only scan.
 */
async function latestSourceUnitNames(
  db: DbOrTx,
  kinds: readonly RecordKind[],
  codes: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (codes.length === 0) {
    return names;
  }
  const t = commonColumns(TABLES[kinds[0]!]);
  const rows = await executeRows<{ code: string; name: string | null }>(
    db,
    sql`select c.code, (select ${t.sourceUnit} from ${t} where ${t.sourceUnitCode} = c.code order by ${t.decisionDate} desc limit 1) as name
        from (values ${sql.join(
          codes.map(code => sql`(${code})`),
          sql`, `,
        )}) as c(code)`,
  );
  for (const row of rows) {
    if (row.name !== null) {
      names.set(row.code, row.name);
    }
  }
  if (names.size < codes.length && kinds.length > 1) {
    const rest = await latestSourceUnitNames(
      db,
      kinds.slice(1),
      codes.filter(code => !names.has(code)),
    );
    rest.forEach((name, code) => names.set(code, name));
  }
  return names;
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
 * OVERDUE (past it): the metrics' deadline gauge, read on each scrape. Only the unpublished
 * rows are counted, from the partial index that holds them (`*_unpublished_idx`, an index-only
 * scan): a count of every status would read the whole table on every scrape.
 */
export async function awaitingDisclosureCounts(
  db: DbOrTx,
  today: CalendarDate,
): Promise<{ kind: RecordKind; status: DisclosureStatus; count: number }[]> {
  const out: { kind: RecordKind; status: DisclosureStatus; count: number }[] = [];
  for (const kind of Object.values(RecordKind)) {
    const table = TABLES[kind];
    const t = commonColumns(table);
    const [row] = await db
      .select({
        pending: sql<number>`count(*) filter (where ${gte(t.disclosureDeadline, today)})`.mapWith(
          Number,
        ),
        overdue: sql<number>`count(*) filter (where ${lt(t.disclosureDeadline, today)})`.mapWith(
          Number,
        ),
      })
      .from(t)
      .where(and(isNull(t.publishedOn), t.disclosureRequired));
    out.push({ kind, status: DisclosureStatus.PENDING, count: Number(row?.pending ?? 0) });
    out.push({ kind, status: DisclosureStatus.OVERDUE, count: Number(row?.overdue ?? 0) });
  }
  return out;
}
