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
