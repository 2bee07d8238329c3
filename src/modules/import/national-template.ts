import { parseCalendarDate } from '../../shared/dates.js';
import { LICENCE_CATEGORY_LABELS, LicenceCategory } from '../records/index.js';
import { PENALTY_TYPE_LABELS, PenaltyType } from '../records/index.js';
import { SubjectCategory } from '../subjects/index.js';
import { UsageScope } from '../catalog/index.js';

export type ImportKind = 'licensing' | 'penalty';

/**
 * Column headers of the national 双公示 templates, V2 and V1 (data-standard.md), mapped to the
 * GraphQL input fields. A header matches by its field code (XK_*, CF_*), its Chinese name or the
 * camelCase field name, ignoring spaces and case. 公示截止期 is recognised but never sent: the
 * platform derives the publicity period itself.
 */
const COMMON_HEADERS: Record<string, string[]> = {
  counterpartName: ['XK_XDR_MC', 'CF_XDR_MC', '行政相对人名称'],
  counterpartCategory: ['XK_XDR_LB', 'CF_XDR_LB', '行政相对人类别'],
  creditCode: [
    'XK_XDR_SHXYM',
    'CF_XDR_SHXYM',
    '行政相对人代码_1(统一社会信用代码)',
    '统一社会信用代码',
    '行政相对人代码_1',
  ],
  businessRegistrationNo: [
    'XK_XDR_GSZC',
    'CF_XDR_GSZC',
    '行政相对人代码_2(工商注册号)',
    '工商注册号',
    '工商登记码',
    '行政相对人代码_2',
  ],
  organizationCode: [
    'XK_XDR_ZZJG',
    'CF_XDR_ZZJG',
    '行政相对人代码_3(组织机构代码)',
    '组织机构代码',
    '行政相对人代码_3',
  ],
  taxRegistrationNo: [
    'XK_XDR_SWDJ',
    'CF_XDR_SWDJ',
    '行政相对人代码_4(税务登记号)',
    '税务登记号',
    '行政相对人代码_4',
  ],
  institutionCertificateNo: [
    'XK_XDR_SYDW',
    'CF_XDR_SYDW',
    '行政相对人代码_5(事业单位证书号)',
    '事业单位证书号',
    '行政相对人代码_5',
  ],
  socialOrganizationNo: [
    'XK_XDR_SHZZ',
    'CF_XDR_SHZZ',
    '行政相对人代码_6(社会组织登记证号)',
    '社会组织登记证号',
    '社会组织代码',
    '行政相对人代码_6',
  ],
  legalRepresentative: ['XK_FRDB', 'CF_FRDB', '法定代表人', '法定代表人姓名'],
  legalRepresentativeIdType: ['XK_FR_ZJLX', 'CF_FR_ZJLX', '法定代表人证件类型'],
  legalRepresentativeIdNumber: [
    'XK_FR_ZJHM',
    'CF_FR_ZJHM',
    '法定代表人证件号码',
    '法定代表人身份证号',
  ],
  personIdType: ['XK_XDR_ZJLX', 'CF_XDR_ZJLX', '证件类型'],
  personIdNumber: ['XK_XDR_ZJHM', 'CF_XDR_ZJHM', '证件号码', '居民身份证号'],
  authority: ['XK_XKJG', 'CF_CFJG', '许可机关', '处罚机关'],
  authorityCode: ['XK_XKJGDM', 'CF_CFJGDM', '许可机关统一社会信用代码', '处罚机关统一社会信用代码'],
  sourceUnit: ['XK_LYDW', 'CF_SJLY', '数据来源单位'],
  sourceUnitCode: ['XK_LYDWDM', 'CF_SJLYDM', '数据来源单位统一社会信用代码'],
  remarks: ['BZ', '备注'],
  usageScope: ['信息使用范围', 'XXSYFW'],
};

const LICENSING_HEADERS: Record<string, string[]> = {
  ...COMMON_HEADERS,
  documentTitle: ['XK_XKWS', '行政许可决定文书名称', '项目名称'],
  documentNumber: ['XK_WSH', '行政许可决定文书号', '行政许可决定书文号'],
  licenceCategory: ['XK_XKLB', '许可类别', '审批类别'],
  certificateName: ['XK_XKZS', '许可证书名称'],
  certificateNumber: ['XK_XKBH', '许可编号'],
  content: ['XK_NR', '许可内容'],
  decisionDate: ['XK_JDRQ', '许可决定日期'],
  validFrom: ['XK_YXQZ', '有效期自'],
  validTo: ['XK_YXQZI', '有效期至', '许可截止期'],
};

