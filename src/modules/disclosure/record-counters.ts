import { type SQL, sql } from 'drizzle-orm';

import { executeRows } from '../../db/execute.js';
import type { DbOrTx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';

/** The earliest and latest dates a counter read may span when a bound is not given. */
export const FIRST_DAY: CalendarDate = '0001-01-01';
export const LAST_DAY: CalendarDate = '9999-12-31';

/** A range of counter rows of one grain: `period` from `lo` to `hi`, both row starts. */
export interface CounterSegment {
  grain: 'D' | 'M' | 'Y';
  lo: CalendarDate;
  hi: CalendarDate;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const parts = (date: CalendarDate) => date.split('-').map(Number) as [number, number, number];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDays = (y: number, m: number) => (m === 2 && leap(y) ? 29 : MONTH_DAYS[m - 1]!);

/**
 * The counter rows that cover the days from `from` to `to` exactly, with as few rows as
 * possible: whole years as year rows, the whole months around them as month rows, and the days
 * of the partial months at the ends as day rows. At most five ranges, so a read of any period
 * touches at most about 60 day rows, 22 month rows and the years per counted group.
 */
export function counterSegments(from: CalendarDate, to: CalendarDate): CounterSegment[] {
  const out: CounterSegment[] = [];
  let [y, m, d] = parts(from);
  const [ty, tm, td] = parts(to);
  const toYearEnd = tm === 12 && td === 31;
  const toMonthEnd = td === monthDays(ty, tm);
  const end = ty * 10_000 + tm * 100 + td;
  const before = (yy: number, mm: number, dd: number) => yy * 10_000 + mm * 100 + dd <= end;
  while (before(y, m, d)) {
    if (m === 1 && d === 1 && (y < ty || toYearEnd)) {
      const last = toYearEnd ? ty : ty - 1;
      out.push({ grain: 'Y', lo: ymd(y, 1, 1), hi: ymd(last, 1, 1) });
      [y, m, d] = [last + 1, 1, 1];
    } else if (d === 1 && (y < ty || m < tm || toMonthEnd)) {
      // Whole months up to the year's end or to the last whole month of the period.
      const last = y < ty ? 12 : toMonthEnd ? tm : tm - 1;
      out.push({ grain: 'M', lo: ymd(y, m, 1), hi: ymd(y, last, 1) });
      [y, m, d] = last === 12 ? [y + 1, 1, 1] : [y, last + 1, 1];
    } else {
      const last = y === ty && m === tm ? td : monthDays(y, m);
      out.push({ grain: 'D', lo: ymd(y, m, d), hi: ymd(y, m, last) });
      [y, m, d] = m === 12 ? [y + 1, 1, 1] : [y, m + 1, 1];
    }
  }
  return out;
}

/**
 * The counter rows of a period as a relation (`union all` of one range per grain, each an
 * index range of record_counters' key), restricted by `where` (on its columns, as `c.…`).
 */
export function countersOf(from: CalendarDate, to: CalendarDate, where: SQL): SQL {
  const segments = counterSegments(from, to);
  if (segments.length === 0) {
    return sql`(select * from record_counters where false)`;
  }
  return sql`(${sql.join(
    segments.map(
      s =>
        sql`(select * from record_counters c where c.grain = ${s.grain} and c.period between ${s.lo}::date and ${s.hi}::date and ${where})`,
    ),
    sql` union all `,
  )})`;
}

export interface PendingCount {
  kind: string;
  catalogItemCode: string;
  sourceUnitCode: string;
  n: number;
}

/**
 * Records decided from `from` to `to` that are not public yet and whose deadline is today or
 * later (up to `dueBy` when given): PENDING as of `today`. Only deadlines from today on are
 * read, a short range of unpublished_counters' key whatever the period.
 */
export interface PendingQuery {
  kinds: readonly string[];
  from: CalendarDate;
  to: CalendarDate;
  today: CalendarDate;
  dueBy?: CalendarDate | null;
  sourceUnitCode?: string | null;
}

/** The unpublished_counters rows that count as PENDING for the query (alias `u`). */
function pendingWhere(query: PendingQuery): SQL {
  return sql`u.deadline >= ${query.today}::date
          ${query.dueBy ? sql`and u.deadline <= ${query.dueBy}::date` : sql``}
          and u.decision_date between ${query.from}::date and ${query.to}::date
          and u.kind in (${sql.join(
            query.kinds.map(k => sql`${k}`),
            sql`, `,
          )})
          ${query.sourceUnitCode ? sql`and u.source_unit_code = ${query.sourceUnitCode}` : sql``}`;
}

/** How many records are PENDING for the query, as a scalar subquery for a larger statement. */
export function pendingTotal(query: PendingQuery): SQL {
  return sql`(select coalesce(sum(u.n), 0) from unpublished_counters u where ${pendingWhere(query)})`;
}

export async function pendingCounts(db: DbOrTx, query: PendingQuery): Promise<PendingCount[]> {
  const rows = await executeRows<{
    kind: string;
    catalog_item_code: string;
    source_unit_code: string;
    n: number | string;
  }>(
    db,
    sql`select u.kind, u.catalog_item_code, u.source_unit_code, sum(u.n) as n
        from unpublished_counters u
        where ${pendingWhere(query)}
        group by u.kind, u.catalog_item_code, u.source_unit_code
        having sum(u.n) <> 0`,
  );
  return rows.map(r => ({
    kind: r.kind,
    catalogItemCode: r.catalog_item_code,
    sourceUnitCode: r.source_unit_code,
    n: Number(r.n),
  }));
}
