import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { Role, type Viewer } from '../../../src/auth/viewer.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import { importFile, mapHeaders, toRecordInput } from '../../../src/modules/import/index.js';
import { addDays, fixedClock } from '../../../src/shared/dates.js';
import {
  ExportBatchesDocument,
  ExportRecordsDocument,
  type ExportRecordsMutation,
  type LicensingRecordInput,
  type PenaltyRecordInput,
  RevokeRecordDocument,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { testClock } from '../../support/clock.js';
import { buildLicensingInput, buildPenaltyInput } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { type TestServer, createTestServer, errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';

const env = useIntegration();
const dir = mkdtempSync(join(tmpdir(), 'credit-export-'));

/** The national V2 headers, in order, as data-standard.md lists them. */
const PENALTY_V2 = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政相对人代码_2(工商注册号)',
  '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)',
  '行政相对人代码_5(事业单位证书号)',
  '行政相对人代码_6(社会组织登记证号)',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
  '行政处罚决定书文号',
  '违法行为类型',
  '违法事实',
  '处罚依据',
  '处罚类别',
  '处罚内容',
  '罚款金额（万元）',
  '没收违法所得、没收非法财物的金额（万元）',
  '暂扣或吊销证照名称及编号',
  '处罚决定日期',
  '处罚有效期',
  '公示截止期',
  '处罚机关',
  '处罚机关统一社会信用代码',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '备注',
];
const LICENSING_V2 = [
  ...PENALTY_V2.slice(0, 13),
  '行政许可决定文书名称',
  '行政许可决定文书号',
  '许可类别',
  '许可证书名称',
  '许可编号',
  '许可内容',
  '许可决定日期',
  '有效期自',
  '有效期至',
  '许可机关',
  '许可机关统一社会信用代码',
  '当前状态',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '备注',
];

const today = testClock.today();
/** A China Standard Time day relative to the tests' today. */
const day = (offset: number) => addDays(today, offset);
/** The period the due records are published in: D-13 … D-7. */
const PERIOD = { from: day(-13), to: day(-7) };

let http: HttpHarness;
let adminKey: string;
let providerKey: string;

beforeAll(async () => {
  http = await startHttp(env.database, env.server);
});
afterAll(async () => {
  await http.close();
});
beforeEach(async () => {
  const key = (role: Role) =>
    createApiKey(env.database.db, viewers.admin, testClock, {
      role,
      organizationName: role === Role.PROVIDER ? AMR.name : '市信用办',
      organizationCode: role === Role.PROVIDER ? AMR.code : viewers.admin.organizationCode,
    });
  adminKey = (await key(Role.ADMIN)).secret;
  providerKey = (await key(Role.PROVIDER)).secret;
});

/** The same server on another day (10:00 China Standard Time), to publish records then. */
async function serverOn(offset: number): Promise<TestServer> {
  return createTestServer(env.database, fixedClock(`${day(offset)}T02:00:00.000Z`));
}

async function submitPenalties(
  server: TestServer,
  records: PenaltyRecordInput[],
  as: Viewer = viewers.provider,
): Promise<string[]> {
  const result = await server.execute(SubmitPenaltyDocument, { records }, { as });
  expect(result.errors).toBeUndefined();
  expect(result.data!.submitPenaltyRecords.rejected).toEqual([]);
  return result.data!.submitPenaltyRecords.records.map(r => r.id);
}

/** Licences decided before the day they are published on (the factory's are decided D-10). */
async function submitLicences(server: TestServer, records: LicensingRecordInput[]) {
  const result = await server.execute(
    SubmitLicensingDocument,
    { records: records.map(r => ({ ...r, decisionDate: day(-15), validFrom: day(-15) })) },
    { as: viewers.provider },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.submitLicensingRecords.rejected).toEqual([]);
  return result.data!.submitLicensingRecords.records.map(r => r.id);
}

/** Penalties that use the national fields' variety: codes, amounts, 其他-…, a 个体工商户. */
function variedPenalties(): PenaltyRecordInput[] {
  return [
    buildPenaltyInput({ remarks: '已缴纳罚款', organizationCode: 'MA01C3D47' }),
    buildPenaltyInput({
      penaltyTypes: ['CONFISCATE_ILLEGAL_GAINS', 'SUSPEND_LICENCE'],
      confiscatedAmount: '1.234567',
      fineAmount: null,
      suspendedLicence: '食品经营许可证 JY11101080001',
      content: '没收违法所得，暂扣食品经营许可证',
    }),
    buildPenaltyInput({
      penaltyTypes: ['OTHER'],
      penaltyTypeOther: '责令限期改正',
      fineAmount: null,
      content: '责令限期改正',
    }),
    buildPenaltyInput({
      counterpartName: '海淀区张记小吃店',
      counterpartCategory: 'INDIVIDUAL_BUSINESS',
      creditCode: '00000000000000000X',
      businessRegistrationNo: '110108600123456',
      legalRepresentative: '张三',
    }),
  ];
}

async function exportAs(
  as: Viewer,
  variables: { kind: 'LICENSING' | 'PENALTY'; from: string; to: string; format?: 'XLSX' | 'CSV' },
  server: TestServer = env.server,
) {
  return server.execute(ExportRecordsDocument, variables, { as });
}

async function exported(variables: Parameters<typeof exportAs>[1]) {
  const result = await exportAs(viewers.admin, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.exportRecords;
}

async function download(
  batch: Pick<ExportRecordsMutation['exportRecords'], 'downloadUrl'>,
  key: string | null = adminKey,
): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await fetch(`${http.url}${batch.downloadUrl}`, {
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
  });
  return {
    status: response.status,
    bytes: Buffer.from(await response.arrayBuffer()),
    headers: response.headers,
  };
}

function csvRows(bytes: Buffer): string[][] {
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  return parse(bytes.toString('utf8'), { bom: true }) as string[][];
}

async function xlsxRows(bytes: Buffer, columns: number): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from([bytes]));
  expect(workbook.worksheets).toHaveLength(1);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: false }, row => {
    const cells: string[] = [];
    for (let c = 1; c <= columns; c += 1) {
      const value = row.getCell(c).value;
      expect(value === null || typeof value === 'string').toBe(true);
      cells.push(value === null ? '' : String(value));
    }
    rows.push(cells);
  });
  return rows;
}