const PENALTY_HEADERS: Record<string, string[]> = {
  ...COMMON_HEADERS,
  documentNumber: ['CF_WSH', '行政处罚决定书文号'],
  violationType: ['CF_WFXW', '违法行为类型', '处罚名称'],
  facts: ['CF_SY', '违法事实', '处罚事由'],
  basis: ['CF_YJ', '处罚依据'],
  penaltyTypes: ['CF_CFLB', '处罚类别', '处罚类别1'],
  penaltyTypes2: ['处罚类别2'],
  content: ['CF_NR', '处罚内容', '处罚结果'],
  fineAmount: ['CF_NR_FK', '罚款金额（万元）', '罚款金额(万元)', '罚款金额'],
  confiscatedAmount: [
    'CF_NR_WFFF',
    '没收违法所得、没收非法财物的金额（万元）',
    '没收违法所得、没收非法财物的金额(万元)',
  ],
  suspendedLicence: ['CF_NR_ZKDX', '暂扣或吊销证照名称及编号'],
  decisionDate: ['CF_JDRQ', '处罚决定日期'],
  penaltyValidUntil: ['CF_YXQ', '处罚有效期'],
  publicityEndDate: ['CF_GSJZQ', '公示截止期'],
  severity: ['严重程度'],
  sector: ['领域'],
};

function normalizeHeader(value: string): string {
  return value
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

export interface HeaderMapping {
  /** Column index → input field. */
  fields: Map<number, string>;
  /** Headers that match no field; their values are not sent. */
  unknown: string[];
  /** Which template the headers look like. */
  layout: 'V2' | 'V1';
}

export function mapHeaders(kind: ImportKind, headers: readonly string[]): HeaderMapping {
  const table = kind === 'licensing' ? LICENSING_HEADERS : PENALTY_HEADERS;
  const lookup = new Map<string, string>();
  for (const [field, names] of Object.entries(table)) {
    for (const name of [...names, field]) {
      lookup.set(normalizeHeader(name), field);
    }
  }
  const fields = new Map<number, string>();
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    const field = lookup.get(normalizeHeader(header));
    if (field === undefined) {
      if (header.trim() !== '') {
        unknown.push(header);
      }
    } else if (![...fields.values()].includes(field)) {
      fields.set(index, field);
    }
  });
  const has = (field: string) => [...fields.values()].includes(field);
  const layout = has('counterpartCategory') || has('sourceUnitCode') ? 'V2' : 'V1';
  return { fields, unknown, layout };
}

export interface ClientRejection {
  field: string;
  code: 'INVALID_VALUE';
  message: string;
}

export interface Defaults {
  sourceUnit?: string | undefined;
  sourceUnitCode?: string | undefined;
  authorityCode?: string | undefined;
}

const CATEGORY_LABELS: Record<string, SubjectCategory> = {
  法人及非法人组织: SubjectCategory.LEGAL_ENTITY,
  法人和非法人组织: SubjectCategory.LEGAL_ENTITY,
  法人: SubjectCategory.LEGAL_ENTITY,
  非法人组织: SubjectCategory.LEGAL_ENTITY,
  自然人: SubjectCategory.NATURAL_PERSON,
  个体工商户: SubjectCategory.INDIVIDUAL_BUSINESS,
};

const SCOPE_LABELS: Record<string, UsageScope> = {
  '0': UsageScope.PUBLIC,
  公示: UsageScope.PUBLIC,
  '1': UsageScope.GOVERNMENT,
  仅政府部门内部共享: UsageScope.GOVERNMENT,
  '2': UsageScope.AUTHORIZED,
  仅可授权查询: UsageScope.AUTHORIZED,
};

const PENALTY_LABELS = new Map<string, PenaltyType[]>([
  ...Object.entries(PENALTY_TYPE_LABELS).map(
    ([type, label]) => [label, [type as PenaltyType]] as [string, PenaltyType[]],
  ),
  ['暂扣许可证', [PenaltyType.SUSPEND_LICENCE]],
  ['暂扣执照', [PenaltyType.SUSPEND_LICENCE]],
  ['暂扣许可证件', [PenaltyType.SUSPEND_LICENCE]],
  ['吊销许可证', [PenaltyType.REVOKE_LICENCE]],
  ['吊销执照', [PenaltyType.REVOKE_LICENCE]],
  ['吊销许可证件', [PenaltyType.REVOKE_LICENCE]],
  [
    '没收违法所得、没收非法财物',
    [PenaltyType.CONFISCATE_ILLEGAL_GAINS, PenaltyType.CONFISCATE_ILLEGAL_PROPERTY],
  ],
  ['没收非法所得', [PenaltyType.CONFISCATE_ILLEGAL_GAINS]],
  ['责令停产停业', [PenaltyType.ORDER_SUSPEND_PRODUCTION]],
  ['降低资质等级', [PenaltyType.DOWNGRADE_QUALIFICATION]],
]);

