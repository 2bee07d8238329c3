import { registerEnumType } from 'type-graphql';

import { PENALTY_TYPE_LABELS } from './penalty.labels.js';

export { PENALTY_TYPE_LABELS };

/** 处罚类别: the kinds of penalty of the 2021 行政处罚法 Art. 9, which the V2 list maps onto. */
export enum PenaltyType {
  WARNING = 'WARNING',
  CIRCULATED_CRITICISM = 'CIRCULATED_CRITICISM',
  FINE = 'FINE',
  CONFISCATE_ILLEGAL_GAINS = 'CONFISCATE_ILLEGAL_GAINS',
  CONFISCATE_ILLEGAL_PROPERTY = 'CONFISCATE_ILLEGAL_PROPERTY',
  SUSPEND_LICENCE = 'SUSPEND_LICENCE',
  DOWNGRADE_QUALIFICATION = 'DOWNGRADE_QUALIFICATION',
  REVOKE_LICENCE = 'REVOKE_LICENCE',
  RESTRICT_BUSINESS = 'RESTRICT_BUSINESS',
  ORDER_SUSPEND_PRODUCTION = 'ORDER_SUSPEND_PRODUCTION',
  ORDER_CLOSE = 'ORDER_CLOSE',
  RESTRICT_EMPLOYMENT = 'RESTRICT_EMPLOYMENT',
  ADMIN_DETENTION = 'ADMIN_DETENTION',
  OTHER = 'OTHER',
}

PENALTY_TYPE_LABELS satisfies Record<PenaltyType, string>;

registerEnumType(PenaltyType, {
  name: 'PenaltyType',
  description: '处罚类别: a kind of administrative penalty (行政处罚法 2021, Art. 9).',
  valuesConfig: Object.fromEntries(
    Object.entries(PENALTY_TYPE_LABELS).map(([key, label]) => [
      key,
      { description: key === 'OTHER' ? `${label}: penaltyTypeOther names the penalty.` : label },
    ]),
  ),
});

/** 严重程度: the severity that selects the publicity period (信用修复管理办法). */
export enum PenaltySeverity {
  MINOR = 'MINOR',
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
}
registerEnumType(PenaltySeverity, {
  name: 'PenaltySeverity',
  description: 'The severity of a penalty, which selects its publicity period.',
  valuesConfig: {
    MINOR: { description: '轻微' },
    GENERAL: { description: '一般' },
    SERIOUS: { description: '严重' },
  },
});

/** Sectors whose penalties have a longer minimum publicity period under 国家发展改革委令第58号. */
export enum PenaltySector {
  FOOD = 'FOOD',
  DRUGS = 'DRUGS',
  SPECIAL_EQUIPMENT = 'SPECIAL_EQUIPMENT',
  WORK_SAFETY = 'WORK_SAFETY',
  FIRE_SAFETY = 'FIRE_SAFETY',
  OTHER = 'OTHER',
}
registerEnumType(PenaltySector, {
  name: 'PenaltySector',
  description: 'The regulated sector of a penalty, which can lengthen its publicity period.',
  valuesConfig: {
    FOOD: { description: '食品' },
    DRUGS: { description: '药品' },
    SPECIAL_EQUIPMENT: { description: '特种设备' },
    WORK_SAFETY: { description: '安全生产' },
    FIRE_SAFETY: { description: '消防' },
    OTHER: { description: '其他领域' },
  },
});

/**
 * The national 双公示 template a row was read from (data-standard.md): V2, in use since about
 * 2019, or the older V1, which has no amount columns (a V1 fine is written inside 处罚结果).
 */
export enum TemplateVersion {
  V1 = 'V1',
  V2 = 'V2',
}
registerEnumType(TemplateVersion, {
  name: 'TemplateVersion',
  description: 'The national 双公示 template a row was read from.',
  valuesConfig: {
    V1: {
      description:
        'The older template (≈2015–2018): no amount columns, so a fine or confiscation may come without its amount.',
    },
    V2: { description: 'The current national template, with 罚款金额 and 没收金额 columns.' },
  },
});

/** The rules that set how long a penalty stays public, chosen by its decision date (DESIGN §3.3). */
export enum PublicityRegime {
  NDRC_2019_527 = 'NDRC_2019_527',
  NDRC_ORDER_58 = 'NDRC_ORDER_58',
  NDRC_ORDER_36 = 'NDRC_ORDER_36',
}
registerEnumType(PublicityRegime, {
  name: 'PublicityRegime',
  description:
    'The rules a penalty’s publicity period was judged under, chosen by its decision date.',
  valuesConfig: {
    NDRC_2019_527: { description: '发改办财金〔2019〕527号: decisions before 2023-05-01.' },
    NDRC_ORDER_58: {
      description: '国家发展改革委令第58号: decisions from 2023-05-01 to 2026-03-31.',
    },
    NDRC_ORDER_36: {
      description: '国家发展改革委令第36号《信用修复管理办法》: decisions from 2026-04-01.',
    },
  },
});

/** How a penalty's severity was reached. */
export enum SeveritySource {
  MARKED = 'MARKED',
  DERIVED = 'DERIVED',
  OVERRIDDEN = 'OVERRIDDEN',
}
registerEnumType(SeveritySource, {
  name: 'SeveritySource',
  description: 'How a penalty’s severity (its publicity class) was reached.',
  valuesConfig: {
    MARKED: {
      description: 'The department marked it (失信严重程度); a marking wins over the rules.',
    },
    DERIVED: {
      description:
        'Derived from the national fields (处罚类别, 罚款金额, 行政相对人类别) by the publicity-class rules.',
    },
    OVERRIDDEN: { description: 'Set by the credit office, with a reason (audited).' },
  },
});
