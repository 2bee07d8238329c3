import type {
  DisclosureStatus,
  LicenceCategory,
  PenaltySeverity,
  PenaltyType,
  SubjectCategory,
} from './__generated__/graphql';
import { LICENCE_CATEGORY_LABELS } from '../modules/records/licensing/licensing.labels';
import { PENALTY_TYPE_LABELS } from '../modules/records/penalty/penalty.labels';

/** Chinese labels of the API's enum values, as the national standard names them. */
export const CATEGORY: Record<SubjectCategory, string> = {
  LEGAL_ENTITY: '法人及非法人组织',
  NATURAL_PERSON: '自然人',
  INDIVIDUAL_BUSINESS: '个体工商户',
};

export const LICENCE_CATEGORY: Record<LicenceCategory, string> = LICENCE_CATEGORY_LABELS;

const PENALTY_TYPE: Record<PenaltyType, string> = PENALTY_TYPE_LABELS;

export const SEVERITY: Record<PenaltySeverity, string> = {
  MINOR: '轻微',
  GENERAL: '一般',
  SERIOUS: '严重',
};

export const DISCLOSURE: Record<DisclosureStatus, { text: string; color: string }> = {
  ON_TIME: { text: '按时公示', color: 'green' },
  LATE: { text: '逾期公示', color: 'orange' },
  OVERDUE: { text: '逾期未公示', color: 'red' },
  PENDING: { text: '待公示', color: 'blue' },
  NOT_REQUIRED: { text: '无需公示', color: 'default' },
};

/** An amount in 万元 as the API gives it ("12.500000"), without trailing zeros. */
export function wanYuan(amount: string | null | undefined): string | null {
  if (amount === null || amount === undefined) {
    return null;
  }
  const trimmed = amount.includes('.') ? amount.replace(/0+$/, '').replace(/\.$/, '') : amount;
  return `${trimmed} 万元`;
}

/** A DateTime as a China Standard Time date and minute. */
export function chinaTime(value: string | null | undefined): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

/** The Chinese half of a bilingual reason ("中文 / English"). */
export function chinesePart(reason: string): string {
  return reason.split(' / ')[0] ?? reason;
}

/** The date the national layout writes for a validity without end (DESIGN §3.3). */
const OPEN_ENDED = '2099-12-31';

/** An end of validity as people read it: 长期 for 2099-12-31 or none at all, else the date. */
export function validUntil(date: string | null | undefined): string {
  return date === null || date === undefined || date === '' || date >= OPEN_ENDED ? '长期' : date;
}

/** A validity period: "2024-01-01 至 长期". */
export function validity(from: string, to: string | null | undefined): string {
  return `${from} 至 ${validUntil(to)}`;
}

/**
 * Who answers for a counterpart, as the national layout names the person by category: the
 * 法定代表人 of a legal entity, the 经营者 of an individual business, else the 负责人.
 */
export function representativeLabel(category: SubjectCategory | string | null | undefined): string {
  switch (category) {
    case 'LEGAL_ENTITY':
      return '法定代表人';
    case 'INDIVIDUAL_BUSINESS':
      return '经营者';
    default:
      return '负责人';
  }
}

/**
 * A late disclosure said as the department's: the record reached the public late because its
 * source unit reported it late, not because of anything the subject did.
 */
export function latenessText(
  disclosure: { status: DisclosureStatus; workingDaysLate?: number | null },
  sourceUnit: string,
): string {
  if (disclosure.status === 'LATE' && disclosure.workingDaysLate) {
    return `${sourceUnit} 迟报 ${disclosure.workingDaysLate} 个工作日`;
  }
  if (disclosure.status === 'OVERDUE' && disclosure.workingDaysLate) {
    return `${sourceUnit} 逾期未报 ${disclosure.workingDaysLate} 个工作日`;
  }
  return DISCLOSURE[disclosure.status].text;
}

/** A penalty's types in the national wording, with the text of 其他. */
export function penaltyTypesText(types: readonly PenaltyType[], other?: string | null): string {
  return [...types.map(t => PENALTY_TYPE[t]), ...(other ? [other] : [])].join('、');
}

/**
 * The decision's 处罚内容 when it says more than its types already do: "警告" under 处罚类别 警告
 * is the same text twice, "责令改正，并处罚款" is not.
 */
export function penaltyContentBeyondTypes(
  content: string | null | undefined,
  types: readonly PenaltyType[],
  other?: string | null,
): string | null {
  if (!content) {
    return null;
  }
  const said = new Set([...types.map(t => PENALTY_TYPE[t]), ...(other ? [other] : [])]);
  const clauses = content
    .split(/[，,、；;。\s]+/)
    .map(clause => clause.replace(/^(并处|处以|处)/, ''))
    .filter(clause => clause !== '');
  return clauses.every(clause => said.has(clause)) ? null : content;
}

/** A total beyond the server's exact count, in 万 as the site says it: 720,028 is 72 万. */
export function approximately(total: number): string {
  return `${Math.max(1, Math.round(total / 10_000))} 万`;
}
