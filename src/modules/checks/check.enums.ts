import { pgEnum } from 'drizzle-orm/pg-core';
import { registerEnumType } from 'type-graphql';

export enum MeasureKind {
  MANDATORY = 'MANDATORY',
  RECOMMENDED = 'RECOMMENDED',
}
registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: 'Whether a measure must be applied (奖惩措施清单).',
  valuesConfig: {
    MANDATORY: { description: '强制性措施: must be applied; not applying it needs a reason.' },
    RECOMMENDED: { description: '推荐性措施: applied at the department’s discretion.' },
  },
});

/** The approval or service situations in which a regulator checks a subject (应查必查). */
export enum CheckScenario {
  GOVERNMENT_PROCUREMENT = 'GOVERNMENT_PROCUREMENT',
  FISCAL_FUNDS = 'FISCAL_FUNDS',
  LICENSING_APPROVAL = 'LICENSING_APPROVAL',
  PUBLIC_RESOURCE_TRADING = 'PUBLIC_RESOURCE_TRADING',
  PROJECT_APPROVAL = 'PROJECT_APPROVAL',
  HONOURS = 'HONOURS',
  FINANCING = 'FINANCING',
  SUPERVISION = 'SUPERVISION',
}
registerEnumType(CheckScenario, {
  name: 'CheckScenario',
  description: 'The situation in which a subject is checked.',
  valuesConfig: {
    GOVERNMENT_PROCUREMENT: { description: '政府采购' },
    FISCAL_FUNDS: { description: '财政性资金项目、政策扶持' },
    LICENSING_APPROVAL: { description: '行政许可审批' },
    PUBLIC_RESOURCE_TRADING: { description: '公共资源交易（招标投标、土地出让等）' },
    PROJECT_APPROVAL: { description: '项目审批核准' },
    HONOURS: { description: '评先评优、荣誉称号' },
    FINANCING: { description: '金融服务、设立金融机构' },
    SUPERVISION: { description: '日常监管、随机抽查' },
  },
});

export const checkScenarioEnum = pgEnum(
  'check_scenario',
  Object.values(CheckScenario) as [CheckScenario, ...CheckScenario[]],
);

export const measureKindEnum = pgEnum('measure_kind', [
  MeasureKind.MANDATORY,
  MeasureKind.RECOMMENDED,
]);

/**
 * The rule of a credit check that granted or denied a measure. Punishment measures apply by
 * BLACK_LISTED. Incentive measures (守信激励) are decided by the first rule that holds, in this
 * order (checkStatement): an unknown subject, an active black-list entry and an active red-list
 * entry decide at once; otherwise the platform must hold three years of the subject's records
 * (RECORDS_UNDER_THREE_YEARS) and they must be clean (京政发〔2017〕15号 二(二)1: 连续三年无不良
 * 信用记录).
 */
export enum CheckRule {
  UNKNOWN_SUBJECT = 'UNKNOWN_SUBJECT',
  BLACK_LISTED = 'BLACK_LISTED',
  RED_LISTED = 'RED_LISTED',
  RECORDS_UNDER_THREE_YEARS = 'RECORDS_UNDER_THREE_YEARS',
  PENALTY_IN_THREE_YEARS = 'PENALTY_IN_THREE_YEARS',
  BLACK_LIST_IN_THREE_YEARS = 'BLACK_LIST_IN_THREE_YEARS',
  ABNORMAL_OPERATION_IN_THREE_YEARS = 'ABNORMAL_OPERATION_IN_THREE_YEARS',
  CLEAN_THREE_YEARS = 'CLEAN_THREE_YEARS',
}
registerEnumType(CheckRule, {
  name: 'CheckRule',
  description:
    'The rule of a credit check that granted or denied a measure, in the order incentives are decided.',
  valuesConfig: {
    UNKNOWN_SUBJECT: {
      description: 'Denied: the platform holds no subject with this code (平台无该主体).',
    },
    BLACK_LISTED: {
      description:
        'On the black list today (严重失信主体名单): the punishment measures apply, incentives are denied.',
    },
    RED_LISTED: {
      description: 'Granted: on the red list today (守信激励对象名单，诚信典型).',
    },
    RECORDS_UNDER_THREE_YEARS: {
      description:
        'Denied: the platform’s records of the subject begin less than three years before the check (`recordsCoverageFrom`), so three clean years cannot be known.',
    },
    PENALTY_IN_THREE_YEARS: {
      description:
        'Denied: a penalty decided in the three years before the check, or one still in publicity (not revoked).',
    },
    BLACK_LIST_IN_THREE_YEARS: {
      description: 'Denied: on the black list at some time in the three years before the check.',
    },
    ABNORMAL_OPERATION_IN_THREE_YEARS: {
      description:
        'Denied: in the 经营异常名录 (abnormal operation) at some time in the three years before the check.',
    },
    CLEAN_THREE_YEARS: {
      description:
        'Granted: three years of records on the platform and none of them adverse (连续三年无不良信用记录).',
    },
  },
});

export const checkRuleEnum = pgEnum(
  'check_rule',
  Object.values(CheckRule) as [CheckRule, ...CheckRule[]],
);
