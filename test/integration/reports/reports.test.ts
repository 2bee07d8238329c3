import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { Role } from '../../../src/auth/viewer.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import { addDays } from '../../../src/shared/dates.js';
import {
  CollectionReportDocument,
  DisclosureStatsDocument,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { testClock } from '../../support/clock.js';
import { buildLicensingInput, buildPenaltyInput } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { AMR, ECO, viewers } from '../../support/viewers.js';

const env = useIntegration();

const today = testClock.today();
const PERIOD = { from: addDays(today, -40), to: today };
const FORMATS = ['xlsx', 'csv'] as const;

let http: HttpHarness;
const keys = {} as Record<
  'admin' | 'provider' | 'otherProvider' | 'regulator' | 'institution',
  string
>;

beforeAll(async () => {
  http = await startHttp(env.database, env.server);
});
afterAll(async () => {
  await http.close();
});

beforeEach(async () => {
  const key = async (role: Role, organizationName: string, organizationCode: string) =>
    (
      await createApiKey(env.database.db, viewers.admin, testClock, {
        role,
        organizationName,
        organizationCode,
      })
    ).secret;
  keys.admin = await key(Role.ADMIN, '市信用办', viewers.admin.organizationCode);
  keys.provider = await key(Role.PROVIDER, AMR.name, AMR.code);
  keys.otherProvider = await key(Role.PROVIDER, ECO.name, ECO.code);
  keys.regulator = await key(
    Role.REGULATOR,
    viewers.regulator.organizationName,
    viewers.regulator.organizationCode,
  );
  keys.institution = await key(
    Role.INSTITUTION,
    viewers.institution.organizationName,
    viewers.institution.organizationCode,
  );
  // Stored penalties and licences of the market regulator, and rows refused for reasons a clerk
  // can act on: a bad credit code, a missing document number, another unit's record.
  const penalties = await env.server.execute(
    SubmitPenaltyDocument,
    {
      records: [
        buildPenaltyInput(),
        buildPenaltyInput({ decisionDate: addDays(today, -30) }),
        buildPenaltyInput({ creditCode: '91110108MA01C3D470' }),
        buildPenaltyInput({ documentNumber: '' }),
        buildPenaltyInput({ sourceUnitCode: ECO.code, sourceUnit: ECO.name }),
      ],
    },
    { as: viewers.provider },
  );
  expect(penalties.data!.submitPenaltyRecords.rejected.length).toBeGreaterThanOrEqual(3);
  const licences = await env.server.execute(
    SubmitLicensingDocument,
    { records: [buildLicensingInput(), buildLicensingInput({ validTo: 'someday' })] },
    { as: viewers.provider },
  );
  expect(licences.data!.submitLicensingRecords.accepted).toBe(1);
});

async function download(
  path: string,
  key: string | null = keys.admin,
): Promise<{ status: number; bytes: Buffer; headers: Headers; json: any }> {
  const response = await fetch(`${http.url}${path}`, {
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = response.headers.get('content-type')?.startsWith('application/json')
    ? JSON.parse(bytes.toString('utf8'))
    : null;
  return { status: response.status, bytes, headers: response.headers, json };
}

/** A downloaded report read back: with exceljs for XLSX, with csv-parse for CSV. */
async function table(format: 'xlsx' | 'csv', bytes: Buffer): Promise<string[][]> {
  if (format === 'csv') {
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    return parse(bytes.toString('utf8'), { bom: true }) as string[][];
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow(row => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const value = row.getCell(column).value;
      cells.push(value === null || value === undefined ? '' : String(value));
    }
    rows.push(cells);
  });
  return rows;
}

const query = (from = PERIOD.from, to = PERIOD.to) => `from=${from}&to=${to}`;

describe('GET /reports/collection.xlsx|csv', () => {
  it.each(FORMATS)(
    '%s: the collection report of the period, as collectionReport gives it',
    async format => {
      const graphql = await env.server.execute(CollectionReportDocument, PERIOD, {
        as: viewers.admin,
      });
      const report = graphql.data!.collectionReport;
      const answer = await download(`/reports/collection.${format}?${query()}`);
      expect(answer.status).toBe(200);
      const [headers, ...lines] = await table(format, answer.bytes);
      expect(headers).toEqual([
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
      ]);
      // Every line of the GraphQL answer's CSV, and the rows' figures cell by cell.
      const csv = (parse(report.csv, { bom: true }) as string[][]).slice(1);
      expect(lines).toEqual(csv);
      for (const row of report.rows) {
        const line = lines.find(l => l[0] === row.itemCode && l[3] === row.sourceUnitCode)!;
        expect(line.slice(4, 10).map(Number)).toEqual([
          row.received,
          row.published,
          row.corrected,
          row.rejected,
          row.due,
          row.onTime,
        ]);
      }
      const penalties = lines.find(l => l[3] === AMR.code && l[1] === '行政处罚信息')!;
      expect(Number(penalties[4])).toBe(2);
      // 退回 counts a refused row for the department whose key sent it, the row claiming another
      // unit included.
      expect(Number(penalties[7])).toBe(3);
    },
  );

  it('streams with the Chinese file name (RFC 5987), uncached', async () => {
    const xlsx = await download(`/reports/collection.xlsx?${query()}`);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = xlsx.headers.get('content-disposition')!;
    expect(disposition).toContain(`filename="collection-${PERIOD.from}-${PERIOD.to}.xlsx"`);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!;
    expect(decodeURIComponent(encoded)).toBe(`归集统计_${PERIOD.from}至${PERIOD.to}.xlsx`);
    expect(xlsx.headers.get('transfer-encoding')).toBe('chunked');
    expect(xlsx.headers.get('cache-control')).toBe('private, no-store');
    const csv = await download(`/reports/collection.csv?${query()}`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('is the credit office’s: no key or a wrong key 401, another role 403', async () => {
    const none = await download(`/reports/collection.csv?${query()}`, null);
    expect(none.status).toBe(401);
    expect(none.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await download(`/reports/collection.csv?${query()}`, 'not-a-key-of-ours-000000');
    expect(wrong.status).toBe(401);
    expect(wrong.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const key of [keys.provider, keys.regulator, keys.institution]) {
      const refused = await download(`/reports/collection.xlsx?${query()}`, key);
      expect(refused.status).toBe(403);
      expect(refused.json.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses bad parameters with 400, naming the parameter', async () => {
    const cases: [string, string, string][] = [
      [`to=${PERIOD.to}`, 'from', 'REQUIRED'],
      [`from=${PERIOD.from}`, 'to', 'REQUIRED'],
      [`from=2026-02-30&to=${PERIOD.to}`, 'from', 'INVALID_DATE'],
      [`from=${PERIOD.from}&to=yesterday`, 'to', 'INVALID_DATE'],
      [`from=${PERIOD.from}&from=${PERIOD.from}&to=${PERIOD.to}`, 'from', 'INVALID_DATE'],
      [query(PERIOD.to, PERIOD.from), 'from', 'PERIOD_REVERSED'],
      [`${query()}&kind=PENALTY`, 'kind', 'UNKNOWN_PARAMETER'],
    ];
    for (const [parameters, field, reason] of cases) {
      const answer = await download(`/reports/collection.csv?${parameters}`);
      expect(answer.status, parameters).toBe(400);
      expect(answer.json.errors[0].extensions, parameters).toEqual({
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
  });

  it('knows no other report or format: 404', async () => {
    for (const path of ['/reports/collection.pdf', '/reports/secrets.csv', '/reports/x']) {
      const answer = await download(`${path}?${query()}`);
      expect(answer.status, path).toBe(404);
      expect(answer.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('GET /reports/disclosure.xlsx|csv', () => {
  const HEADERS = [
    '数据来源单位',
    '数据来源单位统一社会信用代码',
    '决定数',
    '按时公示',
    '逾期公示',
    '超期未公示',
    '待公示',
    '无需公示',
    '按时率',
  ];

  it.each(FORMATS)('%s: per source unit, as disclosureStats gives it', async format => {
    for (const kind of [null, 'PENALTY', 'LICENSING'] as const) {
      const graphql = await env.server.execute(
        DisclosureStatsDocument,
        { ...PERIOD, kind },
        { as: viewers.regulator },
      );
      const stats = graphql.data!.disclosureStats;
      expect(stats.length).toBeGreaterThan(0);
      const answer = await download(
        `/reports/disclosure.${format}?${query()}${kind === null ? '' : `&kind=${kind}`}`,
        keys.regulator,
      );
      expect(answer.status).toBe(200);
      const [headers, ...lines] = await table(format, answer.bytes);
      expect(headers).toEqual(HEADERS);
      expect(lines).toEqual(
        stats.map(s => [
          s.sourceUnit,
          s.sourceUnitCode,
          String(s.total),
          String(s.onTime),
          String(s.late),
          String(s.overdue),
          String(s.pending),
          String(s.notRequired),
          s.onTimeRate === null || s.onTimeRate === undefined
            ? ''
            : `${(s.onTimeRate * 100).toFixed(1)}%`,
        ]),
      );
    }
  });

  it('gives a provider its own figures, and names the kind in the file', async () => {
    const own = await download(`/reports/disclosure.csv?${query()}&kind=PENALTY`, keys.provider);
    expect(own.status).toBe(200);
    const [, ...lines] = await table('csv', own.bytes);
    expect(lines.map(l => l[1])).toEqual([AMR.code]);
    const other = await download(`/reports/disclosure.csv?${query()}`, keys.otherProvider);
    expect((await table('csv', other.bytes)).slice(1)).toEqual([]);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(own.headers.get('content-disposition')!)![1]!;
    expect(decodeURIComponent(encoded)).toBe(
      `双公示时效统计_行政处罚_${PERIOD.from}至${PERIOD.to}.csv`,
    );
  });

  it('refuses institutions (403) and a bad kind (400)', async () => {
    expect((await download(`/reports/disclosure.csv?${query()}`, keys.institution)).status).toBe(
      403,
    );
    const bad = await download(`/reports/disclosure.xlsx?${query()}&kind=LIST`, keys.admin);
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].extensions).toMatchObject({ field: 'kind', reason: 'INVALID_VALUE' });
  });
});

describe('GET /reports/rejections.xlsx|csv', () => {
  it.each(FORMATS)(
    '%s: every refused row with its field by national name, counted as the collection report counts',
    async format => {
      const answer = await download(`/reports/rejections.${format}?${query()}`);
      expect(answer.status).toBe(200);
      const [headers, ...lines] = await table(format, answer.bytes);
      expect(headers).toEqual([
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
      ]);
      const code = lines.find(l => l[10] === 'INVALID_CREDIT_CODE')!;
      expect(code.slice(3, 7)).toEqual([AMR.name, AMR.code, AMR.code, '3']);
      expect(code[8]).toMatch(/统一社会信用代码/);
      expect(code[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      // Another unit's record: the report names the unit the row claims and the key's provider.
      const notOwn = lines.find(l => l[10] === 'SOURCE_UNIT_NOT_OWN')!;
      expect(notOwn.slice(4, 6)).toEqual([AMR.code, ECO.code]);
      expect(lines.some(l => l[10] === 'REQUIRED' && l[6] === '4')).toBe(true);
      expect(lines.some(l => l[2] === '行政许可信息' && l[10] === 'INVALID_DATE')).toBe(true);

      // The rows refused per item and submitting department are the collection report's 退回.
      const report = (
        await env.server.execute(CollectionReportDocument, PERIOD, { as: viewers.admin })
      ).data!.collectionReport;
      const refusedRows = new Map<string, Set<string>>();
      for (const l of lines) {
        const key = `${l[1]}/${l[4]!}`;
        refusedRows.set(key, (refusedRows.get(key) ?? new Set()).add(`${l[0]}#${l[6]}`));
      }
      for (const row of report.rows.filter(r => r.rejected > 0)) {
        expect(refusedRows.get(`${row.itemCode}/${row.sourceUnitCode}`)?.size, row.itemCode).toBe(
          row.rejected,
        );
      }
    },
  );

  it('shows a provider what its own keys sent, and refuses regulators', async () => {
    await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({
            creditCode: '91110108MA01C3D470',
            sourceUnitCode: ECO.code,
            sourceUnit: ECO.name,
            authority: ECO.name,
            authorityCode: ECO.code,
          }),
        ],
      },
      { as: viewers.otherProvider },
    );
    const all = (await table('csv', (await download(`/reports/rejections.csv?${query()}`)).bytes))
      .slice(1)
      .map(l => l[4]);
    expect(new Set(all)).toEqual(new Set([AMR.code, ECO.code]));
    const own = await download(`/reports/rejections.csv?${query()}`, keys.otherProvider);
    expect((await table('csv', own.bytes)).slice(1).map(l => l[4])).toEqual([ECO.code]);
    expect((await download(`/reports/rejections.csv?${query()}`, keys.regulator)).status).toBe(403);
  });

  it('counts a period by the day rows were sent (China Standard Time)', async () => {
    const before = addDays(PERIOD.from, -10);
    const empty = await download(`/reports/rejections.csv?${query(before, addDays(today, -1))}`);
    expect((await table('csv', empty.bytes)).slice(1)).toEqual([]);
  });
});
