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

export const PENALTY_TYPE: Record<PenaltyType, string> = PENALTY_TYPE_LABELS;

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
