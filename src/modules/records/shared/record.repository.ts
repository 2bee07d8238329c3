import {
  type SQL,
  and,
  count,
  desc,
  eq,
  getTableColumns,
  getTableName,
  inArray,
  lt,
  or,
  sql,
} from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn } from 'drizzle-orm/pg-core';

import { type CopyValue, copyRows } from '../../../db/copy.js';

import type { DbOrTx, Tx } from '../../../db/types.js';
import { invariant } from '../../../shared/errors.js';
import { applyCorrection } from '../../record-lifecycle/index.js';
import { recordVersions } from './record-version.table.js';
import type { RecordKind } from './record.enums.js';
import { recordLifecycle } from './record.lifecycle.js';
import {
  type ListedRow,
  type ListedTable,
  type RecordRow,
  type RecordTable,
  commonColumns,
  rowOf,
} from './record.table-types.js';

export interface PageRequest {
  first: number;
  /** Keyset position: the decision date and id of the last row already seen. */
  after: { decisionDate: string; id: number } | null;
}

function afterCondition(table: ListedTable, after: PageRequest['after']): SQL | undefined {
  if (after === null) {
    return undefined;
  }
  const t = commonColumns(table);
  return or(
    lt(t.decisionDate, after.decisionDate),
    and(eq(t.decisionDate, after.decisionDate), lt(t.id, after.id)),
  );
}

/**
 * One page (first + 1 rows, newest decision first) of the records of each subject, in one
 * statement whatever the number of subjects: a single subject reads its index range directly,
 * several are ranked per subject with a window function. On a first page (no cursor) each row
 * also comes with `total`, the subject's count of visible records, from the same statement: the
 * count loader is primed with it and issues no statement of its own.
 */
export async function pageBySubjects<R extends ListedRow>(
  db: DbOrTx,
  table: ListedTable,
  subjectCodes: readonly string[],
  visibility: SQL | undefined,
  page: PageRequest,
): Promise<{ row: R; total: number | undefined }[]> {
  const t = commonColumns(table);
  const limit = page.first + 1;
  const withTotal = page.after === null;
  if (subjectCodes.length === 1) {
    const rows = await db
      .select({
        row: getTableColumns(t),
        ...(withTotal ? { total: sql<number>`count(*) over ()`.mapWith(Number) } : {}),
      })
      .from(t)
      .where(
        and(eq(t.subjectCode, subjectCodes[0]!), visibility, afterCondition(table, page.after)),
      )
      .orderBy(desc(t.decisionDate), desc(t.id))
      .limit(limit);
    return rows.map(r => ({ row: rowOf<R>(r.row), total: r.total }));
  }
  const ranked = db
    .select({
      id: t.id,
      subjectKey: t.subjectKey,
      rank: sql<number>`row_number() over (partition by ${t.subjectCode} order by ${t.decisionDate} desc, ${t.id} desc)`.as(
        'rank',
      ),
      total: sql<number>`count(*) over (partition by ${t.subjectCode})`.as('total'),
    })
    .from(t)
    .where(
      and(inArray(t.subjectCode, [...subjectCodes]), visibility, afterCondition(table, page.after)),
    )
    .as('ranked');
  const rows = await db
    .select({ row: getTableColumns(t), total: sql<number>`${ranked.total}`.mapWith(Number) })
    .from(t)
    // Joined on the distribution key too: each row meets only its own subject's rows.
    .innerJoin(ranked, and(eq(ranked.subjectKey, t.subjectKey), eq(ranked.id, t.id)))
    .where(sql`${ranked.rank} <= ${limit}`)
    .orderBy(t.subjectCode, desc(t.decisionDate), desc(t.id));
  return rows.map(r => ({ row: rowOf<R>(r.row), total: withTotal ? r.total : undefined }));
}

/** The visible records among the given row ids, in one statement. */
export async function findVisibleByIds<R extends RecordRow>(
  db: DbOrTx,
  table: RecordTable,
  ids: readonly number[],
  visibility: SQL | undefined,
): Promise<R[]> {
  const t = commonColumns(table);
  const rows = await db
    .select()
    .from(t)
    .where(and(inArray(t.id, [...ids]), visibility));
  return rows.map(row => rowOf<R>(row));
}

/** Visible record counts per subject, in one statement. */
export async function countBySubjects(
  db: DbOrTx,
  table: ListedTable,
  subjectCodes: readonly string[],
  visibility: SQL | undefined,
): Promise<Map<string, number>> {
  const t = commonColumns(table);
  const rows = await db
    .select({ subjectCode: t.subjectCode, total: count() })
    .from(t)
    .where(and(inArray(t.subjectCode, [...subjectCodes]), visibility))
    .groupBy(t.subjectCode);
  return new Map(rows.map(row => [row.subjectCode!, Number(row.total)]));
}

/**
 * Existing records with the given identities (source unit code, document number), in one
 * statement whatever their number: the identities go as two array parameters, unnested side by
 * side and matched on the identity index.
 */
