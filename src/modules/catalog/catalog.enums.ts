import { pgEnum } from 'drizzle-orm/pg-core';
import { registerEnumType } from 'type-graphql';

/** 信息使用范围: who may see a record. */
export enum UsageScope {
  PUBLIC = 'PUBLIC',
  AUTHORIZED = 'AUTHORIZED',
  GOVERNMENT = 'GOVERNMENT',
}
registerEnumType(UsageScope, {
  name: 'UsageScope',
  description: '信息使用范围: who may see a record.',
  valuesConfig: {
    PUBLIC: { description: '公示: published to everyone.' },
    AUTHORIZED: { description: '仅可授权查询: visible to institutions the subject authorised.' },
    GOVERNMENT: { description: '仅政府部门内部共享: government departments only.' },
  },
});

export const usageScopeEnum = pgEnum('usage_scope', [
  UsageScope.PUBLIC,
  UsageScope.AUTHORIZED,
  UsageScope.GOVERNMENT,
]);

/** What kind of body a catalog item's provider is. */
export enum ProviderCategory {
  DEPARTMENT = 'DEPARTMENT',
  PLATFORM = 'PLATFORM',
}
registerEnumType(ProviderCategory, {
  name: 'ProviderCategory',
  description: 'What kind of body a data provider (数据来源单位) is.',
  valuesConfig: {
    DEPARTMENT: { description: '政府部门: a government department or public body.' },
    PLATFORM: {
      description:
        '平台企业: an e-commerce or internet platform reporting on the merchants it hosts (平台违规处置, 平台信用承诺).',
    },
  },
});

export const providerCategoryEnum = pgEnum('provider_category', [
  ProviderCategory.DEPARTMENT,
  ProviderCategory.PLATFORM,
]);
