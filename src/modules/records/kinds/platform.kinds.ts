import { UsageScope } from '../../catalog/index.js';
import { catalogCommonFields } from './catalog.kinds.js';
import type { RecordKindDeclaration } from './kind.declaration.js';

/**
 * What e-commerce platforms report about the merchants they host (平台企业作为数据来源单位;
 * 《电子商务法》第二十九条、第三十一条; 穗府办〔2014〕41号 三(1) 网络交易平台的信用服务).
 * The platform is the record's source unit: its 统一社会信用代码 is `sourceUnitCode`, and the
 * catalog lists it as a provider of category PLATFORM. The merchant is the counterpart.
 */

/** 平台违规处置信息: a platform's measure against a merchant for breaking its rules or the law. */
export const PLATFORM_VIOLATION_KIND: RecordKindDeclaration = {
  code: 'PLATFORM_VIOLATION',
  name: '平台违规处置信息',
  category: 'OTHER',
  description:
    'Measures an e-commerce platform took against a merchant it hosts for a violation (平台违规处置).',
  storage: 'CATALOG',
  graphqlType: 'CatalogRecord',
  inputType: 'CatalogRecordInput',
  identityField: 'recordNumber',
  usageScope: UsageScope.AUTHORIZED,
  requiresReview: false,
  deadline: 'NONE',
  publicityRule: 'Shared with authorised institutions and government departments for three years.',
  legalBasis: '《中华人民共和国电子商务法》第二十九条、第三十六条; 穗府办〔2014〕41号',
  updateFrequency: 'daily, in bulk',
  fields: [
    ...catalogCommonFields('处置日期'),
    {
      name: 'platformName',
      label: '平台名称',
      aliases: ['电子商务平台名称'],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    {
      name: 'storeName',
      label: '店铺名称',
      aliases: ['网店名称'],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 200,
    },
    {
      name: 'storeUrl',
      label: '店铺网址',
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 500,
    },
    {
      name: 'violationType',
      label: '违规类型',
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: [
        '销售假冒伪劣商品',
        '虚假宣传',
        '刷单炒信',
        '价格违法',
        '侵犯知识产权',
        '违反消费者权益保护规定',
        '资质证照不实',
        '其他',
      ],
    },
    {
      name: 'violation',
      label: '违规事实',
      aliases: ['违规行为'],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 2000,
    },
    {
      name: 'basis',
      label: '处置依据',
      aliases: ['依据的平台规则'],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 500,
    },
    {
      name: 'measure',
      label: '处置措施',
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: ['警示', '下架商品', '限制发布商品', '暂停服务', '扣除保证金', '清退', '其他'],
    },
    {
      name: 'measureDetail',
      label: '处置内容',
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 1000,
    },
    { name: 'measureUntil', label: '处置期限至', type: 'DATE', requirement: 'OPTIONAL' },
  ],
};

/** 平台信用承诺信息: a commitment a merchant made to the platform, and whether it was kept. */
export const PLATFORM_COMMITMENT_KIND: RecordKindDeclaration = {
  code: 'PLATFORM_COMMITMENT',
  name: '平台信用承诺信息',
  category: 'COMMITMENT',
  description:
    'Credit commitments merchants made to an e-commerce platform they sell on, and whether they were kept (平台信用承诺).',
  storage: 'CATALOG',
  graphqlType: 'CatalogRecord',
  inputType: 'CatalogRecordInput',
  identityField: 'recordNumber',
  usageScope: UsageScope.PUBLIC,
  requiresReview: false,
  deadline: 'NONE',
  publicityRule: 'Public while the commitment is in force.',
  legalBasis: '《中华人民共和国电子商务法》第三十二条; 穗府办〔2014〕41号',
  updateFrequency: 'daily, in bulk',
  fields: [
    ...catalogCommonFields('记录日期'),
    {
      name: 'platformName',
      label: '平台名称',
      aliases: ['电子商务平台名称'],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    {
      name: 'storeName',
      label: '店铺名称',
      aliases: ['网店名称'],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 200,
    },
    {
      name: 'commitmentType',
      label: '承诺类型',
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: ['入驻承诺', '商品质量承诺', '售后服务承诺', '信用修复承诺', '其他'],
    },
    { name: 'content', label: '承诺内容', type: 'TEXT', requirement: 'REQUIRED', maxLength: 2000 },
    { name: 'commitmentDate', label: '承诺日期', type: 'DATE', requirement: 'REQUIRED' },
    { name: 'validUntil', label: '承诺有效期至', type: 'DATE', requirement: 'OPTIONAL' },
    {
      name: 'fulfilment',
      label: '履约状态',
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: ['履约中', '已履约', '未履约'],
    },
    {
      name: 'breach',
      label: '违诺情况',
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 1000,
    },
  ],
};
