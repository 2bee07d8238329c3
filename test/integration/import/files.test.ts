import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { Role } from '../../../src/auth/viewer.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import { type ImportSummary, importFile } from '../../../src/modules/import/index.js';
import { testClock } from '../../support/clock.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { AMR, viewers } from '../../support/viewers.js';

// The fixtures' decisions are of 2025 and 2026; one of them is dated after this day.
const env = useIntegration({ pinnedAt: '2026-09-15T02:00:00.000Z' });
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');

let http: HttpHarness;
let key: string;
let dir: string;

beforeAll(async () => {
  http = await startHttp(env.database, env.server);
  dir = await mkdtemp(join(tmpdir(), 'credit-import-files-'));
});
afterAll(async () => {
  await http.close();
});
beforeEach(async () => {
  key = (
    await createApiKey(env.database.db, viewers.admin, testClock, {
      role: Role.PROVIDER,
      organizationName: AMR.name,
      organizationCode: AMR.code,
    })
  ).secret;
});

/** Imports a copy of a fixture (its reports go next to the copy). */
async function importFixture(name: string, kind: 'penalty' | 'licensing'): Promise<ImportSummary> {
  const file = join(dir, name);
  await copyFile(join(FIXTURES, name), file);
  return importFile({ file, kind, url: `${http.url}/graphql`, key, batchSize: 4 });
}

/** A report's lines after its header: line, field, code, column (and the message). */
function reportOf(
  path: string,
): { line: string; field: string; code: string; column: string; message: string }[] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
  return rows.map(r => ({
    line: r['line']!,
    field: r['field']!,
    code: r['code']!,
    column: r['column']!,
    message: r['message']!,
  }));
}

