import { type CreditCodeProblem, type Localized, creditCodeReason } from '../../shared/messages.js';
import { divisionStatus } from './divisions.js';

/** The 31 characters of GB 32100-2015, in value order (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The 双公示 placeholder for an individual business without a code (17 zeros and X). */
export const PLACEHOLDER_CREDIT_CODE = '00000000000000000X';

/**
 * The counterpart category (行政相对人类别, SubjectCategory) a code's registration type belongs
 * to: only 个体工商户 (92) is an individual business; every other type GB 32100-2015 lists is
 * 法人及非法人组织 (LEGAL_ENTITY), unincorporated ones included (合伙企业 and 个人独资企业 are
 * 企业, 91). A natural person has no credit code at all.
 */
export type CodeCategory = 'LEGAL_ENTITY' | 'INDIVIDUAL_BUSINESS';

interface EntityType {
  name: string;
  category: CodeCategory;
}

const legal = (name: string): EntityType => ({ name, category: 'LEGAL_ENTITY' });

/**
 * Registration authorities (position 1) and the entity types they register (position 2), as
 * GB 32100-2015's table of 登记管理部门代码 and 机构类别代码 and the assignments made under it
 * list them, each type with the counterpart category of the records about it. This table is the only statement of which pairs exist and
 * which category agrees with each; the records module checks submissions against it.
 */
const REGISTRATION_AUTHORITIES: Readonly<
  Record<string, { name: string; types: Readonly<Record<string, EntityType>> }>
> = {
  '1': {
    name: '机构编制',
    types: {
      '1': legal('机关'),
      '2': legal('事业单位'),
      '3': legal('中央编办直接管理机构编制的群众团体'),
      '9': legal('其他'),
    },
  },
  '2': { name: '外交', types: { '1': legal('外国常驻新闻机构'), '9': legal('其他') } },
  '3': {
    name: '司法行政',
    types: {
      '1': legal('律师执业机构'),
      '2': legal('公证处'),
      '3': legal('基层法律服务所'),
      '4': legal('司法鉴定机构'),
      '5': legal('仲裁委员会'),
      '9': legal('其他'),
    },
  },
  '4': { name: '文化', types: { '1': legal('外国在华文化中心'), '9': legal('其他') } },
  '5': {
    name: '民政',
    types: {
      '1': legal('社会团体'),
      '2': legal('民办非企业单位'),
      '3': legal('基金会'),
      '9': legal('其他'),
    },
  },
  '6': {
    name: '旅游',
    types: {
      '1': legal('外国旅游部门常驻代表机构'),
      '2': legal('港澳台地区旅游部门常驻内地（大陆）代表机构'),
      '9': legal('其他'),
    },
  },
  '7': {
    name: '宗教',
    types: { '1': legal('宗教活动场所'), '2': legal('宗教院校'), '9': legal('其他') },
  },
  '8': { name: '工会', types: { '1': legal('基层工会'), '9': legal('其他') } },
  '9': {
    name: '工商',
    types: {
      // 企业: companies, their branches, partnerships and sole proprietorships (法人及非法人组织).
      '1': legal('企业'),
      // 个体工商户: the one type that is neither a legal person nor an organisation.
      '2': { name: '个体工商户', category: 'INDIVIDUAL_BUSINESS' },
      // 农民专业合作社: a legal person once registered (农民专业合作社法 第五条).
      '3': legal('农民专业合作社'),
    },
  },
  A: {
    name: '中央军委改革和编制办公室',
    types: { '1': legal('军队事业单位'), '9': legal('其他') },
  },
  N: {
    name: '农业',
    types: {
      '1': legal('组级集体经济组织'),
      '2': legal('村级集体经济组织'),
      '3': legal('乡镇级集体经济组织'),
      '9': legal('其他'),
    },
  },
  Y: { name: '其他', types: { '1': legal('其他') } },
};

/**
 * The counterpart category a credit code's registration type (positions 1–2) agrees with, or
 * undefined when the two characters are no registration-authority/type pair.
 */
export function codeCategoryOf(code: string): CodeCategory | undefined {
  const normalized = code.trim().toUpperCase();
  return REGISTRATION_AUTHORITIES[normalized.charAt(0)]?.types[normalized.charAt(1)]?.category;
}

export interface CreditCodeAnalysis {
  /** The input, trimmed and upper-cased. */
  code: string;
  valid: boolean;
  problem?: CreditCodeProblem;
  /** What is wrong, in Chinese and in English (messages.ts). */
  localizedReason?: Localized;
  /** The same, as one text: `<Chinese> / <English>`. */
  reason?: string;
  /** Notes that do not make the code invalid (a historic division). */
  warnings: string[];
  registrationAuthority?: string;
  entityType?: string;
  /** The counterpart category that records about this code must have. */
  category?: CodeCategory;
  regionCode?: string;
  /** CURRENT, or HISTORIC when the division is only in a past GB/T 2260 revision. */
  divisionStatus?: 'CURRENT' | 'HISTORIC';
  organizationCode?: string;
}

function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

function charValue(ch: string): number {
  return CREDIT_CODE_CHARSET.indexOf(ch);
}

