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