describe('importing the files departments have', () => {
  it('reads a V2 CSV with Chinese headers in UTF-8', async () => {
    const summary = await importFixture('penalty-v2-zh.csv', 'penalty');
    expect(summary).toMatchObject({
      rows: 15,
      accepted: 11,
      duplicates: 0,
      rejectedRows: 4,
      malformedLines: 1,
      warnings: 0,
      format: 'csv',
      encoding: 'utf8',
      layout: 'V2',
      headerStyle: 'CHINESE',
      detected: 'V2 中文表头, UTF-8',
      unknownHeaders: [],
    });
    expect(reportOf(summary.reportPath).map(r => [r.line, r.field, r.code, r.column])).toEqual([
      ['4', 'creditCode', 'INVALID_CREDIT_CODE', '行政相对人代码_1(统一社会信用代码)'],
      ['7', 'decisionDate', 'INVALID_DATE', '处罚决定日期'],
      ['10', 'counterpartCategory', 'INVALID_VALUE', '行政相对人类别'],
      ['13', '', 'MALFORMED_LINE', ''],
    ]);
  });

  it('reads the same file with a byte-order mark', async () => {
    const summary = await importFixture('penalty-v2-zh-bom.csv', 'penalty');
    expect(summary).toMatchObject({
      rows: 15,
      accepted: 11,
      rejectedRows: 4,
      malformedLines: 1,
      encoding: 'utf8-bom',
      detected: 'V2 中文表头, UTF-8 (BOM)',
      unknownHeaders: [],
    });
    const names = await env.database.query<{ counterpart_name: string }>(
      "select counterpart_name from penalty_records where document_number = '京朝市监罚〔2026〕101号'",
    );
    expect(names).toEqual([{ counterpart_name: '北京福001餐饮管理有限公司' }]);
  });

  it('reads a GBK CSV', async () => {
    const summary = await importFixture('licensing-v2-zh-gbk.csv', 'licensing');
    expect(summary).toMatchObject({
      rows: 12,
      accepted: 10,
      rejectedRows: 2,
      malformedLines: 0,
      warnings: 0,
      encoding: 'gbk',
      layout: 'V2',
      detected: 'V2 中文表头, GBK',
      unknownHeaders: [],
    });
    expect(reportOf(summary.reportPath).map(r => [r.line, r.field, r.code])).toEqual([
      ['5', 'licenceCategory', 'INVALID_VALUE'],
      ['9', 'validTo', 'DATE_ORDER'],
    ]);
    const other = await env.database.query<{
      licence_category_other: string;
      counterpart_name: string;
    }>(
      "select licence_category_other, counterpart_name from licensing_records where document_number = '京朝市监许〔2026〕222号'",
    );
    expect(other).toEqual([
      { licence_category_other: '备案', counterpart_name: '北京福022餐饮管理有限公司' },
    ]);
  });

  it('reads a V2 CSV headed by field codes, where a fine still needs its amount', async () => {
    const summary = await importFixture('penalty-v2-code.csv', 'penalty');
    expect(summary).toMatchObject({
      rows: 11,
      accepted: 9,
      rejectedRows: 2,
      warnings: 0,
      layout: 'V2',
      headerStyle: 'CODE',
      detected: 'V2 代码表头, UTF-8',
      unknownHeaders: [],
    });
    const report = reportOf(summary.reportPath);
    expect(report.map(r => [r.line, r.field, r.code, r.column])).toEqual([
      ['4', 'fineAmount', 'REQUIRED', 'CF_NR_FK'],
      ['8', 'fineAmount', 'NEGATIVE_AMOUNT', 'CF_NR_FK'],
    ]);
    expect(report[0]!.message).toBe('罚款金额（万元）为必填项，不能为空。');
  });

  it('reads a V1 CSV with Chinese headers, filling what V1 lacks', async () => {
    const summary = await importFixture('licensing-v1-zh.csv', 'licensing');
    expect(summary).toMatchObject({
      rows: 12,
      accepted: 10,
      rejectedRows: 2,
      warnings: 0,
      layout: 'V1',
      headerStyle: 'CHINESE',
      detected: 'V1 中文表头, UTF-8',
      unknownHeaders: ['地方编码', '数据更新时间戳'],
    });
    expect(reportOf(summary.reportPath).map(r => [r.line, r.field, r.code, r.column])).toEqual([
      ['4', 'usageScope', 'INVALID_VALUE', '信息使用范围'],
      ['11', 'content', 'REQUIRED', '许可内容'],
    ]);
    const rows = await env.database.query<Record<string, string>>(
      `select document_number, counterpart_category, valid_from::text, valid_to::text, authority_code, source_unit_code, person_id_type
         from licensing_records order by document_number`,
    );
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({
      document_number: '京朝市监许〔2026〕241号',
      counterpart_category: 'LEGAL_ENTITY',
      valid_from: '2026-02-02',
      valid_to: '2031-03-01',
      authority_code: AMR.code,
      source_unit_code: AMR.code,
    });
    expect(rows.map(r => r['counterpart_category']).sort()).toEqual(
      [...Array(8).fill('LEGAL_ENTITY'), 'INDIVIDUAL_BUSINESS', 'NATURAL_PERSON'].sort(),
    );
    expect(rows.find(r => r['counterpart_category'] === 'NATURAL_PERSON')!['person_id_type']).toBe(
      '身份证',
    );
  });

  it('reads a V1 GBK CSV headed by field codes, storing fines without their amount and warning of each', async () => {
    const summary = await importFixture('penalty-v1-code-gbk.csv', 'penalty');
    expect(summary).toMatchObject({
      rows: 20,
      accepted: 17,
      rejectedRows: 3,
      malformedLines: 0,
      warnedRows: 14,
      warnings: 14,
      encoding: 'gbk',
      layout: 'V1',
      headerStyle: 'CODE',
      detected: 'V1 代码表头, GBK',
      unknownHeaders: ['DFBM', 'SJC'],
    });
    expect(reportOf(summary.reportPath).map(r => [r.line, r.field, r.code, r.column])).toEqual([
      ['6', 'penaltyTypes', 'INVALID_VALUE', 'CF_CFLB1'],
      ['12', 'creditCode', 'INVALID_CREDIT_CODE', 'CF_XDR_SHXYM'],
      ['17', 'decisionDate', 'DATE_IN_FUTURE', 'CF_JDRQ'],
    ]);
    const warnings = reportOf(summary.warningsPath);
    expect(new Set(warnings.map(w => w.code))).toEqual(new Set(['AMOUNT_UNKNOWN']));
    expect(warnings.filter(w => w.field === 'confiscatedAmount').map(w => w.line)).toEqual(['7']);
    expect(warnings.find(w => w.line === '2')).toMatchObject({
      field: 'fineAmount',
      column: '罚款金额（万元）',
      message: expect.stringContaining('罚款金额记为未知'),
    });
    const fines = await env.database.query<{ n: string; unknown: string }>(
      `select count(*)::text as n, count(*) filter (where fine_amount is null)::text as unknown
         from penalty_records where 'FINE' = any(penalty_types)`,
    );
    expect(fines).toEqual([{ n: '13', unknown: '13' }]);
    const again = await importFixture('penalty-v1-code-gbk.csv', 'penalty');
    expect(again).toMatchObject({ accepted: 0, duplicates: 17, rejectedRows: 3, warnings: 14 });
  });

  it('reads the first sheet of an XLSX file, its date and number cells included', async () => {
    const summary = await importFixture('penalty-v2-zh.xlsx', 'penalty');
    expect(summary).toMatchObject({
      rows: 15,
      accepted: 11,
      rejectedRows: 4,
      malformedLines: 1,
      format: 'xlsx',
      encoding: null,
      detected: 'V2 中文表头, XLSX',
      unknownHeaders: [],
    });
    expect(reportOf(summary.reportPath).map(r => [r.line, r.field, r.code])).toEqual([
      ['4', 'creditCode', 'INVALID_CREDIT_CODE'],
      ['7', 'decisionDate', 'INVALID_DATE'],
      ['10', 'counterpartCategory', 'INVALID_VALUE'],
      ['13', '', 'MALFORMED_LINE'],
    ]);
    const row = await env.database.query<Record<string, string>>(
      `select fine_amount::text, confiscated_amount::text, penalty_valid_until::text
         from penalty_records where document_number = '京朝市监罚〔2026〕104号'`,
    );
    expect(row).toEqual([
      {
        fine_amount: '2.000000',
        confiscated_amount: '0.320000',
        penalty_valid_until: '2027-12-31',
      },
    ]);
  });
});
