import {
  type SQL,
  type SQLWrapper,
  and,
  eq,
  getTableColumns,
  gte,
  inArray,
  lt,
  sql,
} from 'drizzle-orm';

import { copyRows } from '../../db/copy.js';
import type { DbOrTx, Tx } from '../../db/types.js';
import { type NewSubjectRow, type SubjectRow, subjects } from './subject.table.js';

export async function findSubjectsByCodes(
  db: DbOrTx,
  codes: readonly string[],
): Promise<SubjectRow[]> {
  if (codes.length === 0) {
    return [];
  }
  return db
    .select()
    .from(subjects)
    .where(inArray(subjects.code, [...codes]));
}

/**
 * Creates subjects or brings them up to date. A newer decision or registration (by
 * `nameAsOf`) replaces the name and legal representative; an older one leaves them as they are.
 * Callers pass at most one row per code; `at` is the injected clock's now. The rows go into a
 * staging table with one COPY and from there into subjects with one `INSERT … ON CONFLICT`,
 * whatever their number.
 */
export async function upsertSubjects(
  tx: Tx,
  rows: readonly Omit<NewSubjectRow, 'createdAt' | 'updatedAt'>[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await tx.execute(
    sql.raw(
      `create temp table intake_subjects on commit drop as select ${SUBJECT_COLUMNS.join(', ')} from subjects with no data`,
    ),
  );
  await copyRows(
    tx,
    'intake_subjects',
    SUBJECT_COLUMNS,
    rows.map(row => [
      row.code,
      row.name,
      row.category,
      row.legalRepresentative ?? null,
      row.legalRepresentativeIdType ?? null,
      row.legalRepresentativeIdNumber ?? null,
      row.nameAsOf,
    ]),
  );
  await tx.execute(sql`
    insert into ${subjects} (${sql.raw(SUBJECT_COLUMNS.join(', '))}, created_at, updated_at)
    select ${sql.raw(SUBJECT_COLUMNS.join(', '))}, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    from intake_subjects
    on conflict (code) do update set
      name = excluded.name,
      category = excluded.category,
      legal_representative = coalesce(excluded.legal_representative, ${subjects.legalRepresentative}),
      legal_representative_id_type = coalesce(excluded.legal_representative_id_type, ${subjects.legalRepresentativeIdType}),
      legal_representative_id_number = coalesce(excluded.legal_representative_id_number, ${subjects.legalRepresentativeIdNumber}),
      name_as_of = excluded.name_as_of,
      updated_at = excluded.updated_at
    where ${subjects.nameAsOf} <= excluded.name_as_of`);
  await tx.execute(sql`drop table intake_subjects`);
}

/** The columns of a subject that a record brings, in the staging table's order. */
const SUBJECT_COLUMNS = [
  'code',
  'name',
  'category',
  'legal_representative',
  'legal_representative_id_type',
  'legal_representative_id_number',
  'name_as_of',
];

/** The distinct character pairs of a query, lower-cased, as subject_name_postings() makes them. */
export function nameBigrams(query: string): string[] {
  const chars = [...query.toLowerCase()];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    pairs.add(chars[i]! + chars[i + 1]!);
  }
  return [...pairs];
}

/**
 * A query of 4 to 18 code characters with a digit in it is the start of a credit code (names
 * do not look like that): it is looked up as a range of the primary key, in code order.
 */
function codePrefix(query: string): string | null {
  const upper = query.toUpperCase();
  return /^[0-9A-HJ-NPQRTUWXY]{4,18}$/.test(upper) && /\d/.test(upper) ? upper : null;
}

function codeRange(prefix: string): SQL {
  // '~' sorts after every character a code may hold.
  return and(gte(subjects.code, prefix), lt(subjects.code, `${prefix}~`))!;
}

/**
 * A search's total is counted exactly up to this many matches; beyond, it is an estimate
 * (`totalCountExact` false), so that no search counts the whole city.
 */
export const SEARCH_EXACT_TOTAL_CAP = 10_000;