export async function findByIdentities<R extends RecordRow>(
  db: DbOrTx,
  table: RecordTable,
  identities: readonly { sourceUnitCode: string; documentNumber: string }[],
): Promise<R[]> {
  if (identities.length === 0) {
    return [];
  }
  const t = commonColumns(table);
  const units = sql.param(identities.map(i => i.sourceUnitCode));
  const numbers = sql.param(identities.map(i => i.documentNumber));
  const rows = await db
    .select()
    .from(t)
    .where(
      sql`(${t.sourceUnitCode}, ${t.documentNumber}) in (select * from unnest(${units}::text[], ${numbers}::text[]))`,
    );
  return rows.map(row => rowOf<R>(row));
}

/** A column's name in SQL: drizzle names unnamed columns from their keys (snake_case). */
function columnName(column: PgColumn): string {
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}

/** The values of one record to store, keyed by column. */
interface RecordValues {
  subjectKey: string;
  sourceUnitCode: string;
  documentNumber: string;
}

/**
 * Stores new records, in the order given, through a staging table: the rows go in with one
 * COPY, then one `INSERT … SELECT` moves them into the record table (its defaults, sequence,
 * constraints and statement triggers apply as to any insert) and one select reads them back as
 * stored. A few statements whatever the number of rows, and no parameter list of rows × columns
 * to build. Columns the values leave out take their defaults.
 */
export async function insertRecords<R extends RecordRow>(
  tx: Tx,
  table: RecordTable,
  values: readonly RecordValues[],
): Promise<R[]> {
  if (values.length === 0) {
    return [];
  }
  const t = commonColumns(table);
  const name = getTableName(t);
  const staging = `intake_${name}`;
  const columns = Object.entries(getTableColumns(t) as Record<string, PgColumn>).filter(([key]) =>
    values.some(row => Reflect.get(row, key) !== undefined),
  );
  const names = columns.map(([, column]) => `"${columnName(column)}"`).join(', ');
  await tx.execute(
    sql.raw(
      `create temp table "${staging}" on commit drop as select ${names} from "${name}" with no data`,
    ),
  );
  await copyRows(
    tx,
    staging,
    columns.map(([, column]) => columnName(column)),
    values.map(row => columns.map(([key]) => copyValue(Reflect.get(row, key)))),
  );
  await tx.execute(sql.raw(`insert into "${name}" (${names}) select ${names} from "${staging}"`));
  const stored = await tx
    .select()
    .from(t)
    .where(
      sql`(${t.sourceUnitCode}, ${t.documentNumber}) in (select source_unit_code, document_number from ${sql.identifier(staging)})`,
    );
  await tx.execute(sql.raw(`drop table "${staging}"`));
  const byIdentity = new Map(
    stored.map(row => [`${row.sourceUnitCode}\u0000${row.documentNumber}`, rowOf<R>(row)]),
  );
  return values.map(row => {
    const found = byIdentity.get(`${row.sourceUnitCode}\u0000${row.documentNumber}`);
    invariant(found !== undefined, `record ${row.documentNumber} was not stored`);
    return found;
  });
}

/** A field's value as COPY takes it: lists stay lists, any other non-scalar goes as JSON. */
function copyValue(value: unknown): CopyValue {
  if (
    value === null ||
    value === undefined ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map(String);
  }
  return JSON.stringify(value);
}

/**
 * Replaces a record with its corrected version, keeping the old one in record_versions. The new
 * content is stored by the lifecycle's CORRECT, guarded by the version read; `values` holds no
 * status column.
 */
export async function correctRecord<R extends RecordRow>(
  db: Tx,
  kind: RecordKind,
  previous: RecordRow,
  values: { subjectKey: string },
  byKeyId: string | null,
  at: Date,
): Promise<R> {
  if (previous.subjectKey !== values.subjectKey) {
    // The correction changed the subject: the earlier versions follow the record.
    await db
      .update(recordVersions)
      .set({ subjectKey: values.subjectKey })
      .where(and(eq(recordVersions.kind, kind), eq(recordVersions.recordId, previous.id)));
  }
  await db.insert(recordVersions).values({
    kind,
    recordId: previous.id,
    subjectKey: values.subjectKey,
    version: previous.version,
    contentHash: previous.contentHash,
    data: JSON.parse(JSON.stringify(previous)) as Record<string, unknown>,
    supersededByKeyId: byKeyId,
    supersededAt: at,
  });
  const row = await applyCorrection(db, recordLifecycle(kind), previous.id, {
    version: previous.version,
    values,
    at,
  });
  return rowOf<R>(row);
}

/** Serialises submissions per source unit for the rest of the transaction. */
export async function lockSourceUnits(
  db: DbOrTx,
  sourceUnitCodes: readonly string[],
): Promise<void> {
  for (const code of [...new Set(sourceUnitCodes)].sort()) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`records:${code}`}))`);
  }
}
