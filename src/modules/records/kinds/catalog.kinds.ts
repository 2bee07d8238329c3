import { Role } from '../../../auth/viewer.js';
import { UsageScope } from '../../catalog/index.js';
import type { KindField, RecordKindDeclaration } from './kind.declaration.js';

/**
 * The fields every generically stored record has (catalog-record.table.ts columns); `dateLabel`
 * names the kind's own date (承诺日期, 列入日期, …).
 */
export function catalogCommonFields(dateLabel: string): KindField[] {
  return [
    {
      name: 'counterpartName',
      label: '主体名称',
      aliases: ['行政相对人名称', '企业名称'],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    {
      name: 'counterpartCategory',
      label: '主体类别',
      aliases: ['行政相对人类别'],
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: ['LEGAL_ENTITY', 'NATURAL_PERSON', 'INDIVIDUAL_BUSINESS'],
    },
    {
      name: 'creditCode',
      label: '统一社会信用代码',
      type: 'CREDIT_CODE',
      requirement: 'CONDITIONAL',
    },
    {
      name: 'recordNumber',
      label: '信息编号',
      aliases: ['记录编号', '编号'],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 128,
    },
    { name: 'decisionDate', label: dateLabel, type: 'DATE', requirement: 'REQUIRED' },
    {
      name: 'sourceUnit',
      label: '数据来源单位',
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    {
      name: 'sourceUnitCode',
      label: '数据来源单位统一社会信用代码',
      type: 'CREDIT_CODE',
      requirement: 'REQUIRED',
    },
    {
      name: 'usageScope',
      label: '信息使用范围',
      type: 'ENUM',
      requirement: 'OPTIONAL',
      values: ['PUBLIC', 'AUTHORIZED', 'GOVERNMENT'],
    },
  ];
}

const CONTACT_HIDDEN: readonly Role[] = [Role.PUBLIC, Role.INSTITUTION];

/** 信用承诺信息. */
export const CREDIT_COMMITMENT_KIND: RecordKindDeclaration = {
  code: 'CREDIT_COMMITMENT',
  name: '信用承诺信息',
  category: 'COMMITMENT',
  description: 'Credit commitments made by subjects, and whether they were kept.',
  storage: 'CATALOG',
  graphqlType: 'CatalogRecord',
  inputType: 'CatalogRecordInput',
  identityField: 'recordNumber',
  usageScope: UsageScope.PUBLIC,
  requiresReview: false,
  deadline: 'NONE',
  publicityRule: 'Public while the commitment is in force.',
  legalBasis: '京政发〔2017〕15号 二(四)',
  updateFrequency: 'on each commitment',
  fields: [
    ...catalogCommonFields('记录日期'),
    {
      name: 'commitmentType',
      label: '承诺类型',
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: [
        '审批替代型',
        '容缺受理型',
        '证明事项告知承诺',
        '行业自律型',
        '主动型',
        '信用修复型',
      ],
    },
    { name: 'content', label: '承诺内容', type: 'TEXT', requirement: 'REQUIRED', maxLength: 2000 },
    { name: 'commitmentDate', label: '承诺日期', type: 'DATE', requirement: 'REQUIRED' },
    {
      name: 'fulfilment',
      label: '履约状态',
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: ['履约中', '已履约', '未履约'],
    },
    {
      name: 'acceptingAuthority',
      label: '承诺受理单位',
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 200,
    },
    {
      name: 'contactPhone',
      label: '联系电话',
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 30,
      hiddenFrom: CONTACT_HIDDEN,
    },
  ],
};

/** 登记注册基本信息. */
export const REGISTRATION_BASICS_KIND: RecordKindDeclaration = {
  code: 'REGISTRATION_BASICS',
  name: '登记注册基本信息',
  category: 'REGISTRATION',
  description: 'Name, credit code, legal representative and registration details of a subject.',
  storage: 'CATALOG',
  graphqlType: 'CatalogRecord',
  inputType: 'CatalogRecordInput',
  identityField: 'recordNumber',
  usageScope: UsageScope.PUBLIC,
  requiresReview: false,
  deadline: 'NONE',
  publicityRule: 'Public while the registration stands.',
  legalBasis: '《企业信息公示暂行条例》; 京政发〔2017〕15号 二(一)1',
  updateFrequency: 'daily',
  fields: [
    ...catalogCommonFields('成立日期'),
    {
      name: 'legalRepresentative',
      label: '法定代表人',
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 50,
    },
    {
      name: 'entityType',
      label: '企业类型',
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 100,
    },
    {
      name: 'registeredCapital',
      label: '注册资本（万元）',
      type: 'DECIMAL',
      requirement: 'OPTIONAL',
    },
    { name: 'address', label: '住所', type: 'TEXT', requirement: 'REQUIRED', maxLength: 300 },
    {
      name: 'businessScope',
      label: '经营范围',
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 4000,
    },
    {
      name: 'registrationAuthority',
      label: '登记机关',
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    {
      name: 'registrationStatus',
      label: '登记状态',
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: ['存续', '在业', '吊销', '注销', '迁出'],
    },
  ],
};

/** 经营异常名录. */
export const ABNORMAL_OPERATION_KIND: RecordKindDeclaration = {
  code: 'ABNORMAL_OPERATION',
  name: '经营异常名录',
  category: 'OTHER',
  description: 'Enterprises listed for abnormal operation by the market regulator.',
  storage: 'CATALOG',
  graphqlType: 'CatalogRecord',
  inputType: 'CatalogRecordInput',
  identityField: 'recordNumber',
  usageScope: UsageScope.PUBLIC,
  requiresReview: false,
  deadline: 'NONE',
  publicityRule: 'Public while listed: until its 移出日期.',
  removal: { dateField: 'removalDate', reasonField: 'removalReason' },
  legalBasis: '《企业经营异常名录管理暂行办法》',
  updateFrequency: 'daily',
  fields: [
    ...catalogCommonFields('列入日期'),
    {
      name: 'listingReason',
      label: '列入经营异常名录原因',
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 500,
    },
    {
      name: 'listingAuthority',
      label: '作出决定机关',
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    { name: 'removalDate', label: '移出日期', type: 'DATE', requirement: 'OPTIONAL' },
    {
      name: 'removalReason',
      label: '移出经营异常名录原因',
      type: 'TEXT',
      requirement: 'CONDITIONAL',
      maxLength: 500,
    },
  ],
};