/** Where a page of a search starts: after the hit with this rank key and code. */
export interface SearchKey {
  sort: number;
  code: string;
}

/**
 * How name search finds and orders subjects, for the repository and for statements that build
 * their answer in the database. `keys` are the `(code, sort)` rows of the matches after `after`,
 * in rank order: exact name or code first, then names that start with the query, then
 * subjects with more public records (their heat), then the code. `sort` is that rank as one
 * number (16 × class + 15 − heat), the cursor's key with the code. A code prefix lists its
 * codes in order (sort 0). `capped` counts the matches up to one more than
 * SEARCH_EXACT_TOTAL_CAP; `estimate` is the total beyond it.
 */
export interface SubjectSearch {
  keys(after: SearchKey | null, limit: number): SQL;
  capped: SQL;
  estimate: SQL;
}

const grams = sql.raw('subject_name_grams');

function afterKey(sort: SQLWrapper, code: SQLWrapper, after: SearchKey | null): SQL {
  return after === null
    ? sql`true`
    : sql`(${sort}, ${code}) > (${after.sort}::integer, ${after.code}::text)`;
}

function cappedCount(matches: SQL): SQL {
  return sql`(select count(*)::integer from (${matches} limit ${SEARCH_EXACT_TOTAL_CAP + 1}) capped)`;
}

/** The primary-key range of a code prefix. */
function codeSearch(prefix: string): SubjectSearch {
  const range = codeRange(prefix);
  // The planner's statistics: the share of the histogram of codes inside the range.
  const estimate = sql`(select coalesce(round(c.reltuples * (
      select count(*) filter (where b >= ${prefix} and b < ${`${prefix}~`})::float8 / greatest(count(*) - 1, 1)
      from unnest(st.histogram_bounds::text::text[]) b))::integer, 0)
    from pg_class c join pg_stats st on st.tablename = c.relname and st.attname = 'code'
      and st.schemaname = current_schema()
    where c.oid = 'subjects'::regclass)`;
  return {
    keys: (after, limit) =>
      sql`select ${subjects.code} as code, 0 as sort from ${subjects}
        where ${range} and ${afterKey(sql`0`, subjects.code, after)}
        order by ${subjects.code} limit ${limit}::integer`,
    capped: cappedCount(sql`select 1 from ${subjects} where ${range}`),
    estimate: sql`coalesce(${estimate}, 0)`,
  };
}

/** A 2-character query: one range of the postings' key, in rank order. */
function pairSearch(pair: string): SubjectSearch {
  return {
    keys: (after, limit) =>
      sql`select g.subject_code as code, g.sort::integer as sort from ${grams} g
        where g.gram = ${pair}::text and ${afterKey(sql`g.sort`, sql`g.subject_code`, after)}
        order by g.sort, g.subject_code limit ${limit}::integer`,
    capped: cappedCount(sql`select 1 from ${grams} g where g.gram = ${pair}::text`),
    estimate: sql`(select coalesce(sum(c.subjects), 0)::integer from subject_gram_counts c where c.gram = ${pair}::text)`,
  };
}

/**
 * A longer query: the postings of its rarest pair that the other pairs' postings hold too
 * (three probes of their key each: the subject's heat is the same in all its postings), and
 * of those the names that contain the query; a query that could be the start of a code also
 * finds the codes of its primary-key range.
 */
