import { composeCreditCode } from '../../../src/modules/credit-code/index.js';
import { addDays, addMonths } from '../../../src/shared/dates.js';
import type { LicensingRecordInput, PenaltyRecordInput } from '../../__generated__/graphql.js';
import { testClock } from '../clock.js';
import { AMR } from '../viewers.js';

let serial = 0;

/** A fresh valid enterprise credit code in Haidian. */
export function enterpriseCode(n: number = ++serial): string {
  return composeCreditCode('91', '110108', `MA${String(n).padStart(6, '0')}`);
}

export const SUBJECT_CODE = composeCreditCode('91', '110108', 'MA01C3D4');

export function buildLicensingInput(
  overrides: Partial<LicensingRecordInput> = {},
): LicensingRecordInput {
  serial += 1;
  // Dates relative to the tests' clock, so that the records hold on any date.
  const today = testClock.today();
  const year = today.slice(0, 4);
  return {
    counterpartName: '北京华信科技有限公司',
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: SUBJECT_CODE,
    legalRepresentative: '王伟',
    legalRepresentativeIdType: '身份证',
    legalRepresentativeIdNumber: '11010519491231002X',
    documentTitle: '食品经营许可决定书',
    documentNumber: `京市监许〔${year}〕${String(serial).padStart(5, '0')}号`,
    licenceCategory: 'ORDINARY',
    certificateName: '食品经营许可证',
    certificateNumber: `JY1110108${String(serial).padStart(5, '0')}`,
    content: '准予取得食品经营许可证',
    decisionDate: addDays(today, -10),
    validFrom: addDays(today, -10),
    validTo: addDays(addMonths(today, 60), -11),
    authority: AMR.name,
    authorityCode: AMR.code,
    sourceUnit: AMR.name,
    sourceUnitCode: AMR.code,
    ...overrides,
  };
}

export function buildPenaltyInput(overrides: Partial<PenaltyRecordInput> = {}): PenaltyRecordInput {
  serial += 1;
  // Dates relative to the tests' clock, so that the records hold on any date.
  const today = testClock.today();
  const year = today.slice(0, 4);
  return {
    counterpartName: '北京华信科技有限公司',
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: SUBJECT_CODE,
    legalRepresentative: '王伟',
    documentNumber: `京市监罚〔${year}〕${String(serial).padStart(5, '0')}号`,
    violationType: '违反《中华人民共和国食品安全法》',
    facts: '经营超过保质期的食品',
    basis: '《中华人民共和国食品安全法》第一百二十四条',
    penaltyTypes: ['WARNING', 'FINE'],
    content: '警告，并处罚款',
    // 食品安全法 Art. 124 fines start at 五万元: a general, published penalty.
    fineAmount: '5',
    decisionDate: addDays(today, -15),
    penaltyValidUntil: addMonths(addDays(today, -15), 6),
    authority: AMR.name,
    authorityCode: AMR.code,
    sourceUnit: AMR.name,
    sourceUnitCode: AMR.code,
    ...overrides,
  };
}
