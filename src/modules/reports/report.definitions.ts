import { Role, type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import { type CalendarDate, addDays, chinaDayStart } from '../../shared/dates.js';
import {
  COLLECTION_REPORT_HEADERS,
  collectionReport,
  collectionReportLines,
} from '../collection-stats/index.js';
import { disclosureStats } from '../disclosure/index.js';
import { type RecordKind, pageRejections, recordKind } from '../records/index.js';

/** What a report is asked for: the period (both days included) and, for some, a kind. */
export interface ReportQuery {
  from: CalendarDate;
  to: CalendarDate;
  kind: RecordKind | null;
}

/** One downloadable report of the credit office (`GET /reports/<name>.xlsx|csv`). */
export interface ReportDefinition {
  /** The path's name, e.g. `collection`. */
  name: string;
  /** The title: the sheet's name and the start of the file's name. */
  title: string;
  /** The roles that may download it, those of the GraphQL field it mirrors. */
  roles: readonly Role[];
  /** Whether `kind` (LICENSING or PENALTY) may narrow it. */
  takesKind: boolean;
  headers: readonly string[];
  /** The report's rows, a page at a time, as the viewer may see them. */
  pages(db: Db, viewer: Viewer, query: ReportQuery, today: CalendarDate): AsyncIterable<string[][]>;
}

/** An on-time share as the collection report's CSV writes it: a percentage, one decimal. */
function rate(value: number | null): string {
  return value === null ? '' : (value * 100).toFixed(1) + '%';
}

/** Mirrors `collectionReport(from, to)` (ADMIN): the lines of its `csv`, in its columns. */
const collection: ReportDefinition = {
  name: 'collection',
  title: '归集统计',
  roles: [Role.ADMIN],
  takesKind: false,
  headers: COLLECTION_REPORT_HEADERS,
  async *pages(db, _viewer, query, today) {
    yield collectionReportLines(await collectionReport(db, query.from, query.to, today));
  },
};

/**
 * Mirrors `disclosureStats(from, to, kind)` (REGULATOR, ADMIN; a PROVIDER its own): per source
 * unit, the decisions of the period by disclosure status (DESIGN §3.2).
 */
const disclosure: ReportDefinition = {
  name: 'disclosure',
  title: '双公示时效统计',
  roles: [Role.REGULATOR, Role.ADMIN, Role.PROVIDER],
  takesKind: true,
  headers: [
    '数据来源单位',
    '数据来源单位统一社会信用代码',
    '决定数',
    '按时公示',
    '逾期公示',
    '超期未公示',
    '待公示',
    '无需公示',
    '按时率',
  ],
  async *pages(db, viewer, query, today) {
    const rows = await disclosureStats(db, {
      kind: query.kind,
      from: query.from,
      to: query.to,
      sourceUnitCode: viewer.role === Role.PROVIDER ? viewer.organizationCode : null,
      today,
    });
    yield rows.map(row => [
      row.sourceUnit,
      row.sourceUnitCode,
      String(row.total),
      String(row.onTime),
      String(row.late),
      String(row.overdue),
      String(row.pending),
      String(row.notRequired),
      rate(row.onTimeRate),
    ]);
  },
};

/** Rows of the rejection report read from the database at a time. */
const REJECTION_PAGE = 500;

/** A field as a clerk knows it: the national column's 中文名 and code, from the kind's declaration. */
function fieldNames(itemCode: string, field: string | null): [string, string] {
  if (field === null) {
    return ['', ''];
  }
  const name = field.startsWith('fields.') ? field.slice('fields.'.length) : field;
  const kind = recordKind(itemCode);
  const declared = [...(kind?.fields ?? []), ...(kind?.systemFields ?? [])].find(
    f => f.name === name,
  );
  return declared === undefined ? [field, field] : [declared.label, declared.codes?.[0] ?? field];
}

/** The time of a submission as a clerk reads it: China Standard Time, to the second. */
function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * 退回明细: every row refused in the period (sent on a day from `from` to `to`, China Standard
 * Time), oldest first, with the organisation whose key sent it and the source unit the row
 * claims, the field by its national column name, and the code and message the submission gave.
 * The credit office sees all; a PROVIDER what its own keys sent. Its counts per item and unit
 * are the collection report's 退回.
 */
const rejections: ReportDefinition = {
  name: 'rejections',
  title: '退回明细',
  roles: [Role.ADMIN, Role.PROVIDER],
  takesKind: false,
  headers: [
    '提交时间',
    '目录事项代码',
    '目录事项名称',
    '提交单位',
    '提交单位统一社会信用代码',
    '数据来源单位统一社会信用代码',
    '批内行号',
    '文书号或编号',
    '字段',
    '字段代码',
    '错误代码',
    '说明',
  ],
  async *pages(db, viewer, query) {
    const period = {
      from: chinaDayStart(query.from),
      to: chinaDayStart(addDays(query.to, 1)),
      submitterCode: viewer.role === Role.PROVIDER ? viewer.organizationCode : null,
    };
    let after = 0;
    for (;;) {
      const rows = await pageRejections(db, period, after, REJECTION_PAGE);
      if (rows.length === 0) {
        return;
      }
      yield rows.map(row => {
        const [label, code] = fieldNames(row.itemCode, row.field);
        return [
          chinaTime(row.submittedAt),
          row.itemCode,
          recordKind(row.itemCode)?.name ?? row.itemCode,
          row.submitterName ?? '',
          row.submitterCode ?? '',
          row.claimedUnitCode ?? '',
          String(row.rowIndex + 1),
          row.documentNumber ?? '',
          label,
          code,
          row.code,
          row.message,
        ];
      });
      after = rows.at(-1)!.id;
    }
  },
};

/** The reports by their path's name. */
export const REPORTS: ReadonlyMap<string, ReportDefinition> = new Map(
  [collection, disclosure, rejections].map(report => [report.name, report]),
);