/**
 * Splits a 处罚类别 cell (types joined with `；`) into penalty types. The V2 list's combined
 * "暂扣或者吊销许可证、暂扣或者吊销执照" means one of the two: it is read as a revocation when
 * the decision's content says 吊销, otherwise as a suspension. `其他-…` gives OTHER and its text.
 */
export function parsePenaltyTypes(
  cell: string,
  content: string,
): { types: PenaltyType[]; other: string | null; unknown: string[] } {
  const types = new Set<PenaltyType>();
  const unknown: string[] = [];
  let other: string | null = null;
  const normalized = cell
    .replace(/暂扣或者吊销许可证、暂扣或者吊销执照/g, '暂扣或者吊销')
    .replace(/没收违法所得、没收非法财物/g, '没收违法所得;没收非法财物');
  for (const raw of normalized.split(/[；;，,、\n]/)) {
    const part = raw.trim();
    if (part === '') {
      continue;
    }
    if (part.startsWith('暂扣或者吊销')) {
      types.add(
        content.includes('吊销') ? PenaltyType.REVOKE_LICENCE : PenaltyType.SUSPEND_LICENCE,
      );
      continue;
    }
    const otherMatch = /^其他[-－—:：](.+)$/.exec(part);
    if (otherMatch !== null) {
      types.add(PenaltyType.OTHER);
      other = otherMatch[1]!.trim();
      continue;
    }
    const known =
      PENALTY_LABELS.get(part) ??
      (part.toUpperCase() in PENALTY_TYPE_LABELS ? [part.toUpperCase() as PenaltyType] : undefined);
    if (known === undefined) {
      unknown.push(part);
    } else {
      known.forEach(type => types.add(type));
    }
  }
  return { types: [...types], other, unknown };
}

function licenceCategoryOf(value: string): LicenceCategory | { other: string } | null {
  const entry = Object.entries(LICENCE_CATEGORY_LABELS).find(([, label]) => label === value);
  if (entry !== undefined) {
    return entry[0] as LicenceCategory;
  }
  if (value.toUpperCase() in LICENCE_CATEGORY_LABELS) {
    return value.toUpperCase() as LicenceCategory;
  }
  const other = /^其他[-－—:：](.+)$/.exec(value);
  return other === null ? null : { other: other[1]!.trim() };
}

function inferCategory(row: Record<string, string>): SubjectCategory | null {
  const code = (row['creditCode'] ?? '').toUpperCase();
  if (code.startsWith('92') || code === '00000000000000000X') {
    return SubjectCategory.INDIVIDUAL_BUSINESS;
  }
  if (code !== '') {
    return SubjectCategory.LEGAL_ENTITY;
  }
  return (row['personIdNumber'] ?? '') !== '' ? SubjectCategory.NATURAL_PERSON : null;
}

/**
 * Turns one template row into a GraphQL record input. Dates in `YYYY/MM/DD` become
 * `YYYY-MM-DD`; a date that cannot be read is passed on as written, so that the server rejects
 * it naming the field. Code-list values (category, licence category, penalty types, usage
 * scope) that match no known label are rejected here, since the API only accepts the enum.
 * V1 files lack some V2 columns: the category is inferred from the codes, the validity start
 * of a licence is its decision date, a penalty's validity ends on its decision date, and the
 * source unit comes from `defaults` (the importing key's organisation).
 */
