import { describe, expect, it } from 'vitest';

import { addDays } from '../../../src/shared/dates.js';
import {
  type CatalogRecordInput,
  SubjectCatalogRecordsDocument,
  SubmitCatalogRecordsDocument,
  SubmitLicensingDocument,
} from '../../__generated__/graphql.js';
import { SUBJECT_CODE, buildLicensingInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { AMR, viewers } from '../../support/viewers.js';

const env = useIntegration();

function today(): string {
  return env.server.clock.today();
}

function row(
  recordNumber: string,
  decisionDate: string,
  fields: Record<string, string>,
  overrides: Partial<CatalogRecordInput> = {},
): CatalogRecordInput {
  return {
    counterpartName: '北京华信科技有限公司',
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: SUBJECT_CODE,
    recordNumber,
    decisionDate,
    sourceUnit: AMR.name,
    sourceUnitCode: AMR.code,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...overrides,
  };
}

const REGISTRATION = {
  legalRepresentative: '王伟',
  entityType: '有限责任公司（自然人投资或控股）',
  address: '北京市海淀区中关村大街1号',
  registrationAuthority: '北京市海淀区市场监督管理局',
  registrationStatus: '存续',
};
const LISTING = { listingReason: '通过登记的住所或者经营场所无法联系', listingAuthority: AMR.name };

async function submit(itemCode: string, records: CatalogRecordInput[]) {
  const result = await env.server.execute(
    SubmitCatalogRecordsDocument,
    { itemCode, records },
    { as: viewers.provider },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.submitCatalogRecords;
}

async function publicAbnormal(): Promise<string[]> {
  const result = await env.server.execute(SubjectCatalogRecordsDocument, { code: SUBJECT_CODE });
  return result
    .data!.subject!.catalogRecords.edges.filter(
      e => e.node.catalogItemCode === 'ABNORMAL_OPERATION',
    )
    .map(e => e.node.recordNumber);
}

describe('every catalog item can be submitted', () => {
  it('checks 登记基础信息 with the same validation and error codes as a licence', async () => {
    const future = addDays(today(), 3);
    const registration = await submit('REGISTRATION_BASICS', [
      row('DJ-1', '2015-03-02', REGISTRATION),
      row('DJ-2', '2015-03-02', REGISTRATION, { creditCode: '91110108MA01C3D4X0' }),
      row('DJ-3', future, REGISTRATION),
      row('DJ-4', '2015-03-02', { ...REGISTRATION, registrationStatus: '营业中' }),
      row('DJ-5', '2015-03-02', { ...REGISTRATION, address: '' }),
    ]);
    expect(registration.accepted).toBe(1);
    const codes = registration.rejected.map(r => [r.index, r.field, r.code]);
    expect(codes).toEqual([
      [1, 'creditCode', 'INVALID_CREDIT_CODE'],
      [2, 'decisionDate', 'DATE_IN_FUTURE'],
      [3, 'fields.registrationStatus', 'INVALID_VALUE'],
      [4, 'fields.address', 'REQUIRED'],
    ]);

    // The same faults in a licence carry the same codes on the same fields.
    const licences = await env.server.execute(
      SubmitLicensingDocument,
      {
        records: [
          buildLicensingInput({ creditCode: '91110108MA01C3D4X0' }),
          buildLicensingInput({ decisionDate: future }),
        ],
      },
      { as: viewers.provider },
    );
    expect(licences.data!.submitLicensingRecords.rejected.map(r => [r.field, r.code])).toEqual([
      ['creditCode', 'INVALID_CREDIT_CODE'],
      ['decisionDate', 'DATE_IN_FUTURE'],
    ]);
  });

  it('lists a subject in 经营异常名录 and removes it: public while listed, removal checked', async () => {
    const listedOn = addDays(today(), -40);
    const listed = await submit('ABNORMAL_OPERATION', [row('YC-1', listedOn, LISTING)]);
    expect(listed.accepted).toBe(1);
    expect(await publicAbnormal()).toEqual(['YC-1']);

    const refused = await submit('ABNORMAL_OPERATION', [
      row('YC-1', listedOn, { ...LISTING, removalDate: addDays(today(), -1) }),
      row('YC-1', listedOn, {
        ...LISTING,
        removalDate: addDays(listedOn, -1),
        removalReason: '已依法办理住所变更登记',
      }),
      row('YC-1', listedOn, {
        ...LISTING,
        removalDate: addDays(today(), 2),
        removalReason: '已依法办理住所变更登记',
      }),
    ]);
    expect(refused.rejected.map(r => [r.index, r.field, r.code])).toEqual([
      [0, 'fields.removalReason', 'REQUIRED'],
      [1, 'fields.removalDate', 'DATE_ORDER'],
      [2, 'fields.removalDate', 'DATE_IN_FUTURE'],
    ]);
    expect(await publicAbnormal()).toEqual(['YC-1']);

    const removed = await submit('ABNORMAL_OPERATION', [
      row('YC-1', listedOn, {
        ...LISTING,
        removalDate: today(),
        removalReason: '已依法办理住所变更登记',
      }),
    ]);
    expect(removed.corrections).toBe(1);
    expect(await publicAbnormal()).toEqual([]);
    const regulator = await env.server.execute(
      SubjectCatalogRecordsDocument,
      { code: SUBJECT_CODE, purpose: '行政许可审查' },
      { as: viewers.regulator },
    );
    const entry = regulator.data!.subject!.catalogRecords.edges.find(
      e => e.node.recordNumber === 'YC-1',
    )!;
    expect(entry.node.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'removalDate', value: today() })]),
    );
  });
});
