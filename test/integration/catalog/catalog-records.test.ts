import { describe, expect, it } from 'vitest';

import {
  type CatalogFieldValueInput,
  type CatalogRecordInput,
  SaveCatalogItemFieldsDocument,
  SetCatalogItemProvidersDocument,
  SubjectCatalogRecordsDocument,
  SubmitCatalogRecordsDocument,
} from '../../__generated__/graphql.js';
import { composeCreditCode } from '../../../src/modules/credit-code/index.js';
import { SUBJECT_CODE } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';

const env = useIntegration();

type Commitment = CatalogRecordInput & { fields: CatalogFieldValueInput[]; recordNumber: string };

function commitment(
  overrides: Partial<Commitment> = {},
  fields: Record<string, string | null> = {},
): Commitment {
  const values = {
    commitmentType: '证明事项告知承诺',
    content: '本单位承诺所提交材料真实有效',
    commitmentDate: '2026-11-10',
    fulfilment: '履约中',
    contactPhone: '010-12345678',
    ...fields,
  };
  return {
    counterpartName: '北京华信科技有限公司',
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: SUBJECT_CODE,
    recordNumber: `CN-${Math.random().toString(36).slice(2, 10)}`,
    decisionDate: '2026-11-10',
    sourceUnit: AMR.name,
    sourceUnitCode: AMR.code,
    fields: Object.entries(values).map(([name, value]) => ({ name, value })),
    ...overrides,
  };
}