export function toRecordInput(
  kind: ImportKind,
  mapping: HeaderMapping,
  cells: readonly string[],
  defaults: Defaults,
): { input: Record<string, unknown>; rejections: ClientRejection[] } {
  const row: Record<string, string> = {};
  mapping.fields.forEach((field, index) => {
    const value = (cells[index] ?? '').trim();
    if (value !== '') {
      row[field] = value;
    }
  });
  const rejections: ClientRejection[] = [];
  const input: Record<string, unknown> = {};
  const copy = (field: string) => {
    if (row[field] !== undefined) {
      input[field] = row[field];
    }
  };
  for (const field of [
    'counterpartName',
    'creditCode',
    'businessRegistrationNo',
    'organizationCode',
    'taxRegistrationNo',
    'institutionCertificateNo',
    'socialOrganizationNo',
    'legalRepresentative',
    'legalRepresentativeIdType',
    'legalRepresentativeIdNumber',
    'personIdType',
    'personIdNumber',
    'authority',
    'authorityCode',
    'sourceUnit',
    'sourceUnitCode',
    'remarks',
    'documentNumber',
    'content',
  ]) {
    copy(field);
  }
  input['sourceUnit'] ??= defaults.sourceUnit;
  input['sourceUnitCode'] ??= defaults.sourceUnitCode;
  input['authorityCode'] ??= defaults.authorityCode;

  const categoryCell = row['counterpartCategory'];
  if (categoryCell !== undefined) {
    const category =
      CATEGORY_LABELS[categoryCell] ??
      (categoryCell.toUpperCase() in SubjectCategory
        ? (categoryCell.toUpperCase() as SubjectCategory)
        : undefined);
    if (category === undefined) {
      rejections.push({
        field: 'counterpartCategory',
        code: 'INVALID_VALUE',
        message: `行政相对人类别 "${categoryCell}" must be 法人及非法人组织, 自然人 or 个体工商户.`,
      });
    } else {
      input['counterpartCategory'] = category;
    }
  } else if (mapping.layout === 'V1') {
    input['counterpartCategory'] = inferCategory(row);
  }

  const scopeCell = row['usageScope'];
  if (scopeCell !== undefined) {
    const scope =
      SCOPE_LABELS[scopeCell] ??
      (scopeCell.toUpperCase() in UsageScope ? (scopeCell.toUpperCase() as UsageScope) : undefined);
    if (scope === undefined) {
      rejections.push({
        field: 'usageScope',
        code: 'INVALID_VALUE',
        message: `信息使用范围 "${scopeCell}" is not 0/1/2, 公示, 仅政府部门内部共享 or 仅可授权查询.`,
      });
    } else {
      input['usageScope'] = scope;
    }
  }

  const date = (field: string) => {
    const value = row[field];
    if (value !== undefined) {
      input[field] = parseCalendarDate(value) ?? value;
    }
  };
  date('decisionDate');

  if (kind === 'licensing') {
    copy('documentTitle');
    copy('certificateName');
    copy('certificateNumber');
    date('validFrom');
    date('validTo');
    if (input['validFrom'] === undefined && mapping.layout === 'V1') {
      input['validFrom'] = input['decisionDate'];
    }
    const categoryValue = row['licenceCategory'];
    if (categoryValue !== undefined) {
      const category = licenceCategoryOf(categoryValue);
      if (category === null) {
        rejections.push({
          field: 'licenceCategory',
          code: 'INVALID_VALUE',
          message: `许可类别 "${categoryValue}" must be 普通, 特许, 认可, 核准, 登记 or 其他-….`,
        });
      } else if (typeof category === 'object') {
        input['licenceCategory'] = LicenceCategory.OTHER;
        input['licenceCategoryOther'] = category.other;
      } else {
        input['licenceCategory'] = category;
      }
    }
  } else {
    for (const field of [
      'violationType',
      'facts',
      'basis',
      'fineAmount',
      'confiscatedAmount',
      'suspendedLicence',
    ]) {
      copy(field);
    }
    for (const field of ['fineAmount', 'confiscatedAmount']) {
      if (typeof input[field] === 'string') {
        input[field] = (input[field] as string).replace(/,/g, '');
      }
    }
    date('penaltyValidUntil');
    if (input['penaltyValidUntil'] === undefined && mapping.layout === 'V1') {
      input['penaltyValidUntil'] = input['decisionDate'];
    }
    const typesCell = [row['penaltyTypes'], row['penaltyTypes2']].filter(Boolean).join('；');
    if (typesCell !== '') {
      const parsed = parsePenaltyTypes(typesCell, row['content'] ?? '');
      if (parsed.unknown.length > 0) {
        rejections.push({
          field: 'penaltyTypes',
          code: 'INVALID_VALUE',
          message: `处罚类别 ${parsed.unknown.map(u => `"${u}"`).join(', ')} not recognised (see 行政处罚法 Art. 9).`,
        });
      }
      input['penaltyTypes'] = parsed.types;
      if (parsed.other !== null) {
        input['penaltyTypeOther'] = parsed.other;
      }
    }
    if (row['severity'] !== undefined) {
      input['severity'] =
        { 轻微: 'MINOR', 一般: 'GENERAL', 严重: 'SERIOUS' }[row['severity']] ??
        row['severity'].toUpperCase();
    }
    if (row['sector'] !== undefined) {
      input['sector'] = row['sector'].toUpperCase();
    }
  }
  return { input, rejections };
}

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM) when they are valid UTF-8, otherwise
 * GB18030, the superset of the GBK that many departments' exports use. `encoding` forces one.
 */
export function decodeFile(
  bytes: Uint8Array,
  encoding: 'auto' | 'utf8' | 'gbk' = 'auto',
): { text: string; encoding: 'utf8' | 'gbk' } {
  if (encoding === 'gbk') {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''),
      encoding: 'utf8',
    };
  } catch (error) {
    if (encoding === 'utf8') {
      throw new Error('The file is not valid UTF-8; try --encoding gbk.', { cause: error });
    }
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
}
