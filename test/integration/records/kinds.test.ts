import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { isInputObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { catalogSeed, seedCatalog } from '../../../seeds/catalog.seed.js';
import { Role } from '../../../src/auth/viewer.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import { importFile } from '../../../src/modules/import/index.js';
import {
  KindDeclarationError,
  declareKind,
  recordKind,
  recordKinds,
} from '../../../src/modules/records/index.js';
import { buildBareSchema } from '../../../src/schema.js';
import {
  CollectionReportDocument,
  SetCatalogItemProvidersDocument,
  SubjectCatalogRecordsDocument,
  SubmitCatalogRecordsDocument,
} from '../../__generated__/graphql.js';
import { QUALIFICATION_KIND } from '../../fixtures/qualification.kind.js';
import { testClock } from '../../support/clock.js';
import { SUBJECT_CODE } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { AMR, viewers } from '../../support/viewers.js';

const env = useIntegration();

describe('the declared record kinds', () => {
  it('give each typed kind’s GraphQL type and input exactly the declared fields', async () => {
    const schema = await buildBareSchema();
    for (const kind of recordKinds().filter(k => k.storage !== 'CATALOG')) {
      const type = schema.getType(kind.graphqlType);
      const input = schema.getType(kind.inputType);
      if (!isObjectType(type) || !isInputObjectType(input)) {
        throw new Error(`${kind.code}: ${kind.graphqlType} or ${kind.inputType} is missing`);
      }
      const shown = [...kind.fields, ...(kind.systemFields ?? [])]
        .filter(f => f.graphql !== false)
        .map(f => f.name);
      expect(Object.keys(type.getFields()).sort(), kind.graphqlType).toEqual(shown.sort());
      const sent = kind.fields.filter(f => f.input !== false).map(f => f.name);
      expect(Object.keys(input.getFields()).sort(), kind.inputType).toEqual(sent.sort());
    }
  });

  it('refuse a declaration that cannot work, naming the kind and the problem', () => {
    expect(() => declareKind({ ...QUALIFICATION_KIND, code: 'bad code' })).toThrow(
      KindDeclarationError,
    );
    expect(() =>
      declareKind({
        ...QUALIFICATION_KIND,
        code: 'NO_COMMON_FIELDS',
        fields: QUALIFICATION_KIND.fields.filter(f => f.name !== 'sourceUnitCode'),
      }),
    ).toThrow(
      /NO_COMMON_FIELDS: a catalog kind needs the common fields \(missing: sourceUnitCode\)/,
    );
    expect(() =>
      declareKind({ ...QUALIFICATION_KIND, code: 'NO_IDENTITY', identityField: 'serial' }),
    ).toThrow(/identity field serial/);
    expect(recordKind('NO_COMMON_FIELDS')).toBeUndefined();
  });
});

describe('a kind added by one declaration', () => {
  let http: HttpHarness;
  const dir = mkdtempSync(join(tmpdir(), 'credit-kind-'));

  beforeAll(async () => {
    declareKind(QUALIFICATION_KIND);
    // What the platform does at every start: install a catalog item for each declared kind.
    await seedCatalog(env.database.db, testClock.now());
    http = await startHttp(env.database, env.server);
  });
  afterAll(async () => {
    await http.close();
  });

  it('is submitted, imported, queried with its field rules and counted in the collection report', async () => {
    expect(catalogSeed().map(item => item.code)).toContain(QUALIFICATION_KIND.code);
    const today = testClock.today();
    const providers = await env.server.execute(
      SetCatalogItemProvidersDocument,
      {
        code: QUALIFICATION_KIND.code,
        providers: [{ organizationCode: AMR.code, organizationName: AMR.name }],
      },
      { as: viewers.admin },
    );
    expect(providers.errors).toBeUndefined();

    // Submitted through the API, checked against the declared fields.
    const submitted = await env.server.execute(
      SubmitCatalogRecordsDocument,
      {
        itemCode: QUALIFICATION_KIND.code,
        records: [
          {
            counterpartName: '北京华信科技有限公司',
            counterpartCategory: 'LEGAL_ENTITY',
            creditCode: SUBJECT_CODE,
            recordNumber: 'D211000001',
            decisionDate: today,
            sourceUnit: AMR.name,
            sourceUnitCode: AMR.code,
            fields: [
              { name: 'certificateNumber', value: 'D211000001' },
              { name: 'grade', value: '一级' },
              { name: 'validUntil', value: '2031-06-30' },
              { name: 'safetyOfficerPhone', value: '13800000000' },
            ],
          },
          {
            counterpartName: '北京华信科技有限公司',
            counterpartCategory: 'LEGAL_ENTITY',
            creditCode: SUBJECT_CODE,
            recordNumber: 'D211000002',
            decisionDate: today,
            sourceUnit: AMR.name,
            sourceUnitCode: AMR.code,
            fields: [
              { name: 'certificateNumber', value: 'D211000002' },
              { name: 'grade', value: '五级' },
              { name: 'validUntil', value: '2031-06-30' },
            ],
          },
        ],
      },
      { as: viewers.provider },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitCatalogRecords).toMatchObject({
      accepted: 1,
      rejected: [{ index: 1, field: 'fields.grade', code: 'INVALID_VALUE' }],
    });

    // Imported from a file whose columns are the declared codes and Chinese names.
    const file = join(dir, 'qualification.csv');
    writeFileSync(
      file,
      [
        '主体名称,主体类别,统一社会信用代码,信息编号,发证日期,ZZ_ZSBH,资质等级,证书有效期,安全负责人电话',
        `北京华信科技有限公司,法人及非法人组织,${SUBJECT_CODE},D211000003,${today.replace(/-/g, '/')},D211000003,二级,2030/12/31,13900000000`,
        `北京华信科技有限公司,法人及非法人组织,${SUBJECT_CODE},D211000004,${today.replace(/-/g, '/')},D211000004,二级,2030/02/30,`,
      ].join('\n'),
    );
    const key = await createApiKey(env.database.db, viewers.admin, testClock, {
      role: Role.PROVIDER,
      organizationName: AMR.name,
      organizationCode: AMR.code,
    });
    const summary = await importFile({
      file,
      kind: QUALIFICATION_KIND.code,
      url: `${http.url}/graphql`,
      key: key.secret,
    });
    expect(summary).toMatchObject({ rows: 2, accepted: 1, rejectedRows: 1, unknownHeaders: [] });

    // Queried: the public sees the records but not the field the declaration hides from it.
    const values = async (as: (typeof viewers)[keyof typeof viewers]) => {
      const result = await env.server.execute(
        SubjectCatalogRecordsDocument,
        { code: SUBJECT_CODE, purpose: '资质审核' },
        { as },
      );
      expect(result.errors).toBeUndefined();
      return result
        .data!.subject!.catalogRecords.edges.filter(
          e => e.node.catalogItemCode === QUALIFICATION_KIND.code,
        )
        .map(
          e =>
            ({
              recordNumber: e.node.recordNumber,
              ...Object.fromEntries(e.node.fields.map(f => [f.name, f.value])),
            }) as Record<string, string | null> & { recordNumber: string },
        )
        .sort((a, b) => a.recordNumber.localeCompare(b.recordNumber));
    };
    expect(await values(viewers.anonymous)).toEqual([
      {
        recordNumber: 'D211000001',
        certificateNumber: 'D211000001',
        grade: '一级',
        validUntil: '2031-06-30',
        safetyOfficerPhone: null,
      },
      {
        recordNumber: 'D211000003',
        certificateNumber: 'D211000003',
        grade: '二级',
        validUntil: '2030-12-31',
        safetyOfficerPhone: null,
      },
    ]);
    expect((await values(viewers.regulator)).map(r => r['safetyOfficerPhone'])).toEqual([
      '13800000000',
      '13900000000',
    ]);

    // Counted: received and published per provider, rejections included.
    const report = await env.server.execute(
      CollectionReportDocument,
      { from: today, to: today },
      { as: viewers.admin },
    );
    expect(report.errors).toBeUndefined();
    expect(
      report.data!.collectionReport.rows.find(r => r.itemCode === QUALIFICATION_KIND.code),
    ).toMatchObject({
      itemName: '建筑业企业资质信息',
      sourceUnitCode: AMR.code,
      received: 2,
      published: 2,
      corrected: 0,
      rejected: 2,
      due: 0,
    });
  });
});
