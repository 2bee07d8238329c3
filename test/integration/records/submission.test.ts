import { describe, expect, it } from 'vitest';

import { SubmitLicensingDocument, SubmitPenaltyDocument } from '../../__generated__/graphql.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';
import { composeCreditCode } from '../../../src/modules/credit-code/index.js';
import { addDays } from '../../../src/shared/dates.js';

const env = useIntegration();

describe('submitLicensingRecords', () => {
  it('stores the good rows of a mixed batch and names the bad ones by index, field and code', async () => {
    const records = [
      buildLicensingInput(),
      buildLicensingInput({ creditCode: '92420300MA49KUFW0H' }),
      buildLicensingInput({ decisionDate: '2025-02-29' }),
      buildLicensingInput({ documentTitle: null }),
      buildLicensingInput({ validFrom: '2026-11-10', validTo: '2026-01-01' }),
      buildLicensingInput(),
    ];
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records },
      { as: viewers.provider },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitLicensingRecords;
    expect(payload.accepted).toBe(2);
    expect(payload.duplicates).toBe(0);
    expect(payload.rejected.map(r => [r.index, r.field, r.code])).toEqual([
      [1, 'creditCode', 'INVALID_CREDIT_CODE'],
      [2, 'decisionDate', 'INVALID_DATE'],
      [3, 'documentTitle', 'REQUIRED'],
      [4, 'validTo', 'DATE_ORDER'],
    ]);
    expect(payload.records.map(r => r.documentNumber)).toEqual([
      records[0]!.documentNumber,
      records[5]!.documentNumber,
    ]);
    expect(payload.records[0]!.subject).toEqual({
      code: SUBJECT_CODE,
      name: '北京华信科技有限公司',
    });
    expect(payload.records[0]!.publishedAt).not.toBeNull();
    expect(payload.records[0]!.id).toMatch(/^licensing:\d+$/);
  });

  it('counts an identical resubmission as a duplicate, not a second copy', async () => {
    const records = [buildLicensingInput(), buildLicensingInput()];
    await env.server.execute(SubmitLicensingDocument, { records }, { as: viewers.provider });
    const again = await env.server.execute(
      SubmitLicensingDocument,
      { records },
      { as: viewers.provider },
    );
    expect(again.data!.submitLicensingRecords).toMatchObject({
      accepted: 0,
      duplicates: 2,
      rejected: [],
      records: [],
    });
    const [row] = await env.database.query<{ n: string }>(
      'select count(*)::text as n from licensing_records',
    );
    expect(row!.n).toBe('2');
  });

  it('treats a changed resubmission as a correction and keeps the previous version', async () => {
    const original = buildLicensingInput();
    const first = await env.server.execute(
      SubmitLicensingDocument,
      { records: [original] },
      { as: viewers.provider },
    );
    const id = first.data!.submitLicensingRecords.records[0]!.id;
    const corrected = await env.server.execute(
      SubmitLicensingDocument,
      { records: [{ ...original, content: '准予取得食品经营许可证（更正）' }] },
      { as: viewers.provider },
    );
    const payload = corrected.data!.submitLicensingRecords;
    expect(payload).toMatchObject({ accepted: 1, corrections: 1, duplicates: 0 });
    expect(payload.records[0]).toMatchObject({ id, version: 2 });
    const history = await env.database.query<{ version: number; content: string }>(
      "select version, data->>'content' as content from record_versions where kind = 'LICENSING'",
    );
    expect(history).toEqual([{ version: 1, content: '准予取得食品经营许可证' }]);
    const audit = await env.database.query<{ action: string }>(
      "select action from audit_events where action = 'record.correct'",
    );
    expect(audit).toHaveLength(1);
  });

  it('lets a provider submit only for its own source unit', async () => {
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records: [buildLicensingInput(), buildLicensingInput()] },
      { as: viewers.otherProvider },
    );
    expect(result.data!.submitLicensingRecords.accepted).toBe(0);
    expect(result.data!.submitLicensingRecords.rejected.map(r => [r.field, r.code])).toEqual([
      ['sourceUnitCode', 'SOURCE_UNIT_NOT_OWN'],
      ['sourceUnitCode', 'SOURCE_UNIT_NOT_OWN'],
    ]);
  });

  it('is refused to the public, institutions and regulators', async () => {
    for (const viewer of [viewers.anonymous, viewers.institution, viewers.regulator]) {
      const result = await env.server.execute(
        SubmitLicensingDocument,
        { records: [buildLicensingInput()] },
        { as: viewer },
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
    const [row] = await env.database.query<{ n: string }>(
      'select count(*)::text as n from licensing_records',
    );
    expect(row!.n).toBe('0');
  });

  it('refuses a batch of more than 5000 rows as a whole, storing nothing', async () => {
    const records = Array.from({ length: 5001 }, () => buildLicensingInput());
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records },
      { as: viewers.admin },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BATCH_TOO_LARGE',
      field: 'records',
      max: 5000,
    });
  });

  it('applies the category rules: placeholder code, natural persons, OTHER category', async () => {
    const records = [
      buildLicensingInput({
        counterpartCategory: 'INDIVIDUAL_BUSINESS',
        creditCode: '00000000000000000X',
        businessRegistrationNo: '110105600123456',
      }),
      buildLicensingInput({
        counterpartCategory: 'INDIVIDUAL_BUSINESS',
        creditCode: '00000000000000000X',
      }),
      buildLicensingInput({
        counterpartCategory: 'LEGAL_ENTITY',
        creditCode: '00000000000000000X',
      }),
      buildLicensingInput({
        counterpartName: '张三',
        counterpartCategory: 'NATURAL_PERSON',
        creditCode: null,
        legalRepresentative: null,
        personIdType: '身份证',
        personIdNumber: '11010519491231002X',
      }),
      buildLicensingInput({
        counterpartCategory: 'NATURAL_PERSON',
        creditCode: null,
        legalRepresentative: null,
      }),
      buildLicensingInput({ licenceCategory: 'OTHER' }),
      buildLicensingInput({ counterpartCategory: null }),
    ];
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records },
      { as: viewers.admin },
    );
    const payload = result.data!.submitLicensingRecords;
    expect(payload.accepted).toBe(2);
    expect(payload.records.map(r => r.subject)).toEqual([null, null]);
    expect(payload.rejected.map(r => [r.index, r.field, r.code])).toEqual([
      [1, 'businessRegistrationNo', 'REQUIRED'],
      [2, 'creditCode', 'PLACEHOLDER_NOT_ALLOWED'],
      [4, 'personIdType', 'REQUIRED'],
      [4, 'personIdNumber', 'REQUIRED'],
      [5, 'licenceCategoryOther', 'REQUIRED'],
      [6, 'counterpartCategory', 'REQUIRED'],
    ]);
    const natural = payload.records[1]!;
    expect(natural.publishedAt).toBeNull();
  });

  it('rejects a code whose registration type disagrees with the counterpart category', async () => {
    const individual = composeCreditCode('92', '110105', 'MA0GT001');
    const enterprise = composeCreditCode('91', '110105', 'MA0GT002');
    const association = composeCreditCode('51', '110105', 'MA0GT003');
    const cooperative = composeCreditCode('93', '110105', 'MA0GT004');
    const records = [
      buildLicensingInput({ counterpartCategory: 'LEGAL_ENTITY', creditCode: individual }),
      buildLicensingInput({ counterpartCategory: 'INDIVIDUAL_BUSINESS', creditCode: enterprise }),
      buildLicensingInput({ counterpartCategory: 'INDIVIDUAL_BUSINESS', creditCode: association }),
      buildLicensingInput({ counterpartCategory: 'INDIVIDUAL_BUSINESS', creditCode: individual }),
      buildLicensingInput({ counterpartCategory: 'LEGAL_ENTITY', creditCode: cooperative }),
      buildLicensingInput({ counterpartCategory: 'LEGAL_ENTITY', creditCode: association }),
    ];
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records },
      { as: viewers.admin },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitLicensingRecords;
    expect(payload.rejected.map(r => [r.index, r.field, r.code])).toEqual([
      [0, 'creditCode', 'CATEGORY_MISMATCH'],
      [1, 'creditCode', 'CATEGORY_MISMATCH'],
      [2, 'creditCode', 'CATEGORY_MISMATCH'],
    ]);
    expect(payload.rejected[0]!.column).toBe('行政相对人代码_1(统一社会信用代码)');
    expect(payload.rejected[0]!.message).toBe(
      `行政相对人代码_1(统一社会信用代码) ${individual} 第1–2位“92”为工商登记的个体工商户，属于个体工商户，与行政相对人类别“法人及非法人组织”不符（GB 32100-2015）。`,
    );
    expect(payload.accepted).toBe(3);
  });

  it('rejects a counterpart code with no division or no registration type, by its reason', async () => {
    const records = [
      buildLicensingInput({ creditCode: composeCreditCode('91', '999999', 'MA0GT005') }),
      buildLicensingInput({ creditCode: composeCreditCode('94', '110105', 'MA0GT006') }),
    ];
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records },
      { as: viewers.admin },
    );
    const rejected = result.data!.submitLicensingRecords.rejected;
    expect(rejected.map(r => [r.index, r.field, r.code])).toEqual([
      [0, 'creditCode', 'INVALID_CREDIT_CODE'],
      [1, 'creditCode', 'INVALID_CREDIT_CODE'],
    ]);
    expect(rejected[0]!.message).toContain('999999');
    expect(rejected[1]!.message).toContain('机构类别');
  });

  it('rejects a decision dated after today (China Standard Time)', async () => {
    const tomorrow = addDays(env.server.clock.today(), 1);
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records: [buildLicensingInput({ decisionDate: tomorrow, validFrom: tomorrow })] },
      { as: viewers.admin },
    );
    expect(result.data!.submitLicensingRecords.rejected[0]).toMatchObject({
      field: 'decisionDate',
      code: 'DATE_IN_FUTURE',
    });
  });
});