function longSearch(query: string): SubjectSearch {
  const pairs = sql.param(nameBigrams(query));
  const lowered = sql`lower(${query}::text)`;
  const upper = query.toUpperCase();
  const name = sql`lower(${subjects.name})`;
  const rarest = sql`(select x.gram from unnest(${pairs}::text[]) x(gram)
    left join subject_gram_counts c on c.gram = x.gram
    group by x.gram order by coalesce(sum(c.subjects), 0), x.gram limit 1)`;
  // The candidates are materialized: so the planner joins the few it finds to subjects by key
  // instead of guessing a pair's size; a count with a limit still reads only as many as it needs.
  const named = sql`select n.code, n.sort from (
    with candidates as materialized (
      select p.subject_code, p.sort from ${grams} p
      where p.gram = ${rarest}
        and not exists (select 1 from unnest(${pairs}::text[]) x(gram)
          where x.gram <> p.gram and not exists (select 1 from ${grams} o
            where o.gram = x.gram and o.subject_code = p.subject_code
              and o.sort in (p.sort % 16, p.sort % 16 + 16, p.sort % 16 + 32))))
    select ${subjects.code} as code,
      (case when ${name} = ${lowered} then 0 when starts_with(${name}, ${lowered}) then 1 else 2 end) * 16
        + c.sort % 16 as sort
    from candidates c join ${subjects} on ${subjects.code} = c.subject_code
    where strpos(${name}, ${lowered}) > 0) n`;
  const matches = /^[0-9A-HJ-NPQRTUWXY]{3,18}$/.test(upper)
    ? sql`${named} union all select ${subjects.code},
        (case when ${subjects.code} = ${upper} then 0 else 2 end) * 16
          + 15 - subject_search_heat(coalesce(r.public_records, 0))
      from ${subjects} left join subject_search_ranks r on r.subject_code = ${subjects.code}
      where ${codeRange(upper)} and strpos(${name}, ${lowered}) = 0`
    : named;
  return {
    keys: (after, limit) =>
      sql`select m.code, m.sort from (${matches}) m
        where ${afterKey(sql`m.sort`, sql`m.code`, after)}
        order by m.sort, m.code limit ${limit}::integer`,
    capped: cappedCount(matches),
    estimate: sql`(select coalesce(min(t.n), 0)::integer from (
        select coalesce(sum(c.subjects), 0) as n from unnest(${pairs}::text[]) x(gram)
        left join subject_gram_counts c on c.gram = x.gram group by x.gram) t)`,
  };
}

/** The search of a checked query text (2 to 100 characters, see searchRequest). */
export function subjectSearch(query: string): SubjectSearch {
  const prefix = codePrefix(query);
  if (prefix !== null) {
    return codeSearch(prefix);
  }
  const pairs = nameBigrams(query);
  return [...query].length === 2 && pairs.length === 1 ? pairSearch(pairs[0]!) : longSearch(query);
}

/** The total of a search: exact up to the cap, the estimate (at least the cap + 1) beyond. */
export function searchTotal(search: SubjectSearch): { total: SQL; exact: SQL } {
  return {
    total: sql`(select case when n.n <= ${SEARCH_EXACT_TOTAL_CAP} then n.n else greatest(n.n, ${search.estimate}) end
      from (select ${search.capped} as n offset 0) n)`,
    exact: sql`(${search.capped} <= ${SEARCH_EXACT_TOTAL_CAP})`,
  };
}

/** A page of a search: the subjects after `after`, in rank order, with their rank keys. */
export async function searchSubjects(
  db: DbOrTx,
  query: string,
  limit: number,
  after: SearchKey | null,
): Promise<{ row: SubjectRow; key: SearchKey }[]> {
  const rows = await db
    .select({
      row: getTableColumns(subjects),
      sort: sql<number>`k.sort`.mapWith(Number),
    })
    .from(subjects)
    .innerJoin(sql`(${subjectSearch(query).keys(after, limit)}) k`, sql`k.code = ${subjects.code}`)
    .orderBy(sql`k.sort`, sql`k.code`);
  return rows.map(({ row, sort }) => ({ row, key: { sort, code: row.code } }));
}

export async function countSearchSubjects(
  db: DbOrTx,
  query: string,
): Promise<{ total: number; exact: boolean }> {
  const total = searchTotal(subjectSearch(query));
  const [row] = await db
    .select({
      total: sql<number>`${total.total}`.mapWith(Number),
      exact: sql<boolean>`${total.exact}`,
    })
    .from(sql`(select 1) one`);
  return { total: row?.total ?? 0, exact: row?.exact ?? true };
}

export async function findSubjectByCode(db: DbOrTx, code: string): Promise<SubjectRow | undefined> {
  const rows = await db.select().from(subjects).where(eq(subjects.code, code)).limit(1);
  return rows[0];
}