describe('exportRecords', () => {
  it('exports the records due: published and public in the period, not revoked, withdrawn, unpublished or outside it', async () => {
    const early = await serverOn(-12);
    const [due, revoked] = await submitPenalties(early, [
      buildPenaltyInput(),
      buildPenaltyInput(),
      buildPenaltyInput({ usageScope: 'GOVERNMENT' }),
      buildPenaltyInput({
        counterpartName: '李四',
        counterpartCategory: 'NATURAL_PERSON',
        creditCode: null,
        legalRepresentative: null,
        personIdType: '身份证',
        personIdNumber: '11010519491231002X',
      }),
    ]);
    await submitLicences(early, [buildLicensingInput()]);
    await env.database.query(
      "UPDATE catalog_items SET requires_review = true WHERE code = 'ADMIN_PENALTY'",
    );
    try {
      await submitPenalties(early, [buildPenaltyInput()]);
    } finally {
      await env.database.query(
        "UPDATE catalog_items SET requires_review = false WHERE code = 'ADMIN_PENALTY'",
      );
    }
    const withdrawn = await (
      await serverOn(-10)
    ).execute(
      RevokeRecordDocument,
      { id: revoked!, reason: '行政复议撤销' },
      { as: viewers.provider },
    );
    expect(withdrawn.errors).toBeUndefined();
    await submitPenalties(await serverOn(-6), [buildPenaltyInput()]);
    await submitPenalties(await serverOn(-14), [buildPenaltyInput()]);

    const batch = await exported({ kind: 'PENALTY', ...PERIOD, format: 'CSV' });
    expect(batch).toMatchObject({
      kind: 'PENALTY',
      from: PERIOD.from,
      to: PERIOD.to,
      format: 'CSV',
      layout: 'V2',
      rowCount: 1,
      downloadUrl: `/exports/${batch.id}`,
      fileName: `${batch.id}.csv`,
      createdAt: testClock.now().toISOString(),
    });
    expect(batch.manifest.totalCount).toBe(1);
    expect(batch.manifest.edges.map(e => e.node)).toEqual([
      {
        row: 1,
        recordId: due,
        recordVersion: 1,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);

    const file = await download(batch);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(batch.sha256);
    expect(file.bytes.length).toBe(batch.byteSize);
    const rows = csvRows(file.bytes);
    expect(rows[0]).toEqual(PENALTY_V2);
    expect(rows).toHaveLength(2);
    const cell = (name: string) => rows[1]![PENALTY_V2.indexOf(name)];
    expect(cell('行政相对人类别')).toBe('法人及非法人组织');
    expect(cell('处罚类别')).toBe('警告；罚款');
    expect(cell('罚款金额（万元）')).toBe('5.000000');
    expect(cell('处罚决定日期')).toBe(day(-15).replaceAll('-', '/'));
    expect(cell('公示截止期')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);

    const audit = await env.database.query<{ action: string; entity_id: string; details: unknown }>(
      "select action, entity_id, details from audit_events where entity_type = 'export_batch'",
    );
    expect(audit).toEqual([
      {
        action: 'EXPORT_RECORDS',
        entity_id: batch.id,
        details: expect.objectContaining({ rowCount: 1, sha256: batch.sha256, kind: 'PENALTY' }),
      },
    ]);
  });

  it('is idempotent per kind and period: the same batch, bytes and sha256, even after a correction; another period is a new batch', async () => {
    const input = buildPenaltyInput();
    await submitPenalties(await serverOn(-12), [input, buildPenaltyInput()]);
    const first = await exported({ kind: 'PENALTY', ...PERIOD });
    const firstFile = await download(first);
    expect(first.format).toBe('XLSX');
    expect(firstFile.headers.get('etag')).toBe(`"${first.sha256}"`);

    // The department corrects a record afterwards: the issued batch does not change.
    await submitPenalties(await serverOn(-1), [
      { ...input, facts: '经营超过保质期的食品（更正）' },
    ]);
    const again = await exported({ kind: 'PENALTY', ...PERIOD, format: 'XLSX' });
    expect(again).toEqual(first);
    expect((await download(again)).bytes.equals(firstFile.bytes)).toBe(true);
    const rows = await xlsxRows(firstFile.bytes, PENALTY_V2.length);
    expect(rows.map(r => r[PENALTY_V2.indexOf('违法事实')])).not.toContain(
      '经营超过保质期的食品（更正）',
    );

    expect(
      errorCodes(await exportAs(viewers.admin, { kind: 'PENALTY', ...PERIOD, format: 'CSV' })),
    ).toEqual(['CONFLICT']);

    const later = await exported({ kind: 'PENALTY', from: PERIOD.from, to: day(-1) });
    expect(later.id).not.toBe(first.id);
    expect(later.rowCount).toBe(2);
    // The new batch holds the corrected version.
    expect(later.manifest.edges.map(e => e.node.recordVersion).sort()).toEqual([1, 2]);

    const listed = await env.server.execute(
      ExportBatchesDocument,
      { first: 1 },
      { as: viewers.admin },
    );
    expect(listed.data!.exportBatches.totalCount).toBe(2);
    expect(listed.data!.exportBatches.pageInfo.hasNextPage).toBe(true);
    const next = await env.server.execute(
      ExportBatchesDocument,
      { first: 1, after: listed.data!.exportBatches.pageInfo.endCursor },
      { as: viewers.admin },
    );
    const ids = [...listed.data!.exportBatches.edges, ...next.data!.exportBatches.edges].map(
      e => e.node.id,
    );
    expect(ids.sort()).toEqual([first.id, later.id].sort());
    expect(next.data!.exportBatches.pageInfo.hasNextPage).toBe(false);

    const rowsInDb = await env.database.query<{ n: number }>(
      'select count(*)::int as n from export_batches',
    );
    expect(rowsInDb[0]!.n).toBe(2);
    // Issued batches and their manifests are never changed, whoever asks.
    await expect(
      env.database.query(`update export_batches set sha256 = 'x' where id = '${first.id}'`),
    ).rejects.toThrow(/issued once and never changed/);
    await expect(
      env.database.query(`delete from export_batch_records where batch_id = '${first.id}'`),
    ).rejects.toThrow(/issued once and never changed/);
  });

  it('refuses a period that has not ended or is reversed, naming the field', async () => {
    for (const [variables, reason] of [
      [{ kind: 'PENALTY', from: day(-3), to: today }, 'PERIOD_NOT_ENDED'],
      [{ kind: 'PENALTY', from: day(-3), to: day(-5) }, 'PERIOD_REVERSED'],
    ] as const) {
      const result = await exportAs(viewers.admin, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'to',
        reason,
      });
    }
  });

  it('is the credit office’s alone: the mutation, the list and GET /exports/ID', async () => {
    await submitPenalties(await serverOn(-12), [buildPenaltyInput()]);
    const batch = await exported({ kind: 'PENALTY', ...PERIOD });
    for (const as of [
      viewers.anonymous,
      viewers.provider,
      viewers.regulator,
      viewers.institution,
    ]) {
      expect(
        errorCodes(await exportAs(as, { kind: 'PENALTY', from: day(-20), to: day(-7) })),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await env.server.execute(ExportBatchesDocument, {}, { as }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(
      (await env.database.query<{ n: number }>('select count(*)::int as n from export_batches'))[0]!
        .n,
    ).toBe(1);

    const anonymous = await download(batch, null);
    expect(anonymous.status).toBe(403);
    expect(JSON.parse(anonymous.bytes.toString('utf8')).errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const provider = await download(batch, providerKey);
    expect(provider.status).toBe(403);
    expect(JSON.parse(provider.bytes.toString('utf8')).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await download(batch, 'cpk_not-a-key')).status).toBe(401);
    expect(
      (await download({ downloadUrl: '/exports/00000000-0000-4000-8000-000000000000' })).status,
    ).toBe(404);
    expect((await download({ downloadUrl: '/exports/not-an-id' })).status).toBe(404);
    expect((await download(batch)).status).toBe(200);
  });

  it.each(['CSV', 'XLSX'] as const)(
    'an exported %s file re-imports through the importer with zero rejections, as the same records',
    async format => {
      const early = await serverOn(-12);
      await submitPenalties(early, variedPenalties());
      await submitLicences(early, [
        buildLicensingInput(),
        buildLicensingInput({
          licenceCategory: 'OTHER',
          licenceCategoryOther: '备案',
          remarks: '备注',
        }),
      ]);
      for (const [kind, headers, rowCount] of [
        ['PENALTY', PENALTY_V2, 4],
        ['LICENSING', LICENSING_V2, 2],
      ] as const) {
        const batch = await exported({ kind, ...PERIOD, format });
        expect(batch.rowCount).toBe(rowCount);
        const { bytes } = await download(batch);
        const header =
          format === 'CSV' ? csvRows(bytes)[0] : (await xlsxRows(bytes, headers.length))[0];
        expect(header).toEqual(headers);
        const file = join(dir, batch.fileName);
        writeFileSync(file, bytes);
        const summary = await importFile({
          file,
          kind: kind === 'PENALTY' ? 'penalty' : 'licensing',
          url: `${http.url}/graphql`,
          key: providerKey,
        });
        // Every row is a duplicate: its normalised fields hash to the stored record's.
        expect(summary).toMatchObject({
          rows: rowCount,
          accepted: 0,
          corrections: 0,
          duplicates: rowCount,
          rejectedRows: 0,
          layout: 'V2',
        });
        expect(summary.unknownHeaders).toEqual([]);
      }
    },
  );

  it('an exported XLSX has the national headers and, through the importer’s row mapping, the same records as its CSV', async () => {
    await submitPenalties(await serverOn(-12), variedPenalties());
    const xlsx = await exported({ kind: 'PENALTY', from: day(-14), to: day(-7), format: 'XLSX' });
    const csv = await exported({ kind: 'PENALTY', ...PERIOD, format: 'CSV' });
    const xlsxFile = await download(xlsx);
    expect(xlsxFile.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const rows = await xlsxRows(xlsxFile.bytes, PENALTY_V2.length);
    expect(rows[0]).toEqual(PENALTY_V2);
    expect(rows).toEqual(csvRows((await download(csv)).bytes));

    const mapping = mapHeaders('penalty', rows[0]!);
    expect(mapping.unknown).toEqual([]);
    const inputs = rows.slice(1).map(cells => {
      const { input, rejections } = toRecordInput('penalty', mapping, cells, {});
      expect(rejections).toEqual([]);
      return input as PenaltyRecordInput;
    });
    const result = await env.server.execute(
      SubmitPenaltyDocument,
      { records: inputs },
      { as: viewers.provider },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitPenaltyRecords).toMatchObject({
      accepted: 0,
      corrections: 0,
      duplicates: 4,
      rejected: [],
    });
  });
});