describe('credit commitments, stored by the catalog item’s field list', () => {
  it('rejects a missing required field or a field the item does not define, naming it, and stores the valid rows', async () => {
    const result = await env.server.execute(
      SubmitCatalogRecordsDocument,
      {
        itemCode: 'CREDIT_COMMITMENT',
        records: [
          commitment(),
          commitment({}, { fulfilment: null }),
          commitment({
            fields: [...commitment().fields, { name: 'favouriteColour', value: 'red' }],
          }),
          commitment({}, { commitmentType: '随便承诺' }),
          commitment({}, { commitmentDate: '2026-02-30' }),
        ],
      },
      { as: viewers.provider },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitCatalogRecords;
    expect(payload.accepted).toBe(1);
    expect(payload.records[0]).toMatchObject({
      catalogItemCode: 'CREDIT_COMMITMENT',
      catalogItemVersion: 1,
      version: 1,
    });
    expect(payload.rejected).toEqual([
      { index: 1, field: 'fields.fulfilment', column: '履约状态', code: 'REQUIRED' },
      {
        index: 2,
        field: 'fields.favouriteColour',
        column: 'favouriteColour',
        code: 'UNKNOWN_FIELD',
      },
      { index: 3, field: 'fields.commitmentType', column: '承诺类型', code: 'INVALID_VALUE' },
      { index: 4, field: 'fields.commitmentDate', column: '承诺日期', code: 'INVALID_DATE' },
    ]);
  });

  it('rejects a credit code whose registration type disagrees with the counterpart category', async () => {
    const result = await env.server.execute(
      SubmitCatalogRecordsDocument,
      {
        itemCode: 'CREDIT_COMMITMENT',
        records: [
          commitment({ creditCode: composeCreditCode('92', '110105', 'MA0GT010') }),
          commitment({ counterpartCategory: 'INDIVIDUAL_BUSINESS' }),
          commitment({
            counterpartCategory: 'INDIVIDUAL_BUSINESS',
            creditCode: composeCreditCode('92', '110105', 'MA0GT011'),
          }),
        ],
      },
      { as: viewers.provider },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitCatalogRecords;
    expect(payload.rejected).toEqual([
      { index: 0, field: 'creditCode', column: '统一社会信用代码', code: 'CATEGORY_MISMATCH' },
      { index: 1, field: 'creditCode', column: '统一社会信用代码', code: 'CATEGORY_MISMATCH' },
    ]);
    expect(payload.accepted).toBe(1);
  });

  it('shows a valid commitment on the subject’s profile, with fields hidden from the roles the item says', async () => {
    const row = commitment();
    await env.server.execute(
      SubmitCatalogRecordsDocument,
      { itemCode: 'CREDIT_COMMITMENT', records: [row] },
      { as: viewers.provider },
    );
    const asPublic = await env.server.execute(SubjectCatalogRecordsDocument, {
      code: SUBJECT_CODE,
    });
    const node = asPublic.data!.subject!.catalogRecords.edges[0]!.node;
    expect(asPublic.data!.subject!.catalogRecords.totalCount).toBe(1);
    expect(node).toMatchObject({
      catalogItemCode: 'CREDIT_COMMITMENT',
      recordNumber: row.recordNumber,
      subject: { code: SUBJECT_CODE },
    });
    const values = Object.fromEntries(node.fields.map(f => [f.name, f.value]));
    expect(values).toEqual({
      commitmentType: '证明事项告知承诺',
      content: '本单位承诺所提交材料真实有效',
      commitmentDate: '2026-11-10',
      fulfilment: '履约中',
      acceptingAuthority: null,
      contactPhone: null,
    });
    expect(node.fields.find(f => f.name === 'fulfilment')!.label).toBe('履约状态');
    const asRegulator = await env.server.execute(
      SubjectCatalogRecordsDocument,
      { code: SUBJECT_CODE, purpose: '审批' },
      { as: viewers.regulator },
    );
    const phone = asRegulator.data!.subject!.catalogRecords.edges[0]!.node.fields.find(
      f => f.name === 'contactPhone',
    );
    expect(phone!.value).toBe('010-12345678');
  });

  it('keeps a government-scope commitment from the public, and treats resubmissions as duplicates or corrections', async () => {
    const row = commitment({ usageScope: 'GOVERNMENT' });
    await env.server.execute(
      SubmitCatalogRecordsDocument,
      { itemCode: 'CREDIT_COMMITMENT', records: [row] },
      { as: viewers.provider },
    );
    expect(
      (await env.server.execute(SubjectCatalogRecordsDocument, { code: SUBJECT_CODE })).data!
        .subject!.catalogRecords.totalCount,
    ).toBe(0);
    expect(
      (
        await env.server.execute(
          SubjectCatalogRecordsDocument,
          { code: SUBJECT_CODE, purpose: 'x' },
          { as: viewers.regulator },
        )
      ).data!.subject!.catalogRecords.totalCount,
    ).toBe(1);
    const again = await env.server.execute(
      SubmitCatalogRecordsDocument,
      { itemCode: 'CREDIT_COMMITMENT', records: [row] },
      { as: viewers.provider },
    );
    expect(again.data!.submitCatalogRecords).toMatchObject({ accepted: 0, duplicates: 1 });
    const changed = await env.server.execute(
      SubmitCatalogRecordsDocument,
      {
        itemCode: 'CREDIT_COMMITMENT',
        records: [
          {
            ...commitment(
              { usageScope: 'GOVERNMENT', recordNumber: row.recordNumber },
              { fulfilment: '已履约' },
            ),
          },
        ],
      },
      { as: viewers.provider },
    );
    expect(changed.data!.submitCatalogRecords).toMatchObject({
      accepted: 1,
      corrections: 1,
      records: [{ version: 2 }],
    });
    const kept = await env.database.query<{ n: number }>(
      'select count(*)::int as n from catalog_record_versions',
    );
    expect(kept[0]!.n).toBe(1);
  });

  it('refuses typed items, unknown items and callers that do not submit', async () => {
    const typed = await env.server.execute(
      SubmitCatalogRecordsDocument,
      { itemCode: 'ADMIN_PENALTY', records: [commitment()] },
      { as: viewers.admin },
    );
    expect(typed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'itemCode',
    });
    const unknown = await env.server.execute(
      SubmitCatalogRecordsDocument,
      { itemCode: 'NO_SUCH_ITEM', records: [commitment()] },
      { as: viewers.admin },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'itemCode' });
    const other = await env.server.execute(
      SubmitCatalogRecordsDocument,
      { itemCode: 'CREDIT_COMMITMENT', records: [commitment()] },
      { as: viewers.otherProvider },
    );
    expect(other.data!.submitCatalogRecords.rejected[0]).toMatchObject({
      field: 'sourceUnitCode',
      code: 'SOURCE_UNIT_NOT_OWN',
    });
    expect(
      errorCodes(
        await env.server.execute(
          SubmitCatalogRecordsDocument,
          { itemCode: 'CREDIT_COMMITMENT', records: [commitment()] },
          { as: viewers.regulator },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('a new item stored by field list', () => {
  it('can be added by the credit office with its fields and providers, and collects records at once', async () => {
    const save = await env.server.execute(
      SaveCatalogItemFieldsDocument,
      {
        input: {
          code: 'QUALIFICATION_GRADE',
          name: '资质等级信息',
          category: 'QUALIFICATION',
          description: 'Qualification grades granted to enterprises.',
          usageScope: 'PUBLIC',
          requiresReview: false,
          publicityRule: 'Public while the grade is valid.',
          legalBasis: '《建筑业企业资质管理规定》',
          updateFrequency: 'on each grant',
          fields: [
            {
              name: 'grade',
              label: '资质等级',
              type: 'ENUM',
              required: true,
              values: ['特级', '一级', '二级', '三级'],
            },
            { name: 'validUntil', label: '有效期至', type: 'DATE', required: true },
          ],
        },
      },
      { as: viewers.admin },
    );
    expect(save.errors).toBeUndefined();
    expect(save.data!.saveCatalogItem.fields).toEqual([
      { name: 'grade', type: 'ENUM', required: true, values: ['特级', '一级', '二级', '三级'] },
      { name: 'validUntil', type: 'DATE', required: true, values: null },
    ]);
    await env.server.execute(
      SetCatalogItemProvidersDocument,
      {
        code: 'QUALIFICATION_GRADE',
        providers: [{ organizationCode: AMR.code, organizationName: AMR.name }],
      },
      { as: viewers.admin },
    );
    const submitted = await env.server.execute(
      SubmitCatalogRecordsDocument,
      {
        itemCode: 'QUALIFICATION_GRADE',
        records: [
          commitment({
            fields: [
              { name: 'grade', value: '一级' },
              { name: 'validUntil', value: '2029-12-31' },
            ],
          }),
          commitment({ fields: [{ name: 'grade', value: '一级' }] }),
        ],
      },
      { as: viewers.provider },
    );
    expect(submitted.data!.submitCatalogRecords).toMatchObject({
      accepted: 1,
      records: [{ catalogItemCode: 'QUALIFICATION_GRADE', catalogItemVersion: 2 }],
      rejected: [{ index: 1, field: 'fields.validUntil', code: 'REQUIRED' }],
    });
    await env.database.query(
      "DELETE FROM catalog_records WHERE catalog_item_code = 'QUALIFICATION_GRADE'",
    );
    await env.database.query(
      "DELETE FROM catalog_item_versions WHERE item_code = 'QUALIFICATION_GRADE'",
    );
    await env.database.query("DELETE FROM catalog_items WHERE code = 'QUALIFICATION_GRADE'");
  });
});
