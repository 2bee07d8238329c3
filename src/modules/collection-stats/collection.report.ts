import { and, eq, gte, lt, lte, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { stringify } from 'csv-stringify/sync';

import type { DbOrTx } from '../../db/types.js';
import { type CalendarDate, addDays } from '../../shared/dates.js';
import { catalogItemProviders, catalogItems } from '../catalog/index.js';
import { DisclosureStatus } from '../records/index.js';
import { TABLES, statusCondition } from '../disclosure/index.js';
import { recordVersions } from '../records/index.js';
import type { RecordKind } from '../records/index.js';
import { commonColumns } from '../records/index.js';
import { submissionLog } from '../records/index.js';
import { listEntries, listEntryVersions } from '../credit-lists/index.js';
import { catalogRecordVersions, catalogRecords } from '../records/index.js';

interface CollectionRow {
  itemCode: string;
  itemName: string;
  sourceUnitCode: string;
  sourceUnit: string;
  /** Records received in the period. */
  received: number;
  /** Records made public in the period. */
  published: number;
  /** Corrections accepted in the period. */
  corrected: number;
  /** Rows refused in the period (from the submission log). */
  rejected: number;
  /**
   * Records decided in the period that had to be public by today: on time, late or overdue.
   * Only licensing and penalty records have a disclosure deadline; 0 for the other kinds.
   */
  due: number;
  onTime: number;
  onTimeRate: number | null;
}

export interface CollectionReport {
  from: CalendarDate;
  to: CalendarDate;
  rows: CollectionRow[];
  /** Providers listed for an item that sent nothing for it in the period. */
  silentProviders: {
    itemCode: string;
    itemName: string;
    organizationCode: string;
    organizationName: string;
  }[];
}

/**
 * A kind stored without a disclosure deadline: its table's item, source unit, receipt and
 * publication columns, and the table of its superseded versions with the column naming the row.
 */
interface UndatedKind {
  table: PgTable;
  id: PgColumn;
  itemCode: PgColumn;
  sourceUnitCode: PgColumn;
  sourceUnit: PgColumn;
  receivedAt: PgColumn;
  publishedAt: PgColumn;
  versions: PgTable;
  versionOf: PgColumn;
  /** The distribution key of the record and of its versions: a version joins its own record. */
  key: PgColumn;
  versionKey: PgColumn;
  supersededAt: PgColumn;
}

/** The kinds without a disclosure deadline: generic catalog records and red/black list entries. */
const UNDATED_KINDS: UndatedKind[] = [
  {
    table: catalogRecords,
    id: catalogRecords.id,
    itemCode: catalogRecords.catalogItemCode,
    sourceUnitCode: catalogRecords.sourceUnitCode,
    sourceUnit: catalogRecords.sourceUnit,
    receivedAt: catalogRecords.receivedAt,
    publishedAt: catalogRecords.publishedAt,
    versions: catalogRecordVersions,
    versionOf: catalogRecordVersions.recordId,
    key: catalogRecords.subjectKey,
    versionKey: catalogRecordVersions.subjectKey,
    supersededAt: catalogRecordVersions.supersededAt,
  },
  {
    table: listEntries,
    id: listEntries.id,
    itemCode: listEntries.catalogItemCode,
    sourceUnitCode: listEntries.listingAuthorityCode,
    sourceUnit: listEntries.listingAuthority,
    receivedAt: listEntries.receivedAt,
    publishedAt: listEntries.publishedAt,
    versions: listEntryVersions,
    versionOf: listEntryVersions.entryId,
    key: listEntries.subjectCode,
    versionKey: listEntryVersions.subjectCode,
    supersededAt: listEntryVersions.supersededAt,
  },
];

/** Midnight at the start of a China Standard Time date, as an instant. */
function cstStart(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/**
 * The collection statistics of a period (跟踪问效, 京政发〔2017〕15号 二(一)4): per catalog item
 * and department, what was received, published, corrected and rejected, and the share of the
 * period's decisions made public on time; and the listed providers that sent nothing.
 */
export async function collectionReport(
  db: DbOrTx,
  from: CalendarDate,
  to: CalendarDate,
  today: CalendarDate,
): Promise<CollectionReport> {
  const start = cstStart(from);
  const end = cstStart(addDays(to, 1));
  const rows = new Map<string, CollectionRow>();
  const row = (itemCode: string, sourceUnitCode: string) => {
    const key = `${itemCode}\u0000${sourceUnitCode}`;
    let found = rows.get(key);
    if (found === undefined) {
      found = {
        itemCode,
        itemName: '',
        sourceUnitCode,
        sourceUnit: '',
        received: 0,
        published: 0,
        corrected: 0,
        rejected: 0,
        due: 0,
        onTime: 0,
        onTimeRate: null,
      };
      rows.set(key, found);
    }
    return found;
  };

  for (const [kind, table] of Object.entries(TABLES) as [
    RecordKind,
    (typeof TABLES)[RecordKind],
  ][]) {
    const t = commonColumns(table);
    const decided = and(gte(t.decisionDate, from), lte(t.decisionDate, to));
    const counts = await db
      .select({
        itemCode: t.catalogItemCode,
        sourceUnitCode: t.sourceUnitCode,
        sourceUnit: sql<string>`max(${t.sourceUnit})`,
        received:
          sql<number>`count(*) filter (where ${t.receivedAt} >= ${start.toISOString()} and ${t.receivedAt} < ${end.toISOString()})`.mapWith(
            Number,
          ),
        published:
          sql<number>`count(*) filter (where ${t.publishedOn} between ${from} and ${to})`.mapWith(
            Number,
          ),
        onTime:
          sql<number>`count(*) filter (where ${decided} and ${statusCondition(table, DisclosureStatus.ON_TIME, today)})`.mapWith(
            Number,
          ),
        due: sql<number>`count(*) filter (where ${decided} and (${statusCondition(table, DisclosureStatus.ON_TIME, today)} or ${statusCondition(table, DisclosureStatus.LATE, today)} or ${statusCondition(table, DisclosureStatus.OVERDUE, today)}))`.mapWith(
          Number,
        ),
      })
      .from(t)
      .where(
        or(
          and(gte(t.receivedAt, start), lt(t.receivedAt, end)),
          and(gte(t.publishedOn, from), lte(t.publishedOn, to)),
          decided,
        ),
      )
      .groupBy(t.catalogItemCode, t.sourceUnitCode);
    for (const c of counts) {
      const r = row(c.itemCode, c.sourceUnitCode);
      r.sourceUnit = c.sourceUnit;
      r.received += c.received;
      r.published += c.published;
      r.onTime += c.onTime;
      r.due += c.due;
    }
    const corrections = await db
      .select({
        itemCode: t.catalogItemCode,
        sourceUnitCode: t.sourceUnitCode,
        n: sql<number>`count(*)`.mapWith(Number),
      })
      .from(recordVersions)
      .innerJoin(
        t,
        and(eq(t.subjectKey, recordVersions.subjectKey), eq(t.id, recordVersions.recordId)),
      )
      .where(
        and(
          eq(recordVersions.kind, kind),
          gte(recordVersions.supersededAt, start),
          lt(recordVersions.supersededAt, end),
        ),
      )
      .groupBy(t.catalogItemCode, t.sourceUnitCode);
    for (const c of corrections) {
      row(c.itemCode, c.sourceUnitCode).corrected += c.n;
    }
  }

  // Generic catalog records and list entries have no disclosure deadline: nothing is due.
  // A list entry's source unit is its listing authority; it is published when it is received
  // (or corrected) with public scope, the moment its publishedAt records.
  for (const k of UNDATED_KINDS) {
    const received = and(gte(k.receivedAt, start), lt(k.receivedAt, end));
    const published = and(gte(k.publishedAt, start), lt(k.publishedAt, end));
    const counts = await db
      .select({
        itemCode: sql<string>`${k.itemCode}`,
        sourceUnitCode: sql<string>`${k.sourceUnitCode}`,
        sourceUnit: sql<string>`max(${k.sourceUnit})`,
        received: sql<number>`count(*) filter (where ${received})`.mapWith(Number),
        published: sql<number>`count(*) filter (where ${published})`.mapWith(Number),
      })
      .from(k.table)
      .where(or(received, published))
      .groupBy(k.itemCode, k.sourceUnitCode);
    for (const c of counts) {
      const r = row(c.itemCode, c.sourceUnitCode);
      r.sourceUnit = c.sourceUnit;
      r.received += c.received;
      r.published += c.published;
    }
    const corrections = await db
      .select({
        itemCode: sql<string>`${k.itemCode}`,
        sourceUnitCode: sql<string>`${k.sourceUnitCode}`,
        n: sql<number>`count(*)`.mapWith(Number),
      })
      .from(k.versions)
      .innerJoin(k.table, and(eq(k.key, k.versionKey), eq(k.id, k.versionOf)))
      .where(and(gte(k.supersededAt, start), lt(k.supersededAt, end)))
      .groupBy(k.itemCode, k.sourceUnitCode);
    for (const c of corrections) {
      row(c.itemCode, c.sourceUnitCode).corrected += c.n;
    }
  }

  const logged = await db
    .select({
      itemCode: submissionLog.itemCode,
      sourceUnitCode: submissionLog.sourceUnitCode,
      received: sql<number>`sum(${submissionLog.received})`.mapWith(Number),
      rejected: sql<number>`sum(${submissionLog.rejected})`.mapWith(Number),
    })
    .from(submissionLog)
    .where(and(gte(submissionLog.submittedAt, start), lt(submissionLog.submittedAt, end)))
    .groupBy(submissionLog.itemCode, submissionLog.sourceUnitCode);
  for (const l of logged) {
    if (l.rejected > 0) {
      row(l.itemCode, l.sourceUnitCode).rejected += l.rejected;
    }
  }

  const items = await db
    .select({ code: catalogItems.code, name: catalogItems.name })
    .from(catalogItems);
  const itemNames = new Map(items.map(i => [i.code, i.name]));
  const providers = await db.select().from(catalogItemProviders);
  const providerNames = new Map(providers.map(p => [p.organizationCode, p.organizationName]));
  for (const r of rows.values()) {
    r.itemName = itemNames.get(r.itemCode) ?? r.itemCode;
    r.sourceUnit ||= providerNames.get(r.sourceUnitCode) ?? r.sourceUnitCode;
    r.onTimeRate = r.due === 0 ? null : r.onTime / r.due;
  }
  const active = new Set([
    ...[...rows.values()]
      .filter(r => r.received > 0)
      .map(r => `${r.itemCode}\u0000${r.sourceUnitCode}`),
    ...logged.map(l => `${l.itemCode}\u0000${l.sourceUnitCode}`),
  ]);
  return {
    from,
    to,
    rows: [...rows.values()].sort((a, b) =>
      a.itemCode + a.sourceUnitCode < b.itemCode + b.sourceUnitCode ? -1 : 1,
    ),
    silentProviders: providers
      .filter(p => !active.has(`${p.itemCode}\u0000${p.organizationCode}`))
      .map(p => ({
        itemCode: p.itemCode,
        itemName: itemNames.get(p.itemCode) ?? p.itemCode,
        organizationCode: p.organizationCode,
        organizationName: p.organizationName,
      }))
      .sort((a, b) => (a.itemCode + a.organizationCode < b.itemCode + b.organizationCode ? -1 : 1)),
  };
}

/** The columns of the report as a table (the CSV in the GraphQL answer and the downloads). */
export const COLLECTION_REPORT_HEADERS = [
  '事项代码',
  '事项名称',
  '数据来源单位',
  '统一社会信用代码',
  '接收',
  '公示',
  '更正',
  '退回',
  '应公示',
  '按时公示',
  '按时率',
] as const;

/**
 * The report's lines under `COLLECTION_REPORT_HEADERS`: a line per item and department, then
 * the silent providers (接收 0, 按时率 未报送); the on-time share as a percentage with one decimal.
 */
export function collectionReportLines(report: CollectionReport): string[][] {
  const lines = report.rows.map(r => [
    r.itemCode,
    r.itemName,
    r.sourceUnit,
    r.sourceUnitCode,
    String(r.received),
    String(r.published),
    String(r.corrected),
    String(r.rejected),
    String(r.due),
    String(r.onTime),
    r.onTimeRate === null ? '' : (r.onTimeRate * 100).toFixed(1) + '%',
  ]);
  const silent = report.silentProviders.map(p => [
    p.itemCode,
    p.itemName,
    p.organizationName,
    p.organizationCode,
    '0',
    '',
    '',
    '',
    '',
    '',
    '未报送',
  ]);
  return [...lines, ...silent];
}

/** The report as CSV (UTF-8 with BOM, so that spreadsheet programs read the Chinese names). */
export function collectionReportCsv(report: CollectionReport): string {
  return '\uFEFF' + stringify([[...COLLECTION_REPORT_HEADERS], ...collectionReportLines(report)]);
}
