import { composeCreditCode } from '../../../src/modules/credit-code/index.js';
import type { LicensingRecordInput, PenaltyRecordInput } from '../../__generated__/graphql.js';
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
  return {
    counterpartName: '北京华信科技有限公司',
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: SUBJECT_CODE,
    legalRepresentative: '王伟',
    legalRepresentativeIdType: '身份证',
    legalRepresentativeIdNumber: '11010519491231002X',
    documentTitle: '食品经营许可决定书',
    documentNumber: `京市监许〔2026〕${String(serial).padStart(5, '0')}号`,
    licenceCategory: 'ORDINARY',
    certificateName: '食品经营许可证',
    certificateNumber: `JY1110108${String(serial).padStart(5, '0')}`,
    content: '准予取得食品经营许可证',
    decisionDate: '2026-11-10',
    validFrom: '2026-11-10',
    validTo: '2031-11-09',
    authority: AMR.name,
    authorityCode: AMR.code,
    sourceUnit: AMR.name,
    sourceUnitCode: AMR.code,
    ...overrides,
  };
}

export function buildPenaltyInput(overrides: Partial<PenaltyRecordInput> = {}): PenaltyRecordInput {
  serial += 1;
  return {
    counterpartName: '北京华信科技有限公司',
    counterpartCategory: 'LEGAL_ENTITY',
    creditCode: SUBJECT_CODE,
    legalRepresentative: '王伟',
    documentNumber: `京市监罚〔2026〕${String(serial).padStart(5, '0')}号`,
    violationType: '违反《中华人民共和国食品安全法》',
    facts: '经营超过保质期的食品',
    basis: '《中华人民共和国食品安全法》第一百二十四条',
    penaltyTypes: ['WARNING', 'FINE'],
    content: '警告，并处罚款',
    fineAmount: '0.2',
    decisionDate: '2026-11-05',
    penaltyValidUntil: '2027-05-05',
    authority: AMR.name,
    authorityCode: AMR.code,
    sourceUnit: AMR.name,
    sourceUnitCode: AMR.code,
    ...overrides,
  };
}
