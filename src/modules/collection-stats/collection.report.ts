import { sql } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';

import { executeRows } from '../../db/execute.js';
import type { DbOrTx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import { catalogItemProviders, catalogItems } from '../catalog/index.js';
import { countersOf, pendingCounts } from '../disclosure/index.js';
import { RecordKind } from '../records/index.js';

/** The counters' kind of the submission log's lines (migration 0034). */
const SUBMISSION = 'SUBMISSION';

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
 * The collection statistics of a period (跟踪问效, 京政发〔2017〕15号 二(一)4): per catalog item
 * and department, what was received, published, corrected and rejected, and the share of the
 * period's decisions made public on time; and the listed providers that sent nothing.
 *
 * Read from the counters (record_counters, kept by triggers on the record, version and
 * submission log tables), a few hundred rows whatever the period. Each column counts its own
 * day in China Standard Time: receipt, publication, the superseded version (corrections), the
 * submission (rejections), and the decision for what was due. Licensing and penalty records
 * have a disclosure deadline; the other kinds (records stored by field list, list entries)
 * count nothing as due. A list entry's source unit is its listing authority. The department's
 * name is the greatest one its records counted in the period carry.
 */
export async function collectionReport(
  db: DbOrTx,
  from: CalendarDate,
  to: CalendarDate,
  today: CalendarDate,
): Promise<CollectionReport> {
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

  const [counted, pending] = await Promise.all([
    executeRows<{
      kind: string;
      catalog_item_code: string;
      source_unit_code: string;
      source_unit: string | null;
      total: number | string;
      on_time: number | string;
      late: number | string;
      unpublished: number | string;
      received: number | string;
      published: number | string;
      corrected: number | string;
      logged: number | string;
      rejected: number | string;
    }>(
      db,
      sql`select c.kind, c.catalog_item_code, c.source_unit_code,
                 max(c.source_unit) filter (where c.total <> 0 or c.received <> 0 or c.published <> 0) as source_unit,
                 sum(c.total) as total, sum(c.on_time) as on_time, sum(c.late) as late,
                 sum(c.unpublished) as unpublished, sum(c.received) as received,
                 sum(c.published) as published, sum(c.corrected) as corrected,
                 sum(c.logged) as logged, sum(c.rejected) as rejected
          from ${countersOf(from, to, sql`true`)} c
          group by c.kind, c.catalog_item_code, c.source_unit_code`,
    ),
    pendingCounts(db, { kinds: Object.values(RecordKind), from, to, today }),
  ]);
  const pendingOf = new Map(
    pending.map(p => [`${p.kind}\u0000${p.catalogItemCode}\u0000${p.sourceUnitCode}`, p.n]),
  );
  const logged = new Set<string>();
  for (const c of counted) {
    const n = (value: number | string) => Number(value);
    if (c.kind === SUBMISSION) {
      if (n(c.rejected) > 0) {
        row(c.catalog_item_code, c.source_unit_code).rejected += n(c.rejected);
      }
      if (n(c.logged) > 0) {
        logged.add(`${c.catalog_item_code}\u0000${c.source_unit_code}`);
      }
      continue;
    }
    if (n(c.total) + n(c.received) + n(c.published) > 0) {
      const r = row(c.catalog_item_code, c.source_unit_code);
      r.sourceUnit = c.source_unit ?? '';
      r.received += n(c.received);
      r.published += n(c.published);
      const waiting =
        pendingOf.get(`${c.kind}\u0000${c.catalog_item_code}\u0000${c.source_unit_code}`) ?? 0;
      r.onTime += n(c.on_time);
      r.due += n(c.on_time) + n(c.late) + n(c.unpublished) - waiting;
    }
    if (n(c.corrected) > 0) {
      row(c.catalog_item_code, c.source_unit_code).corrected += n(c.corrected);
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
    ...logged,
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
