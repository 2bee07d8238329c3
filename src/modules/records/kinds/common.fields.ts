import { Role } from '../../../auth/viewer.js';
import type { KindField } from './kind.declaration.js';

const OVERSIGHT_ONLY: readonly Role[] = [Role.PUBLIC, Role.INSTITUTION];

/**
 * The counterpart (行政相对人) fields #1–#13 of both 双公示 templates, which differ only in their
 * code prefix (`XK` licensing, `CF` penalty), with their V1 headers (data-standard.md).
 */
export function counterpartFields(prefix: 'XK' | 'CF'): KindField[] {
  return [
    {
      name: 'counterpartName',
      label: '行政相对人名称',
      codes: [`${prefix}_XDR_MC`],
      // V1 licensing names the column XK_XDR, V1 penalty CF_XDR_MC.
      v1: [prefix === 'XK' ? 'XK_XDR' : 'CF_XDR_MC', '行政相对人名称'],
      aliases: [`${prefix}_XDR`],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    {
      name: 'counterpartCategory',
      label: '行政相对人类别',
      codes: [`${prefix}_XDR_LB`],
      type: 'ENUM',
      requirement: 'REQUIRED',
      values: ['LEGAL_ENTITY', 'NATURAL_PERSON', 'INDIVIDUAL_BUSINESS'],
    },
    {
      name: 'creditCode',
      label: '行政相对人代码_1(统一社会信用代码)',
      codes: [`${prefix}_XDR_SHXYM`],
      v1: [`${prefix}_XDR_SHXYM`, '行政相对人代码_1(统一社会信用代码)'],
      aliases: ['统一社会信用代码', '行政相对人代码_1'],
      type: 'CREDIT_CODE',
      requirement: 'CONDITIONAL',
    },
    {
      name: 'businessRegistrationNo',
      label: '行政相对人代码_2(工商注册号)',
      codes: [`${prefix}_XDR_GSZC`],
      v1: [`${prefix}_XDR_GSDJ`, '行政相对人代码_3(工商登记码)'],
      aliases: ['工商注册号', '工商登记码', '行政相对人代码_2'],
      type: 'TEXT',
      requirement: 'CONDITIONAL',
      maxLength: 50,
    },
    {
      name: 'organizationCode',
      label: '行政相对人代码_3(组织机构代码)',
      codes: [`${prefix}_XDR_ZZJG`],
      v1: [`${prefix}_XDR_ZDM`, '行政相对人代码_2(组织机构代码)'],
      aliases: ['组织机构代码', '行政相对人代码_3'],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 9,
    },
    {
      name: 'taxRegistrationNo',
      label: '行政相对人代码_4(税务登记号)',
      codes: [`${prefix}_XDR_SWDJ`],
      v1: [`${prefix}_XDR_SWDJ`, '行政相对人代码_4(税务登记号)'],
      aliases: ['税务登记号', '行政相对人代码_4'],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 15,
    },
    {
      name: 'institutionCertificateNo',
      label: '行政相对人代码_5(事业单位证书号)',
      codes: [`${prefix}_XDR_SYDW`],
      aliases: ['事业单位证书号', '行政相对人代码_5'],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 12,
    },
    {
      name: 'socialOrganizationNo',
      label: '行政相对人代码_6(社会组织登记证号)',
      codes: [`${prefix}_XDR_SHZZ`],
      aliases: ['社会组织登记证号', '社会组织代码', '行政相对人代码_6'],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 50,
    },
    {
      name: 'legalRepresentative',
      label: '法定代表人',
      codes: [`${prefix}_FRDB`],
      v1: [`${prefix}_FR`, '法定代表人姓名'],
      type: 'TEXT',
      requirement: 'CONDITIONAL',
      maxLength: 50,
    },
    {
      name: 'legalRepresentativeIdType',
      label: '法定代表人证件类型',
      codes: [`${prefix}_FR_ZJLX`],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 64,
    },
    {
      name: 'legalRepresentativeIdNumber',
      label: '法定代表人证件号码',
      codes: [`${prefix}_FR_ZJHM`],
      aliases: ['法定代表人身份证号'],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 64,
      hiddenFrom: [Role.PUBLIC],
      masking: 'ID_NUMBER',
    },
    {
      name: 'personIdType',
      label: '证件类型',
      codes: [`${prefix}_XDR_ZJLX`],
      type: 'TEXT',
      requirement: 'CONDITIONAL',
      maxLength: 64,
    },
    {
      name: 'personIdNumber',
      label: '证件号码',
      codes: [`${prefix}_XDR_ZJHM`],
      v1: [`${prefix}_XDR_SFZ`, '行政相对人代码_5(居民身份证号)'],
      aliases: ['居民身份证号'],
      type: 'TEXT',
      requirement: 'CONDITIONAL',
      maxLength: 64,
      hiddenFrom: [Role.PUBLIC],
      masking: 'ID_NUMBER',
    },
  ];
}

/**
 * The deciding authority, its 当前状态, source unit, remarks and usage scope of both 双公示
 * templates. V1 has no authority-code or source-unit columns (the importer takes them from the
 * key or an option).
 */
export function authorityAndSourceFields(prefix: 'XK' | 'CF'): KindField[] {
  const authorityLabel = prefix === 'XK' ? '许可机关' : '处罚机关';
  return [
    {
      name: 'authority',
      label: authorityLabel,
      codes: [prefix === 'XK' ? 'XK_XKJG' : 'CF_CFJG'],
      v1: [`${prefix}_XZJG`, authorityLabel],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    {
      name: 'authorityCode',
      label: `${authorityLabel}统一社会信用代码`,
      codes: prefix === 'XK' ? ['XK_XKJGDM'] : ['CF_CFJGDM'],
      type: 'CREDIT_CODE',
      requirement: 'REQUIRED',
    },
    {
      // V2 `1` 有效 / `2` 无效, V1 `0` 正常 / `1` 撤销 / `2` 异议 / `3` 其他 (data-standard.md);
      // the importer reads a cell by its layout (statusCodeOf).
      name: 'status',
      label: '当前状态',
      codes: [`${prefix}_ZT`],
      v1: [`${prefix}_ZT`, '当前状态'],
      type: 'ENUM',
      requirement: 'OPTIONAL',
      values: ['VALID', 'INVALID', 'REVOKED', 'OBJECTION', 'OTHER'],
    },
    {
      name: 'sourceUnit',
      label: '数据来源单位',
      codes: prefix === 'XK' ? ['XK_LYDW'] : ['CF_SJLY'],
      type: 'TEXT',
      requirement: 'REQUIRED',
      maxLength: 200,
    },
    {
      name: 'sourceUnitCode',
      label: '数据来源单位统一社会信用代码',
      codes: prefix === 'XK' ? ['XK_LYDWDM'] : ['CF_SJLYDM'],
      type: 'CREDIT_CODE',
      requirement: 'REQUIRED',
    },
    {
      name: 'remarks',
      label: '备注',
      codes: ['BZ'],
      v1: ['BZ', '备注'],
      type: 'TEXT',
      requirement: 'OPTIONAL',
      maxLength: 512,
    },
    {
      name: 'usageScope',
      label: '信息使用范围',
      codes: ['XXSYFW'],
      v1: [`${prefix}_SYFW`, '信息使用范围'],
      type: 'ENUM',
      requirement: 'OPTIONAL',
      values: ['PUBLIC', 'AUTHORIZED', 'GOVERNMENT'],
    },
  ];
}

/** What the platform adds to every 双公示 record, under the same access rules. */
export const TYPED_RECORD_SYSTEM_FIELDS: readonly KindField[] = [
  { name: 'id', label: '标识', type: 'TEXT', requirement: 'REQUIRED', input: false },
  { name: 'kind', label: '信息类别', type: 'ENUM', requirement: 'REQUIRED', input: false },
  { name: 'catalogItemCode', label: '目录项', type: 'TEXT', requirement: 'REQUIRED', input: false },
  {
    name: 'catalogItemVersion',
    label: '目录版本',
    type: 'TEXT',
    requirement: 'REQUIRED',
    input: false,
  },
  { name: 'version', label: '记录版本', type: 'TEXT', requirement: 'REQUIRED', input: false },
  { name: 'receivedAt', label: '接收时间', type: 'DATE', requirement: 'REQUIRED', input: false },
  { name: 'updatedAt', label: '更新时间', type: 'DATE', requirement: 'REQUIRED', input: false },
  { name: 'publishedAt', label: '公开时间', type: 'DATE', requirement: 'OPTIONAL', input: false },
  {
    name: 'revokedAt',
    label: '撤销时间',
    type: 'DATE',
    requirement: 'OPTIONAL',
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
  {
    name: 'repairedAt',
    label: '信用修复时间',
    type: 'DATE',
    requirement: 'OPTIONAL',
    input: false,
    hiddenFrom: OVERSIGHT_ONLY,
  },
  { name: 'subject', label: '主体', type: 'TEXT', requirement: 'OPTIONAL', input: false },
  { name: 'disclosure', label: '公示时限', type: 'TEXT', requirement: 'REQUIRED', input: false },
];