/** The GB 32100 check character (position 18) for the first 17 characters. */
function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += charValue(first17.charAt(i)) * USCC_WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** The GB 11714 check character for the first 8 characters of an organisation code. */
function organizationCodeCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const ch = body8.charAt(i);
    const value = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    sum += value * ORG_CODE_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  if (check === 10) {
    return 'X';
  }
  if (check === 11) {
    return '0';
  }
  return String(check);
}

/** Validates a nine-character GB 11714 organisation code (with or without the hyphen). */
export function isValidOrganizationCode(input: string): boolean {
  const code = input.trim().toUpperCase().replace('-', '');
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) {
    return false;
  }
  return organizationCodeCheckCharacter(code.slice(0, 8)) === code.charAt(8);
}

/**
 * Validates a unified social credit code (GB 32100-2015) and decodes it. The input is trimmed
 * and upper-cased first. The faults are looked for position by position, so that a code wrong
 * in several places is reported by its first: the characters, then the registration
 * authority/type pair (positions 1–2, BAD_TYPE), the administrative division (3–8, a GB/T 2260
 * code, current or historic: BAD_DIVISION), the organisation code's check (9–17) and the check
 * character (18). A historic division is valid, with a warning: codes keep the division they
 * were issued in. The 双公示 placeholder is reported invalid with problem `PLACEHOLDER`: it is
 * accepted only on individual-business records (see the records module).
 */
export function analyzeCreditCode(input: string): CreditCodeAnalysis {
  const code = normalizeCreditCode(input);
  const fail = (problem: CreditCodeProblem, reason: Localized): CreditCodeAnalysis => ({
    code,
    valid: false,
    problem,
    localizedReason: reason,
    reason: `${reason.zh} / ${reason.en}`,
    warnings: [],
  });
  if (code.length === 0) {
    return fail('EMPTY', creditCodeReason('EMPTY'));
  }
  if (code === PLACEHOLDER_CREDIT_CODE) {
    return fail('PLACEHOLDER', creditCodeReason('PLACEHOLDER'));
  }
  if (code.length !== 18) {
    return fail('LENGTH', creditCodeReason('LENGTH', { length: code.length }));
  }
  for (let i = 0; i < 18; i += 1) {
    const ch = code.charAt(i);
    if (charValue(ch) < 0) {
      return fail('CHARACTER', creditCodeReason('CHARACTER', { position: i + 1, character: ch }));
    }
  }
  const authority = REGISTRATION_AUTHORITIES[code.charAt(0)];
  if (authority === undefined) {
    return fail('BAD_TYPE', creditCodeReason('BAD_TYPE', { authorityCode: code.charAt(0) }));
  }
  const entityType = authority.types[code.charAt(1)];
  if (entityType === undefined) {
    return fail(
      'BAD_TYPE',
      creditCodeReason('BAD_TYPE', {
        authority: authority.name,
        authorityCode: code.charAt(0),
        typeCode: code.charAt(1),
      }),
    );
  }
  const regionCode = code.slice(2, 8);
  const division = divisionStatus(regionCode);
  if (division === undefined) {
    return fail('BAD_DIVISION', creditCodeReason('BAD_DIVISION', { division: regionCode }));
  }
  const orgCode = code.slice(8, 17);
  const expectedOrgCheck = organizationCodeCheckCharacter(orgCode.slice(0, 8));
  if (expectedOrgCheck !== orgCode.charAt(8)) {
    return fail(
      'ORGANIZATION_CODE_CHECK',
      creditCodeReason('ORGANIZATION_CODE_CHECK', {
        expected: expectedOrgCheck,
        found: orgCode.charAt(8),
      }),
    );
  }

  const expectedCheck = creditCodeCheckCharacter(code.slice(0, 17));
  if (expectedCheck !== code.charAt(17)) {
    return fail(
      'CHECK_CHARACTER',
      creditCodeReason('CHECK_CHARACTER', { expected: expectedCheck, found: code.charAt(17) }),
    );
  }

  const warnings =
    division === 'HISTORIC'
      ? [
          `行政区划码“${regionCode}”只见于已往的GB/T 2260版本（区划已撤销或调整），代码仍属原区划 / division '${regionCode}' is only in past GB/T 2260 revisions; the code keeps it`,
        ]
      : [];
  return {
    code,
    valid: true,
    warnings,
    registrationAuthority: authority.name,
    entityType: entityType.name,
    category: entityType.category,
    regionCode,
    divisionStatus: division,
    organizationCode: `${orgCode.slice(0, 8)}-${orgCode.charAt(8)}`,
  };
}

export function isValidCreditCode(input: string): boolean {
  return analyzeCreditCode(input).valid;
}

/**
 * Builds a valid code from its parts: authority and type (2 characters), a six-digit division
 * and an eight-character organisation-code body. Used by the seeds and the tests.
 */
export function composeCreditCode(
  authorityAndType: string,
  region: string,
  orgBody8: string,
): string {
  const orgCode = orgBody8 + organizationCodeCheckCharacter(orgBody8);
  const first17 = authorityAndType + region + orgCode;
  return first17 + creditCodeCheckCharacter(first17);
}
