import type { DbOrTx } from '../src/db/types.js';
import { CATALOG_CODES, insertMissingCatalogItems } from '../src/modules/catalog/index.js';
import { DEMO_DEPARTMENTS } from './demo.seed.js';
import { MEASURES_SEED } from '../src/modules/checks/index.js';
import { measures } from '../src/modules/checks/index.js';
import { UsageScope } from '../src/modules/catalog/index.js';

/** The catalog items the platform starts with (公共信用信息目录), by the seeds' policy documents. */
export const CATALOG_SEED = [
  {
    code: 'REGISTRATION_BASICS',
    name: '登记注册基本信息',
    category: 'REGISTRATION',
    description: 'Name, credit code, legal representative and registration details of a subject.',
    usageScope: UsageScope.PUBLIC,
    requiresReview: false,
    publicityRule: 'Public while the registration stands.',
    legalBasis: '《企业信息公示暂行条例》; 京政发〔2017〕15号 二(一)1',
    updateFrequency: 'daily',
  },
  {
    code: CATALOG_CODES.licensing,
    name: '行政许可信息',
    category: 'LICENSING',
    description: 'Administrative licensing decisions (双公示), in the national field layout.',
    usageScope: UsageScope.PUBLIC,
    requiresReview: false,
    publicityRule:
      'Public within 7 working days of the decision, while the licence is valid (validTo ≥ today).',
    legalBasis: '国办发〔2015〕51号; 国发〔2016〕33号; 发改办财金〔2018〕424号',
    updateFrequency: 'within 7 working days of each decision',
  },
  {
    code: CATALOG_CODES.penalty,
    name: '行政处罚信息',
    category: 'PENALTY',
    description: 'Administrative penalty decisions (双公示), in the national field layout.',
    usageScope: UsageScope.PUBLIC,
    requiresReview: false,
    publicityRule:
      'Public within 7 working days of the decision, for the publicity period of its regime (发改办财金〔2019〕527号, 国家发展改革委令第58号, 第36号).',
    legalBasis: '国办发〔2015〕51号; 国发〔2016〕33号; 《信用修复管理办法》',
    updateFrequency: 'within 7 working days of each decision',
  },
  {
    code: 'RED_LIST',
    name: '守信激励对象名单（诚信典型）',
    category: 'RED_LIST',
    description: 'Subjects recognised as trustworthy by a listing authority.',
    usageScope: UsageScope.PUBLIC,
    requiresReview: false,
    publicityRule: 'Public while the listing is valid.',
    legalBasis: '京政发〔2017〕15号 二(二)',
    updateFrequency: 'on each listing decision',
  },
  {
    code: 'BLACK_LIST',
    name: '严重失信主体名单',
    category: 'BLACK_LIST',
    description: 'Subjects listed as seriously untrustworthy, with basis and listing dates.',
    usageScope: UsageScope.PUBLIC,
    requiresReview: false,
    publicityRule: 'Public while listed; removed on expiry, repair or by the listing authority.',
    legalBasis: '京政发〔2017〕15号 二(三)',
    updateFrequency: 'on each listing decision',
  },
  {
    code: 'CREDIT_COMMITMENT',
    name: '信用承诺信息',
    category: 'COMMITMENT',
    description: 'Credit commitments made by subjects, and whether they were kept.',
    usageScope: UsageScope.PUBLIC,
    requiresReview: false,
    publicityRule: 'Public while the commitment is in force.',
    legalBasis: '京政发〔2017〕15号 二(四)',
    updateFrequency: 'on each commitment',
    fields: [
      {
        name: 'commitmentType',
        label: '承诺类型',
        type: 'ENUM' as const,
        required: true,
        values: [
          '审批替代型',
          '容缺受理型',
          '证明事项告知承诺',
          '行业自律型',
          '主动型',
          '信用修复型',
        ],
      },
      {
        name: 'content',
        label: '承诺内容',
        type: 'TEXT' as const,
        required: true,
        maxLength: 2000,
      },
      { name: 'commitmentDate', label: '承诺日期', type: 'DATE' as const, required: true },
      {
        name: 'fulfilment',
        label: '履约状态',
        type: 'ENUM' as const,
        required: true,
        values: ['履约中', '已履约', '未履约'],
      },
      {
        name: 'acceptingAuthority',
        label: '承诺受理单位',
        type: 'TEXT' as const,
        required: false,
        maxLength: 200,
      },
      {
        name: 'contactPhone',
        label: '联系电话',
        type: 'TEXT' as const,
        required: false,
        maxLength: 30,
        hiddenFrom: ['PUBLIC', 'INSTITUTION'],
      },
    ],
  },
  {
    code: 'ABNORMAL_OPERATION',
    name: '经营异常名录',
    category: 'OTHER',
    description: 'Enterprises listed for abnormal operation by the market regulator.',
    usageScope: UsageScope.PUBLIC,
    requiresReview: false,
    publicityRule: 'Public while listed.',
    legalBasis: '《企业经营异常名录管理暂行办法》',
    updateFrequency: 'daily',
  },
];

/** Which demo departments provide which items. */
const PROVIDERS: Record<string, readonly string[]> = {
  REGISTRATION_BASICS: ['amr'],
  [CATALOG_CODES.licensing]: ['amr', 'eco', 'housing', 'transport', 'health', 'safety', 'fire'],
  [CATALOG_CODES.penalty]: ['amr', 'eco', 'housing', 'transport', 'health', 'safety', 'fire'],
  RED_LIST: ['amr', 'housing', 'transport'],
  BLACK_LIST: ['amr', 'housing', 'safety'],
  CREDIT_COMMITMENT: ['amr', 'eco', 'housing', 'transport', 'health', 'safety', 'fire'],
  ABNORMAL_OPERATION: ['amr'],
};

/**
 * Adds the items the platform starts with, and their providers, where they are missing. An item
 * already there is left as it is: the credit office may have changed it since. `at` is the
 * clock's now, recorded as the items' creation time.
 */
export async function seedCatalog(db: DbOrTx, at: Date): Promise<void> {
  await db
    .insert(measures)
    .values(MEASURES_SEED.map(measure => ({ ...measure, updatedAt: at })))
    .onConflictDoNothing();
  await insertMissingCatalogItems(
    db,
    CATALOG_SEED.map(item => ({
      ...item,
      providers: DEMO_DEPARTMENTS.filter(d => PROVIDERS[item.code]?.includes(d.key)).map(d => ({
        code: d.code,
        name: d.name,
      })),
    })),
    at,
  );
}