describe('submitPenaltyRecords', () => {
  it('stores amounts in 万元 with six decimals and penalty types as a list', async () => {
    const result = await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({
            penaltyTypes: ['FINE', 'CONFISCATE_ILLEGAL_GAINS'],
            fineAmount: '0.2',
            confiscatedAmount: '12.345678',
            severity: 'SERIOUS',
          }),
        ],
      },
      { as: viewers.provider },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitPenaltyRecords.records[0]).toMatchObject({
      penaltyTypes: ['FINE', 'CONFISCATE_ILLEGAL_GAINS'],
      fineAmount: '0.200000',
      confiscatedAmount: '12.345678',
      severity: 'SERIOUS',
    });
  });

  it('checks the fields each penalty type makes mandatory, and amounts', async () => {
    const records = [
      buildPenaltyInput({ penaltyTypes: ['FINE'], fineAmount: null }),
      buildPenaltyInput({ penaltyTypes: ['FINE'], fineAmount: '-5' }),
      buildPenaltyInput({ penaltyTypes: ['FINE'], fineAmount: '1.1234567' }),
      buildPenaltyInput({ penaltyTypes: ['CONFISCATE_ILLEGAL_PROPERTY'], fineAmount: null }),
      buildPenaltyInput({ penaltyTypes: ['REVOKE_LICENCE'], fineAmount: null }),
      buildPenaltyInput({ penaltyTypes: ['OTHER'], fineAmount: null }),
      buildPenaltyInput({ penaltyTypes: [] }),
      buildPenaltyInput({ penaltyValidUntil: '2026-01-01' }),
      buildPenaltyInput({ authorityCode: '91110000MA001ABCX5' }),
      buildPenaltyInput(),
    ];
    const result = await env.server.execute(
      SubmitPenaltyDocument,
      { records },
      { as: viewers.provider },
    );
    const payload = result.data!.submitPenaltyRecords;
    expect(payload.accepted).toBe(1);
    expect(payload.rejected.map(r => [r.index, r.field, r.code])).toEqual([
      [0, 'fineAmount', 'REQUIRED'],
      [1, 'fineAmount', 'NEGATIVE_AMOUNT'],
      [2, 'fineAmount', 'INVALID_AMOUNT'],
      [3, 'confiscatedAmount', 'REQUIRED'],
      [4, 'suspendedLicence', 'REQUIRED'],
      [5, 'penaltyTypeOther', 'REQUIRED'],
      [6, 'penaltyTypes', 'REQUIRED'],
      [7, 'penaltyValidUntil', 'DATE_ORDER'],
      [8, 'authorityCode', 'INVALID_CREDIT_CODE'],
    ]);
  });

  it('lets a V1 template row leave a fine or confiscation without its amount, stored as unknown', async () => {
    const records = [
      buildPenaltyInput({ penaltyTypes: ['FINE'], fineAmount: null, templateVersion: 'V1' }),
      buildPenaltyInput({
        penaltyTypes: ['WARNING', 'CONFISCATE_ILLEGAL_GAINS'],
        fineAmount: null,
        confiscatedAmount: null,
        templateVersion: 'V1',
      }),
      buildPenaltyInput({ penaltyTypes: ['FINE'], fineAmount: '0.2', templateVersion: 'V1' }),
      buildPenaltyInput({ penaltyTypes: ['FINE'], fineAmount: '-1', templateVersion: 'V1' }),
      buildPenaltyInput({ penaltyTypes: ['FINE'], fineAmount: null, templateVersion: 'V2' }),
      buildPenaltyInput({ penaltyTypes: ['FINE'], fineAmount: '0', templateVersion: 'V1' }),
    ];
    const result = await env.server.execute(
      SubmitPenaltyDocument,
      { records },
      { as: viewers.provider },
    );
    const payload = result.data!.submitPenaltyRecords;
    expect(payload.rejected.map(r => [r.index, r.field, r.code])).toEqual([
      [3, 'fineAmount', 'NEGATIVE_AMOUNT'],
      [4, 'fineAmount', 'REQUIRED'],
      [5, 'fineAmount', 'INVALID_AMOUNT'],
    ]);
    expect(payload.accepted).toBe(3);
    expect(payload.records.map(r => ({ ...r }))).toMatchObject([
      { fineAmount: null, confiscatedAmount: null },
      {
        fineAmount: null,
        confiscatedAmount: null,
        penaltyTypes: ['WARNING', 'CONFISCATE_ILLEGAL_GAINS'],
      },
      { fineAmount: '0.200000', confiscatedAmount: null },
    ]);
  });

  it('masks ID numbers in the payload by role', async () => {
    const input = buildPenaltyInput({
      counterpartName: '李四',
      counterpartCategory: 'NATURAL_PERSON',
      creditCode: null,
      legalRepresentative: null,
      personIdType: '身份证',
      personIdNumber: '11010519491231002X',
    });
    const asProvider = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [input] },
      { as: viewers.provider },
    );
    expect(asProvider.data!.submitPenaltyRecords.records[0]!.personIdNumber).toBe(
      '110105********002X',
    );
    const asAdmin = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [{ ...input, documentNumber: `${input.documentNumber}-2` }] },
      { as: viewers.admin },
    );
    expect(asAdmin.data!.submitPenaltyRecords.records[0]!.personIdNumber).toBe(
      '11010519491231002X',
    );
  });

  it('keeps a record per (source unit, document number): the same number from two units is two records', async () => {
    const input = buildPenaltyInput();
    await env.server.execute(SubmitPenaltyDocument, { records: [input] }, { as: viewers.admin });
    const other = await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          {
            ...input,
            sourceUnit: viewers.otherProvider.organizationName,
            sourceUnitCode: viewers.otherProvider.organizationCode,
          },
        ],
      },
      { as: viewers.admin },
    );
    expect(other.data!.submitPenaltyRecords.accepted).toBe(1);
  });

  it('writes one audit entry per batch in the same transaction', async () => {
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput(), buildPenaltyInput()] },
      { as: viewers.provider },
    );
    const audit = await env.database.query<{
      action: string;
      actor_organization_code: string;
      details: { inserted: string[] };
    }>('select action, actor_organization_code, details from audit_events');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'records.submit', actor_organization_code: AMR.code });
    expect(audit[0]!.details.inserted).toHaveLength(2);
  });
});
