import { type SQL, and, count, eq, gte, ilike, inArray, like, lt, or, sql } from 'drizzle-orm';

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

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, ch => `\\${ch}`);
}

/** The distinct character pairs of a query, lower-cased, as subject_name_bigrams() makes them. */
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
 * Names containing the query: through the GIN index of their character pairs (migration
 * 0009), which serves 2-character queries that trigrams cannot, then the exact ILIKE.
 */
function searchCondition(query: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    and(
      sql`subject_name_bigrams(${subjects.name}) @> ${sql.param(nameBigrams(query))}::text[]`,
      ilike(subjects.name, `%${escapeLike(query)}%`),
    ),
  ];
  const upper = query.toUpperCase();
  if (/^[0-9A-HJ-NPQRTUWXY]{2,18}$/.test(upper)) {
    conditions.push(like(subjects.code, `${upper}%`));
  }
  return or(...conditions);
}

/**
 * How name search finds and orders subjects, for the repository and for statements that build
 * their answer in the database: subjects whose name contains the query, or whose code starts
 * with it. Exact code matches come first, then names that start with the query, then shorter
 * names; a code prefix lists its codes in order.
 */
export function subjectSearch(query: string): { where: SQL; order: SQL[] } {
  const prefix = codePrefix(query);
  if (prefix !== null) {
    return { where: codeRange(prefix), order: [sql`${subjects.code} asc`] };
  }
  const upper = query.toUpperCase();
  return {
    where: searchCondition(query)!,
    order: [
      sql`(${subjects.code} = ${upper}) desc`,
      sql`(${subjects.name} like ${`${escapeLike(query)}%`}) desc`,
      sql`char_length(${subjects.name})`,
      sql`${subjects.name} asc`,
      sql`${subjects.code} asc`,
    ],
  };
}

export async function searchSubjects(
  db: DbOrTx,
  query: string,
  limit: number,
  offset: number,
): Promise<SubjectRow[]> {
  const search = subjectSearch(query);
  return db
    .select()
    .from(subjects)
    .where(search.where)
    .orderBy(...search.order)
    .limit(limit)
    .offset(offset);
}

export async function countSearchSubjects(db: DbOrTx, query: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(subjects)
    .where(subjectSearch(query).where);
  return Number(row?.total ?? 0);
}

export async function findSubjectByCode(db: DbOrTx, code: string): Promise<SubjectRow | undefined> {
  const rows = await db.select().from(subjects).where(eq(subjects.code, code)).limit(1);
  return rows[0];
}
