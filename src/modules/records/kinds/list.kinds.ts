import { Role } from '../../../auth/viewer.js';
import { UsageScope } from '../../catalog/index.js';
import type { KindField, RecordKindDeclaration } from './kind.declaration.js';

/** The fields of a list entry (credit-lists: ListEntryInput), as its listing authority sends them. */
const LIST_ENTRY_FIELDS: readonly KindField[] = [
  {
    name: 'listType',
    label: '名单类型',
    type: 'ENUM',
    requirement: 'REQUIRED',
    values: ['RED', 'BLACK'],
  },
  { name: 'subjectName', label: '主体名称', type: 'TEXT', requirement: 'REQUIRED', maxLength: 200 },
  { name: 'subjectCode', label: '统一社会信用代码', type: 'CREDIT_CODE', requirement: 'REQUIRED' },
  {
    name: 'documentNumber',
    label: '认定文书号',
    type: 'TEXT',
    requirement: 'REQUIRED',
    maxLength: 128,
  },
  {
    name: 'listingAuthority',
    label: '认定部门',
    type: 'TEXT',
    requirement: 'REQUIRED',
    maxLength: 200,
  },
  {
    name: 'listingAuthorityCode',
    label: '认定部门统一社会信用代码',
    type: 'CREDIT_CODE',
    requirement: 'REQUIRED',
  },
  { name: 'basis', label: '认定依据', type: 'TEXT', requirement: 'REQUIRED', maxLength: 2000 },
  { name: 'reason', label: '列入原因', type: 'TEXT', requirement: 'REQUIRED', maxLength: 2000 },
  { name: 'listedOn', label: '列入日期', type: 'DATE', requirement: 'REQUIRED' },
  { name: 'validUntil', label: '有效期至', type: 'DATE', requirement: 'OPTIONAL' },
  {
    name: 'usageScope',
    label: '信息使用范围',
    type: 'ENUM',
    requirement: 'OPTIONAL',
    values: ['PUBLIC', 'AUTHORIZED', 'GOVERNMENT'],
  },
];

/** When and why an entry was removed is for regulators, the credit office and providers. */
const OVERSIGHT_ONLY: readonly Role[] = [Role.PUBLIC, Role.INSTITUTION];

const LIST_ENTRY_SYSTEM_FIELDS: readonly KindField[] = [
  { name: 'id', label: '标识', type: 'TEXT', requirement: 'REQUIRED', input: false },
  { name: 'status', label: '状态', type: 'TEXT', requirement: 'REQUIRED', input: false },
  {
    name: 'removedAt',
    label: '移出时间',
    type: 'DATE',
    requirement: 'OPTIONAL',
    input: false,
    hiddenFrom: OVERSIGHT_ONLY,
  },
  {
    name: 'removalReason',
    label: '移出原因',
    type: 'TEXT',
    requirement: 'OPTIONAL',
    input: false,
    hiddenFrom: OVERSIGHT_ONLY,
  },
  {
    name: 'repairedAt',
    label: '信用修复时间',
    type: 'DATE',
    requirement: 'OPTIONAL',
    input: false,
    hiddenFrom: OVERSIGHT_ONLY,
  },
  {
    name: 'history',
    label: '变更记录',
    type: 'TEXT',
    requirement: 'REQUIRED',
    input: false,
    hiddenFrom: OVERSIGHT_ONLY,
  },
  {
    name: 'underObjection',
    label: '异议处理中',
    type: 'TEXT',
    requirement: 'REQUIRED',
    input: false,
  },
  { name: 'subject', label: '主体', type: 'TEXT', requirement: 'OPTIONAL', input: false },
  { name: 'version', label: '记录版本', type: 'TEXT', requirement: 'REQUIRED', input: false },
];

function listKind(
  code: 'RED_LIST' | 'BLACK_LIST',
  overrides: Pick<RecordKindDeclaration, 'name' | 'description' | 'publicityRule' | 'legalBasis'>,
): RecordKindDeclaration {
  return {
    code,
    category: code,
    storage: 'LIST_ENTRY',
    graphqlType: 'ListEntry',
    inputType: 'ListEntryInput',
    identityField: 'documentNumber',
    usageScope: UsageScope.PUBLIC,
    requiresReview: false,
    deadline: 'NONE',
    updateFrequency: 'on each listing decision',
    fields: LIST_ENTRY_FIELDS,
    systemFields: LIST_ENTRY_SYSTEM_FIELDS,
    ...overrides,
  };
}

/** 守信激励对象名单（诚信典型）. */
export const RED_LIST_KIND = listKind('RED_LIST', {
  name: '守信激励对象名单（诚信典型）',
  description: 'Subjects recognised as trustworthy by a listing authority.',
  publicityRule: 'Public while the listing is valid.',
  legalBasis: '京政发〔2017〕15号 二(二)',
});

/** 严重失信主体名单. */
export const BLACK_LIST_KIND = listKind('BLACK_LIST', {
  name: '严重失信主体名单',
  description: 'Subjects listed as seriously untrustworthy, with basis and listing dates.',
  publicityRule: 'Public while listed; removed on expiry, repair or by the listing authority.',
  legalBasis: '京政发〔2017〕15号 二(三)',
});
