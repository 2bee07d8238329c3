import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_PLATFORMS } from '../../../seeds/demo.seed.js';
import { Role, type Viewer } from '../../../src/auth/viewer.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import { importFile } from '../../../src/modules/import/index.js';
import {
  CatalogItemsDocument,
  ChangeIdsDocument,
  type CatalogRecordInput,
  CollectionReportDocument,
  MonitorSubjectsDocument,
  SubjectCatalogRecordsDocument,
  SubmitCatalogRecordsDocument,
} from '../../__generated__/graphql.js';
import { testClock } from '../../support/clock.js';
import { SUBJECT_CODE } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();
const PLATFORM = DEMO_PLATFORMS[0]!;
const platform: Viewer = {
  role: Role.PROVIDER,
  keyId: null,
  organizationName: PLATFORM.name,
  organizationCode: PLATFORM.code,
};
const MERCHANT = '北京华信科技有限公司';

let http: HttpHarness;
const dir = mkdtempSync(join(tmpdir(), 'credit-platform-'));
beforeAll(async () => {
  http = await startHttp(env.database, env.server);
});
afterAll(async () => {
  await http.close();
});

function violation(
  recordNumber: string,
  overrides: Record<string, string> = {},
): CatalogRecordInput {
  const fields = {
    platformName: PLATFORM.name,
    storeName: '华信科技旗舰店',
    violationType: '销售假冒伪劣商品',
    violation: '店铺销售的电热水壶经抽检不合格',
    basis: '《云集平台商家管理规范》第十二条',
    measure: '下架商品',
    ...overrides,
  };
  return {
    counterpartName: MERCHANT,
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: SUBJECT_CODE,
    recordNumber,
    decisionDate: testClock.today(),
    sourceUnit: PLATFORM.name,
    sourceUnitCode: PLATFORM.code,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value })),
  };
}

function commitment(recordNumber: string): CatalogRecordInput {
  const today = testClock.today();
  const fields = {
    platformName: PLATFORM.name,
    commitmentType: '商品质量承诺',
    content: '承诺所售商品来源合法、质量合格。',
    commitmentDate: today,
    fulfilment: '履约中',
  };
  return {
    ...violation(recordNumber),
    fields: Object.entries(fields).map(([name, value]) => ({ name, value })),
  };
}

async function submit(itemCode: string, records: CatalogRecordInput[], as: Viewer = platform) {
  const result = await env.server.execute(
    SubmitCatalogRecordsDocument,
    { itemCode, records },
    { as },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.submitCatalogRecords;
}

describe('platforms as data providers', () => {
  it('lists the demo platform as a PLATFORM provider of 平台违规处置 and 平台信用承诺 only', async () => {
    const result = await env.server.execute(CatalogItemsDocument, {});
    expect(result.errors).toBeUndefined();
    const byItem = new Map(result.data!.catalog.map(item => [item.code, item]));
    for (const code of ['PLATFORM_VIOLATION', 'PLATFORM_COMMITMENT']) {
      expect(byItem.get(code)!.providers).toEqual([
        { organizationCode: PLATFORM.code, organizationName: PLATFORM.name, category: 'PLATFORM' },
      ]);
    }
    expect(byItem.get('PLATFORM_VIOLATION')!.usageScope).toBe('AUTHORIZED');
    expect(byItem.get('PLATFORM_COMMITMENT')!.usageScope).toBe('PUBLIC');
    const others = result
      .data!.catalog.filter(item => !item.code.startsWith('PLATFORM_'))
      .flatMap(item => item.providers);
    expect(others.length).toBeGreaterThan(0);
    expect(new Set(others.map(p => p.category))).toEqual(new Set(['DEPARTMENT']));
  });

  it('lands a bulk upload by batch API and by file through the submission path, with the same rejection report, counted under the platform', async () => {
    const today = testClock.today();
    const batch = await submit('PLATFORM_VIOLATION', [
      violation('云集违规0001'),
      violation('云集违规0002', { measure: '罚款' }),
      violation('云集违规0003'),
    ]);
    expect(batch).toMatchObject({
      accepted: 2,
      rejected: [{ index: 1, field: 'fields.measure', code: 'INVALID_VALUE' }],
    });

    // A department is not a provider of the platform's items.
    const refused = await submit(
      'PLATFORM_VIOLATION',
      [violation('云集违规0004')],
      viewers.provider,
    );
    expect(refused.accepted).toBe(0);
    expect(refused.rejected).toHaveLength(1);

    const file = join(dir, 'platform-violation.csv');
    const day = today.replace(/-/g, '/');
    writeFileSync(
      file,
      [
        '主体名称,主体类别,统一社会信用代码,信息编号,处置日期,平台名称,店铺名称,违规类型,违规事实,处置依据,处置措施',
        `${MERCHANT},法人及非法人组织,${SUBJECT_CODE},云集违规0005,${day},${PLATFORM.name},华信科技旗舰店,刷单炒信,通过虚假交易提升店铺销量,《云集平台商家管理规范》第八条,限制发布商品`,
        `${MERCHANT},法人及非法人组织,${SUBJECT_CODE},云集违规0006,2026/02/30,${PLATFORM.name},华信科技旗舰店,刷单炒信,通过虚假交易提升店铺销量,《云集平台商家管理规范》第八条,限制发布商品`,
        `${MERCHANT},法人及非法人组织,${SUBJECT_CODE},云集违规0001,${day},${PLATFORM.name},华信科技旗舰店,销售假冒伪劣商品,店铺销售的电热水壶经抽检不合格,《云集平台商家管理规范》第十二条,下架商品`,
      ].join('\n'),
    );
    const key = await createApiKey(env.database.db, viewers.admin, testClock, {
      role: Role.PROVIDER,
      organizationName: PLATFORM.name,
      organizationCode: PLATFORM.code,
    });
    const summary = await importFile({
      file,
      kind: 'PLATFORM_VIOLATION',
      url: `${http.url}/graphql`,
      key: key.secret,
    });
    expect(summary).toMatchObject({
      rows: 3,
      accepted: 1,
      duplicates: 1,
      rejectedRows: 1,
      unknownHeaders: [],
    });

    const report = await env.server.execute(
      CollectionReportDocument,
      { from: today, to: today },
      { as: viewers.admin },
    );
    expect(report.errors).toBeUndefined();
    const rows = report.data!.collectionReport.rows.filter(
      r => r.itemCode === 'PLATFORM_VIOLATION',
    );
    expect(rows.find(r => r.sourceUnitCode === PLATFORM.code)).toMatchObject({
      itemName: '平台违规处置信息',
      sourceUnit: PLATFORM.name,
      received: 3,
      published: 3,
      corrected: 0,
      // One row refused by the batch API and one by the file; the duplicate is not a rejection.
      rejected: 2,
      due: 0,
    });
    // The department's refused row counts under the department, which sent nothing else.
    expect(rows.find(r => r.sourceUnitCode !== PLATFORM.code)).toMatchObject({
      sourceUnitCode: viewers.provider.organizationCode,
      received: 0,
      rejected: 1,
    });
    expect(rows).toHaveLength(2);
    expect(
      report.data!.collectionReport.silentProviders.filter(
        p => p.itemCode === 'PLATFORM_COMMITMENT',
      ),
    ).toEqual([{ itemCode: 'PLATFORM_COMMITMENT', organizationCode: PLATFORM.code }]);
  });

  it('shows the records per their catalog scope: violations to the government and authorised ones, commitments to everyone', async () => {
    await submit('PLATFORM_VIOLATION', [violation('云集违规0101')]);
    await submit('PLATFORM_COMMITMENT', [commitment('云集承诺0101')]);
    const items = async (as: Viewer) => {
      const result = await env.server.execute(
        SubjectCatalogRecordsDocument,
        { code: SUBJECT_CODE, purpose: '平台信用核查' },
        { as },
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data!.subject!.catalogRecords.edges.map(e => e.node.catalogItemCode).sort();
    };
    expect(await items(viewers.anonymous)).toEqual(['PLATFORM_COMMITMENT']);
    expect(await items(viewers.regulator)).toEqual(['PLATFORM_COMMITMENT', 'PLATFORM_VIOLATION']);
    expect(await items(viewers.admin)).toEqual(['PLATFORM_COMMITMENT', 'PLATFORM_VIOLATION']);
  });

  it('puts a platform record of a monitored subject on the change feed', async () => {
    const monitored = await env.server.execute(
      MonitorSubjectsDocument,
      { codes: [SUBJECT_CODE], purpose: '贷后管理' },
      { as: viewers.institution },
    );
    expect(monitored.errors).toBeUndefined();
    const stored = await submit('PLATFORM_COMMITMENT', [commitment('云集承诺0201')]);
    expect(stored.accepted).toBe(1);
    const deadline = Date.now() + 30_000;
    let kinds: string[] = [];
    while (kinds.length === 0 && Date.now() < deadline) {
      const page = await env.server.execute(
        ChangeIdsDocument,
        { after: null, first: 10 },
        { as: viewers.institution },
      );
      expect(page.errors).toBeUndefined();
      kinds = page.data!.changes.edges.map(e => `${e.node.subjectCode} ${e.node.kind}`);
      if (kinds.length === 0) {
        await new Promise(resolve => setTimeout(resolve, 200));
      }
    }
    expect(kinds).toEqual([`${SUBJECT_CODE} RECORD_PUBLISHED`]);
  });

  it('fans out a change of a subject watched by 1,000 institutions with one outbox row, as for one watcher', async () => {
    const outboxRows = async (recordNumber: string) => {
      const rows = await env.database.query<{ n: number | string }>(
        `select count(*) as n from change_outbox o
         where o.txid = (select o2.txid from change_outbox o2
                         join catalog_records r on o2.record_id = 'catalog:' || r.id
                         where r.record_number = $1)`,
        [recordNumber],
      );
      return Number(rows[0]!.n);
    };
    await env.database.query(
      `insert into monitored_subjects (institution_code, subject_code, purpose, monitored_at)
       values ($1, $2, '贷后管理', now())`,
      [viewers.institution.organizationCode, SUBJECT_CODE],
    );
    expect((await submit('PLATFORM_COMMITMENT', [commitment('云集承诺0401')])).accepted).toBe(1);
    expect(await outboxRows('云集承诺0401')).toBe(1);

    await env.database.query(
      `insert into monitored_subjects (institution_code, subject_code, purpose, monitored_at)
       select 'INSTITUTION' || lpad(i::text, 4, '0'), $1, '贷后管理', now()
       from generate_series(1, 999) i`,
      [SUBJECT_CODE],
    );
    const watchers = await env.database.query<{ n: number | string }>(
      'select count(*) as n from monitored_subjects where subject_code = $1',
      [SUBJECT_CODE],
    );
    expect(Number(watchers[0]!.n)).toBe(1000);
    expect((await submit('PLATFORM_COMMITMENT', [commitment('云集承诺0402')])).accepted).toBe(1);
    expect(await outboxRows('云集承诺0402')).toBe(1);
  });
});
