/**
 * The one message catalogue of the platform: for every error code, every `extensions.reason`,
 * every row rejection and import warning, and every credit-code problem, the sentence a
 * department clerk or a member of the public reads, in Chinese (the default) and in English
 * (`Accept-Language: en`), with its parameters.
 *
 * A message names the field it concerns: in Chinese by the national template's column name
 * (行政相对人名称, 处罚决定日期 …, from the record kind declarations) or, for other arguments, by
 * the Chinese label below (`ARGUMENT_LABELS`); in English by the GraphQL name. The lists of codes
 * are const arrays, and the catalogue is typed by them, so a code without its two messages does
 * not compile (and test/unit/shared/messages.test.ts checks every one renders in both).
 */

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh';

/** A message in both languages. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

/** Every `extensions.code` the platform returns (GraphQL, HTTP and the export download). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BATCH_TOO_LARGE',
  'OBJECTION_LIMIT_REACHED',
  'REPAIR_TOO_EARLY',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every `extensions.reason` an error carries, so that a client can branch on it. */
export const ERROR_REASONS = [
  'MALFORMED_CURSOR',
  'UNKNOWN_PARAMETER',
  'MALFORMED_ID',
  'MALFORMED_CODE',
  'INVALID_CONTACT',
  'TOO_SHORT',
  'LENGTH',
  'OUT_OF_RANGE',
  'PERIOD_NOT_ENDED',
  'PERIOD_REVERSED',
  'NOT_A_PENALTY',
  'INVALID_DATE',
  'DATE_OUTSIDE_YEAR',
  'DATE_BOTH_OFF_AND_WORKING',
  'MAKE_UP_DAY_NOT_WEEKEND',
  'MEASURE_NOT_IN_CHECK',
  'REASON_REQUIRED',
  'OBJECTION_ALREADY_DECIDED',
  'OBJECTION_NOT_ACCEPTED',
  'REPAIR_ALREADY_DECIDED',
  'REPAIR_ALREADY_PENDING',
  'EVALUATION_MODEL_EXISTS',
  'UNKNOWN_INDICATOR',
  'INDICATOR_TWICE',
  'THRESHOLDS_ORDER',
  'SUPERVISION_MISSING',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** Stable codes of per-row rejections of a submission (`RecordRejection.code`). */
export const REJECTION_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'NOT_ALLOWED',
  'INVALID_VALUE',
  'INVALID_CREDIT_CODE',
  'PLACEHOLDER_NOT_ALLOWED',
  'CATEGORY_MISMATCH',
  'INVALID_ORGANIZATION_CODE',
  'INVALID_ID_NUMBER',
  'INVALID_DATE',
  'DATE_IN_FUTURE',
  'DATE_ORDER',
  'INVALID_AMOUNT',
  'NEGATIVE_AMOUNT',
  'SOURCE_UNIT_NOT_OWN',
  'NOT_A_PROVIDER_OF_ITEM',
  'UNKNOWN_FIELD',
  'UNKNOWN_SUBJECT',
  'CONFLICT_IN_BATCH',
  'MONITORING_LIMIT',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** Codes only the importer's reports carry: an unreadable line, and the warning of a stored row. */
export const IMPORT_CODES = ['MALFORMED_LINE', 'AMOUNT_UNKNOWN'] as const;

/** Why a credit code is not valid (`CreditCodeCheck.problem`, and `reason` of a bad CreditCode). */
export const CREDIT_CODE_PROBLEMS = [
  'EMPTY',
  'LENGTH',
  'CHARACTER',
  'BAD_TYPE',
  'BAD_DIVISION',
  'ORGANIZATION_CODE_CHECK',
  'CHECK_CHARACTER',
  'PLACEHOLDER',
] as const;
export type CreditCodeProblem = (typeof CREDIT_CODE_PROBLEMS)[number];

/**
 * The Chinese label of every argument and input field an error can name (`extensions.field`),
 * given as `extensions.column`. Record fields are named by their kind declaration instead.
 */
const ARGUMENT_LABELS = {
  url: '推送地址',
  after: '分页游标',
  first: '每页条数',
  id: '编号',
  ids: '记录编号列表',
  checkId: '核查编号',
  targetId: '异议或修复对象编号',
  code: '目录项代码',
  codes: '统一社会信用代码列表',
  query: '查询词',
  purpose: '查询目的',
  itemCode: '目录项代码',
  category: '目录类别',
  fields: '字段列表',
  providers: '数据提供单位',
  reason: '理由',
  records: '记录列表',
  entries: '名单条目列表',
  feedback: '反馈',
  scenarios: '适用场景',
  title: '措施名称',
  content: '措施内容',
  legalBasis: '法律依据',
  departments: '实施部门',
  matter: '核查事项',
  kind: '信息类别',
  format: '文件格式',
  from: '起始日期',
  to: '截止日期',
  subjectCode: '主体统一社会信用代码',
  validFrom: '授权起始日期',
  validUntil: '授权截止日期',
  documentReference: '授权书编号',
  filerName: '异议申请人',
  filerContact: '联系方式',
  grounds: '异议理由',
  evidence: '证明材料',
  input: '异议申请',
  outcome: '处理结果',
  organizationName: '机构名称',
  role: '角色',
  label: '密钥说明',
  year: '年份',
  daysOff: '休息日',
  makeUpWorkdays: '调休上班日',
  workingDays: '工作日数',
  'filter.dueWithin': '临期工作日数',
  severity: '严重程度',
  name: '名称',
  description: '说明',
  publicityRule: '公示规则',
  updateFrequency: '更新频率',
  note: '处理意见',
  applicantName: '申请人',
  applicantContact: '申请人联系方式',
  contact: '联系方式',
  trackingNumber: '受理编号',
  proofOfPerformance: '履行证明材料',
  creditCommitment: '信用承诺书',
  version: '评价模型版本',
  baseScore: '基础分',
  thresholds: '等级分数线',
  indicators: '评价指标',
  gradeCaps: '等级上限规则',
  supervision: '分类监管建议',
  basis: '依据',
} as const;
export type ArgumentName = keyof typeof ARGUMENT_LABELS;

/** The Chinese label of an argument, or the name itself when it has none. */
export function argumentLabel(field: string): string {
  return (ARGUMENT_LABELS as Readonly<Record<string, string>>)[field] ?? field;
}

/** A field as a message names it: GraphQL name (English) and Chinese column or label. */
export interface Named {
  readonly field: string;
  readonly column: string;
}

/** An argument as messages name it. */
export function named(field: ArgumentName): Named {
  return { field, column: ARGUMENT_LABELS[field] };
}

/** Item `index` (zero-based) of a list argument: `daysOff[3]` / `休息日第 4 项`. */
export function itemOf(field: ArgumentName, index: number): Named {
  return { field: `${field}[${index}]`, column: `${ARGUMENT_LABELS[field]}第 ${index + 1} 项` };
}

/** Things that can be missing (`NOT_FOUND`). */
const THINGS = {
  CATALOG_ITEM: { zh: '目录项', en: 'The catalog item' },
  PENALTY: { zh: '该行政处罚记录', en: 'The penalty record' },
  RECORD: { zh: '该记录', en: 'The record' },
  RECORDS: { zh: '记录', en: 'Record' },
  CREDIT_CHECK: { zh: '该信用核查', en: 'The credit check' },
  SUBJECT: { zh: '该主体', en: 'The subject' },
  AUTHORIZATION: { zh: '该授权', en: 'The authorization' },
  REPAIR_APPLICATION: { zh: '该信用修复申请', en: 'The repair application' },
  LIST_ENTRY: { zh: '该名单条目', en: 'The list entry' },
  OBJECTION: { zh: '该异议', en: 'The objection' },
  API_KEY: { zh: '该 API 密钥', en: 'The API key' },
  EXPORT_BATCH: { zh: '该导出批次', en: 'The export batch' },
} as const;
export type Thing = keyof typeof THINGS;

/** Status words of objections and repair applications, as messages say them. */
const STATUS_WORDS: Readonly<Record<string, Localized>> = {
  FILED: { zh: '已提交', en: 'filed' },
  ACCEPTED: { zh: '已受理', en: 'accepted' },
  REJECTED: { zh: '已驳回', en: 'rejected' },
  DECIDED: { zh: '已办结', en: 'decided' },
  PENDING: { zh: '待处理', en: 'pending' },
  APPROVED: { zh: '已批准', en: 'approved' },
};

/** The lifecycle events, as a sentence says what was asked: "不能{撤销}". */
const EVENT_WORDS: Readonly<Record<string, Localized>> = {
  PUBLISH: { zh: '公开', en: 'published' },
  CORRECT: { zh: '更正', en: 'corrected' },
  ACCEPT_OBJECTION: { zh: '标记为异议处理中', en: 'put under objection (异议处理中)' },
  UPHOLD_ON_OBJECTION: { zh: '按异议处理结果维持', en: 'upheld on objection' },
  CORRECTED_ON_OBJECTION: { zh: '按异议处理结果更正', en: 'closed as corrected on objection' },
  REVOKE: { zh: '撤销', en: 'revoked' },
  WITHDRAW: { zh: '由报送部门撤回', en: 'withdrawn by its department' },
  REMOVE: { zh: '移出名单', en: 'removed from its list' },
  REPAIR: { zh: '信用修复', en: 'repaired (信用修复)' },
};

/** The lifecycle states of records and list entries. */
const STATE_WORDS: Readonly<Record<string, Localized>> = {
  RECEIVED: { zh: '已接收', en: 'RECEIVED' },
  PUBLISHED: { zh: '已公开', en: 'PUBLISHED' },
  REVOKED: { zh: '已撤销', en: 'REVOKED' },
  REPAIRED: { zh: '已信用修复', en: 'REPAIRED' },
  LISTED: { zh: '在名单上', en: 'LISTED' },
  REMOVED: { zh: '已移出名单', en: 'REMOVED' },
};

/** Counterpart categories, for CATEGORY_MISMATCH. */
const CATEGORY_WORDS: Readonly<Record<string, Localized>> = {
  LEGAL_ENTITY: { zh: '法人及非法人组织', en: 'LEGAL_ENTITY' },
  NATURAL_PERSON: { zh: '自然人', en: 'NATURAL_PERSON' },
  INDIVIDUAL_BUSINESS: { zh: '个体工商户', en: 'INDIVIDUAL_BUSINESS' },
};

function word(table: Readonly<Record<string, Localized>>, key: string, language: Language): string {
  return table[key]?.[language] ?? key;
}

const zhList = (values: readonly string[]) => values.join('、');
const enList = (values: readonly string[]) => values.join(', ');
const quoted = (value: string) => JSON.stringify(value);

interface Entry<P> {
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

function entry<P>(zh: (p: P) => string, en: (p: P) => string): Entry<P> {
  return { zh, en };
}

/** A message without parameters. */
function plain(zh: string, en: string): Entry<Record<never, never>> {
  return { zh: () => zh, en: () => en };
}

/** The generic message of each error code, for an error that says nothing more particular. */
const ERROR_MESSAGES = {
  BAD_USER_INPUT: entry<{ detail?: string }>(
    p => (p.detail === undefined ? '请求中有参数不符合要求。' : `请求参数有误：${p.detail}`),
    p => (p.detail === undefined ? 'An argument of the request is not valid.' : `${p.detail}`),
  ),
  UNAUTHENTICATED: plain(
    'API 密钥无效或已被吊销。',
    'The API key is not valid or has been revoked.',
  ),
  FORBIDDEN: plain('您的角色无权执行此操作。', 'Your role may not perform this operation.'),
  NOT_FOUND: entry<{ thing: Thing; name?: string }>(
    p => `${THINGS[p.thing].zh}${p.name === undefined ? '' : ` ${p.name} `}不存在。`,
    p => `${THINGS[p.thing].en}${p.name === undefined ? '' : ` ${p.name}`} was not found.`,
  ),
  CONFLICT: plain('该操作与平台上现有的数据冲突。', 'The change conflicts with the stored state.'),
  BATCH_TOO_LARGE: entry<Named & { max: number; size: number }>(
    p => `每批最多 ${p.max} 行，本批有 ${p.size} 行，请分批提交。`,
    p =>
      `A batch holds at most ${p.max} rows; this one has ${p.size}. Split it into smaller batches.`,
  ),
  OBJECTION_LIMIT_REACHED: entry<{
    limit: 'PER_IP' | 'PER_CONTACT';
    max: number;
    resetsOn: string;
    /** Filing (the default) or following objections up (objectionStatus). */
    lookUp?: boolean;
  }>(
    p =>
      p.lookUp === true
        ? `${p.limit === 'PER_CONTACT' ? '该联系方式' : '该网络地址'}今天已查询异议进度 ${p.max} 次，已达每日上限，请于 ${p.resetsOn} 起再查询。`
        : `${p.limit === 'PER_CONTACT' ? '该联系方式' : '该网络地址'}今天已提交 ${p.max} 件异议，已达每日上限，请于 ${p.resetsOn} 起再提交。`,
    p =>
      p.lookUp === true
        ? `This ${p.limit === 'PER_CONTACT' ? 'contact' : 'address'} has looked up objections ${p.max} times today, the most a day allows; try again from ${p.resetsOn}.`
        : `This ${p.limit === 'PER_CONTACT' ? 'contact' : 'address'} has filed ${p.max} objections today, the most a day allows; file again from ${p.resetsOn}.`,
  ),
  REPAIR_TOO_EARLY: entry<{ availableFrom: string }>(
    p => `最短公示期尚未届满，自 ${p.availableFrom} 起方可申请信用修复。`,
    p =>
      `Credit repair can be applied for from ${p.availableFrom}, when the minimum publicity period ends.`,
  ),
  RATE_LIMITED: entry<{ retryAfterSeconds: number }>(
    p => `请求过于频繁，请 ${p.retryAfterSeconds} 秒后再试。`,
    p => `Too many requests; try again in ${p.retryAfterSeconds} seconds.`,
  ),
  PAYLOAD_TOO_LARGE: entry<{ limit: 'body' | 'query'; maxBytes: number }>(
    p =>
      p.limit === 'query'
        ? `GraphQL 查询文档最多 ${p.maxBytes} 字节。`
        : `请求正文最多 ${p.maxBytes} 字节。`,
    p =>
      p.limit === 'query'
        ? `A GraphQL document may have at most ${p.maxBytes} bytes.`
        : `A request body may have at most ${p.maxBytes} bytes.`,
  ),
  BAD_REQUEST: entry<{ detail?: string }>(
    p => (p.detail === undefined ? '请求正文不是有效的 JSON。' : `请求被拒绝：${p.detail}`),
    p => (p.detail === undefined ? 'The request body is not valid JSON.' : `${p.detail}`),
  ),
  GRAPHQL_PARSE_FAILED: entry<{ detail: string }>(
    p => `查询文档不是有效的 GraphQL：${p.detail}`,
    p => `${p.detail}`,
  ),
  GRAPHQL_VALIDATION_FAILED: entry<{ detail: string }>(
    p => `查询不符合本平台的接口定义：${p.detail}`,
    p => `${p.detail}`,
  ),
  INTERNAL_SERVER_ERROR: plain('服务器内部错误，请稍后再试。', 'Internal server error.'),
} satisfies Record<ErrorCode, Entry<never>>;

/** The messages of the errors that carry `extensions.reason`. */
const REASON_MESSAGES = {
  MALFORMED_CURSOR: entry<Named>(
    p => `${p.column}不是本列表给出的游标。`,
    p => `${p.field} is not a cursor this list gave out.`,
  ),
  UNKNOWN_PARAMETER: entry<{ name: string; allowed: readonly string[] }>(
    p => `${p.name} 不是本接口的参数（可用参数：${zhList(p.allowed)}）。`,
    p => `${p.name} is not a parameter here (it takes ${enList(p.allowed)}).`,
  ),
  MALFORMED_ID: entry<Named & { value?: string }>(
    p => `${p.column}${p.value === undefined ? '' : quoted(p.value)}不是本平台给出的编号格式。`,
    p =>
      `${p.field}${p.value === undefined ? '' : ` ${quoted(p.value)}`} is not an ID this API gave out.`,
  ),
  MALFORMED_CODE: entry<Named>(
    p => `${p.column}不是本平台出具的信用报告核验码格式（16 位字母和数字）。`,
    p => `${p.field} is not a report verification code.`,
  ),
  INVALID_CONTACT: entry<Named>(
    p => `${p.column}应为中国大陆手机号码（以 13–19 开头的 11 位数字）或电子邮箱地址。`,
    p =>
      `${p.field} must be a mainland mobile number (11 digits starting 13–19) or an e-mail address.`,
  ),
  TOO_SHORT: entry<Named & { min: number }>(
    p => `${p.column}至少应有 ${p.min} 个字。`,
    p => `${p.field} must have at least ${p.min} characters.`,
  ),
  LENGTH: entry<Named & { min: number; max: number }>(
    p => `${p.column}应有 ${p.min} 至 ${p.max} 个字。`,
    p => `${p.field} must have ${p.min} to ${p.max} characters.`,
  ),
  OUT_OF_RANGE: entry<Named & { min: number; max: number }>(
    p => `${p.column}应为 ${p.min} 至 ${p.max} 之间的整数。`,
    p => `${p.field} must be a whole number from ${p.min} to ${p.max}.`,
  ),
  PERIOD_NOT_ENDED: entry<Named & { today: string }>(
    p => `导出的期间须已结束：${p.column}应早于今天（${p.today}，北京时间）。`,
    p =>
      `A batch covers a period that has ended: ${p.field} must be before today (${p.today}, China Standard Time).`,
  ),
  PERIOD_REVERSED: entry<Named>(
    () => '起始日期晚于截止日期。',
    () => 'The period ends before it begins: from must not be after to.',
  ),
  NOT_A_PENALTY: entry<Named>(
    () => '只有行政处罚记录有失信严重程度。',
    () => 'Only a penalty record has a publicity class.',
  ),
  INVALID_DATE: entry<Named & { value: string }>(
    p => `${p.column}${quoted(p.value)}不是有效日期，应写作 YYYY-MM-DD。`,
    p => `${p.field} ${quoted(p.value)} is not an existing date written YYYY-MM-DD.`,
  ),
  DATE_OUTSIDE_YEAR: entry<Named & { value: string; year: number }>(
    p => `${p.column} ${p.value} 不在 ${p.year} 年内。`,
    p => `${p.field} ${p.value} is not in ${p.year}.`,
  ),
  DATE_BOTH_OFF_AND_WORKING: entry<Named & { dates: readonly string[] }>(
    p => `${zhList(p.dates)} 不能既是休息日又是调休上班日。`,
    p => `${enList(p.dates)} cannot be both a day off and a working day.`,
  ),
  MAKE_UP_DAY_NOT_WEEKEND: entry<Named & { dates: readonly string[] }>(
    p => `调休上班日应为周六或周日，${zhList(p.dates)} 不是。`,
    p => `Make-up working days fall on weekends; ${enList(p.dates)} does not.`,
  ),
  MEASURE_NOT_IN_CHECK: entry<Named & { index: number; measure: string }>(
    p => `反馈第 ${p.index + 1} 项：措施 ${p.measure} 不属于本次核查。`,
    p => `feedback[${p.index}]: measure ${p.measure} does not belong to this check.`,
  ),
  REASON_REQUIRED: entry<Named & { index: number; measure: string }>(
    p => `反馈第 ${p.index + 1} 项：未执行强制性措施 ${p.measure}，须说明理由。`,
    p => `feedback[${p.index}]: not applying the mandatory measure ${p.measure} needs a reason.`,
  ),
  OBJECTION_ALREADY_DECIDED: entry<Named & { status: string }>(
    p => `该异议${word(STATUS_WORDS, p.status, 'zh')}，不能再次处理。`,
    p => `The objection has already been ${word(STATUS_WORDS, p.status, 'en')}.`,
  ),
  OBJECTION_NOT_ACCEPTED: entry<Named>(
    () => '平台尚未受理该异议，部门暂不能答复。',
    () => 'The platform has not accepted the objection yet.',
  ),
  REPAIR_ALREADY_DECIDED: entry<Named & { status: string }>(
    p => `该信用修复申请${word(STATUS_WORDS, p.status, 'zh')}，不能再次决定。`,
    p => `The repair application has already been ${word(STATUS_WORDS, p.status, 'en')}.`,
  ),
  REPAIR_ALREADY_PENDING: entry<Named>(
    () => '该记录已有一件待处理的信用修复申请。',
    () => 'An application for this record is already pending.',
  ),
  EVALUATION_MODEL_EXISTS: entry<Named & { version: string }>(
    p => `评价模型版本 ${p.version} 已发布；已发布的版本不能修改，请使用新的版本号。`,
    p =>
      `Evaluation model version ${p.version} is already published; a published version is never edited, use a new version.`,
  ),
  UNKNOWN_INDICATOR: entry<Named & { index: number; code: string }>(
    p => `${p.column}第 ${p.index + 1} 项：平台没有评价指标 ${p.code}。`,
    p => `${p.field}[${p.index}]: ${p.code} is no indicator of the platform.`,
  ),
  INDICATOR_TWICE: entry<Named & { index: number; code: string }>(
    p => `${p.column}第 ${p.index + 1} 项：评价指标 ${p.code} 重复。`,
    p => `${p.field}[${p.index}]: indicator ${p.code} is weighed twice.`,
  ),
  THRESHOLDS_ORDER: entry<Named>(
    p => `${p.column}应满足 0 ≤ C < B < A ≤ 100。`,
    p => `${p.field} must satisfy 0 ≤ C < B < A ≤ 100.`,
  ),
  SUPERVISION_MISSING: entry<Named & { grade: string }>(
    p => `${p.column}缺少 ${p.grade} 类的监管建议。`,
    p => `${p.field} lacks the recommendation for class ${p.grade}.`,
  ),
} satisfies Record<ErrorReason, Entry<never>>;

/** The messages of row rejections (and of the importer's own codes), naming the column. */
const REJECTION_MESSAGES = {
  REQUIRED: entry<Named & { when?: Named }>(
    p =>
      p.when === undefined
        ? `${p.column}为必填项，不能为空。`
        : `填写${p.when.column}时，${p.column}为必填项。`,
    p =>
      p.when === undefined
        ? `${p.field} is required.`
        : `${p.field} is required once ${p.when.field} is given.`,
  ),
  TOO_LONG: entry<Named & { length: number; max: number }>(
    p => `${p.column}有 ${p.length} 个字，最多允许 ${p.max} 个字。`,
    p => `${p.field} has ${p.length} characters; at most ${p.max} are allowed.`,
  ),
  NOT_ALLOWED: entry<Named>(
    p => `行政相对人类别为自然人时，${p.column}应为空，请填写证件类型和证件号码。`,
    p => `${p.field} must be blank for a natural person; give personIdType and personIdNumber.`,
  ),
  INVALID_VALUE: entry<Named & { value: string; allowed?: readonly string[]; twice?: boolean }>(
    p =>
      p.twice === true
        ? `${p.column}重复填写。`
        : `${p.column}${quoted(p.value)}不在允许的取值范围内${p.allowed === undefined ? '' : `，应为${zhList(p.allowed)}之一`}。`,
    p =>
      p.twice === true
        ? `${p.field} is given twice.`
        : `${p.field} ${quoted(p.value)} is not an allowed value${p.allowed === undefined ? '' : `; it must be one of ${enList(p.allowed)}`}.`,
  ),
  INVALID_CREDIT_CODE: entry<Named & { value: string; reason: Localized }>(
    p => `${p.column}${quoted(p.value)}不是有效的统一社会信用代码：${p.reason.zh}。`,
    p => `${p.field} ${quoted(p.value)} is not a valid credit code: ${p.reason.en}.`,
  ),
  PLACEHOLDER_NOT_ALLOWED: entry<Named & { catalog?: boolean }>(
    p =>
      p.catalog === true
        ? `${p.column}须填写主体的真实统一社会信用代码，不能使用 00000000000000000X。`
        : `${p.column}的占位代码 00000000000000000X（17 个 0 加 X）只可用于无代码的个体工商户。`,
    p =>
      p.catalog === true
        ? `${p.field}: a catalog record needs the subject’s real credit code.`
        : `${p.field}: 00000000000000000X may only stand for an individual business (INDIVIDUAL_BUSINESS) without a code.`,
  ),
  CATEGORY_MISMATCH: entry<
    Named & {
      code: string;
      authority: string;
      entityType: string;
      codeCategory: string;
      category: string;
    }
  >(
    p =>
      `${p.column} ${p.code} 第1–2位“${p.code.slice(0, 2)}”为${p.authority}登记的${p.entityType}，属于${word(CATEGORY_WORDS, p.codeCategory, 'zh')}，与行政相对人类别“${word(CATEGORY_WORDS, p.category, 'zh')}”不符（GB 32100-2015）。`,
    p =>
      `${p.field} ${p.code} is the code of a ${p.authority} ${p.entityType} (positions 1–2 "${p.code.slice(0, 2)}"), a ${p.codeCategory} under GB 32100-2015; it does not agree with counterpartCategory ${p.category}.`,
  ),
  INVALID_ORGANIZATION_CODE: entry<Named & { value: string }>(
    p => `${p.column}${quoted(p.value)}未通过组织机构代码校验（GB 11714）。`,
    p => `${p.field} ${quoted(p.value)} fails the GB 11714 check.`,
  ),
  INVALID_ID_NUMBER: entry<Named>(
    p => `${p.column}不是有效的 18 位居民身份证号码（出生日期或校验码有误）。`,
    p => `${p.field} is not a valid 18-character resident ID number.`,
  ),
  INVALID_DATE: entry<Named & { value: string }>(
    p => `${p.column}${quoted(p.value)}不是有效日期，应写作 YYYY-MM-DD。`,
    p => `${p.field} ${quoted(p.value)} is not an existing date written YYYY-MM-DD.`,
  ),
  DATE_IN_FUTURE: entry<Named & { value: string; today: string }>(
    p => `${p.column} ${p.value} 晚于今天（${p.today}，北京时间）。`,
    p => `${p.field} ${p.value} is after today (${p.today}, China Standard Time).`,
  ),
  DATE_ORDER: entry<Named & { value: string; before: Named; beforeValue: string }>(
    p => `${p.column} ${p.value} 早于${p.before.column} ${p.beforeValue}。`,
    p => `${p.field} ${p.value} is before ${p.before.field} ${p.beforeValue}.`,
  ),
  INVALID_AMOUNT: entry<Named & { value: string; zero?: boolean }>(
    p =>
      p.zero === true
        ? `处罚类别含罚款时，${p.column}应大于零。`
        : `${p.column}${quoted(p.value)}不是有效金额：以万元为单位，最多六位小数（如 2000 元写作 0.2）。`,
    p =>
      p.zero === true
        ? `${p.field} must be greater than zero when the penalty includes a fine.`
        : `${p.field} ${quoted(p.value)} is not an amount in 万元 (digits, at most six decimals, e.g. "0.2" for 2,000 CNY).`,
  ),
  NEGATIVE_AMOUNT: entry<Named & { value: string }>(
    p => `${p.column} ${p.value} 不能为负数。`,
    p => `${p.field} ${p.value} is negative.`,
  ),
  SOURCE_UNIT_NOT_OWN: entry<Named & { own: string; unit: string }>(
    p =>
      `${p.column} ${p.unit} 不是本单位（${p.own || '无'}）的代码：数据提供单位只能报送本单位的记录。`,
    p =>
      `A data provider may only submit its own records (${p.own || 'none'}); this row is from ${p.unit}.`,
  ),
  NOT_A_PROVIDER_OF_ITEM: entry<Named & { unit: string; item: string }>(
    p => `${p.column} ${p.unit} 不是目录项 ${p.item} 登记的数据提供单位，请联系信用办登记。`,
    p =>
      `${p.unit} is not listed in the catalog as a provider of ${p.item}; the credit office registers providers.`,
  ),
  UNKNOWN_FIELD: entry<Named & { name: string; known: readonly string[] }>(
    p => `${p.name} 不是该目录项的字段（其字段为：${zhList(p.known)}）。`,
    p => `${p.name} is not a field of this catalog item (its fields: ${enList(p.known)}).`,
  ),
  UNKNOWN_SUBJECT: entry<Named & { value: string }>(
    p => `${p.column} ${p.value} 对应的主体未在平台登记。`,
    p => `No subject with ${p.field} ${p.value} is registered.`,
  ),
  CONFLICT_IN_BATCH: entry<Named & { row: number }>(
    p => `本批第 ${p.row + 1} 行的${p.column}与本行相同而内容不同，请在下一批提交更正。`,
    p =>
      `Row ${p.row} of this batch has the same ${p.field} with different content; submit the correction in a later batch.`,
  ),
  MONITORING_LIMIT: entry<Named & { value: string; max: number }>(
    p => `监测名单最多 ${p.max} 个代码，${p.value} 未加入；请先移除不再监测的代码。`,
    p =>
      `A monitoring list holds at most ${p.max} codes; ${p.value} was not added. Remove codes no longer monitored first.`,
  ),
} satisfies Record<RejectionCode, Entry<never>>;

const IMPORT_MESSAGES = {
  MALFORMED_LINE: entry<{ columns?: number; headerColumns?: number }>(
    p =>
      p.columns === undefined
        ? '本行无法按 CSV 格式读取（引号或分隔符有误）。'
        : `本行有 ${p.columns} 列，表头有 ${p.headerColumns ?? 0} 列。`,
    p =>
      p.columns === undefined
        ? 'The line cannot be read as CSV (a quote or separator is wrong).'
        : `The line has ${p.columns} columns; the header has ${p.headerColumns ?? 0}.`,
  ),
  AMOUNT_UNKNOWN: entry<Named>(
    p =>
      `V1 模板没有${p.column}列，本行已入库，${p.column}记为未知（空）；如知道金额，请按 V2 模板更正。`,
    p =>
      `The V1 template has no ${p.field} column: the row is stored with the amount unknown (null); correct it in the V2 template if the amount is known.`,
  ),
} satisfies Record<(typeof IMPORT_CODES)[number], Entry<never>>;

/** What is wrong with a credit code, the `reason` of its check. */
const CREDIT_CODE_MESSAGES = {
  EMPTY: plain('统一社会信用代码为空', 'the code is empty'),
  LENGTH: entry<{ length: number }>(
    p => `统一社会信用代码应为18位，实为${p.length}位`,
    p => `a code has 18 characters, this one has ${p.length}`,
  ),
  CHARACTER: entry<{ position: number; character: string }>(
    p => `第${p.position}位字符“${p.character}”不允许（不得使用I、O、S、V、Z）`,
    p =>
      `character ${p.position} '${p.character}' is not allowed (I, O, S, V and Z are never used)`,
  ),
  BAD_TYPE: entry<{ authority?: string; authorityCode: string; typeCode?: string }>(
    p =>
      p.authority === undefined
        ? `第1位“${p.authorityCode}”不是登记管理部门代码`
        : `登记管理部门“${p.authority}”（${p.authorityCode}）下没有机构类别“${p.typeCode ?? ''}”`,
    p =>
      p.authority === undefined
        ? `position 1 '${p.authorityCode}' is no registration authority of GB 32100`
        : `${p.authority} (${p.authorityCode}) registers no entity type '${p.typeCode ?? ''}'`,
  ),
  BAD_DIVISION: entry<{ division: string }>(
    p => `第3–8位“${p.division}”不是GB/T 2260行政区划代码（现行或历史）`,
    p =>
      `positions 3–8 '${p.division}' are no GB/T 2260 administrative division, current or historic`,
  ),
  ORGANIZATION_CODE_CHECK: entry<{ expected: string; found: string }>(
    p => `主体标识码（组织机构代码）校验错误：第17位应为“${p.expected}”，实为“${p.found}”`,
    p => `the organisation code (positions 9–17) should end in '${p.expected}', not '${p.found}'`,
  ),
  CHECK_CHARACTER: entry<{ expected: string; found: string }>(
    p => `校验码错误：第18位应为“${p.expected}”，实为“${p.found}”`,
    p => `check character should be '${p.expected}', not '${p.found}'`,
  ),
  PLACEHOLDER: plain(
    '00000000000000000X 是个体工商户无代码时的占位符，不是有效代码',
    'the placeholder of an individual business without a code is not a code',
  ),
} satisfies Record<CreditCodeProblem, Entry<never>>;

/** Messages of particular situations, beyond the codes' and reasons' own. */
const SITUATION_MESSAGES = {
  MAX_LENGTH: entry<Named & { max: number }>(
    p => `${p.column}最多 ${p.max} 个字。`,
    p => `${p.field} must have at most ${p.max} characters.`,
  ),
  ITEM_COUNT: entry<Named & { min: number; max: number }>(
    p => `${p.column}应有 ${p.min} 至 ${p.max} 项。`,
    p => `${p.field} must hold ${p.min} to ${p.max} items.`,
  ),
  NOT_ONE_OF: entry<Named & { allowed: readonly string[] }>(
    p => `${p.column}应为${zhList(p.allowed)}之一。`,
    p => `${p.field} must be one of ${enList(p.allowed)}.`,
  ),
  IDENTIFIER_FORMAT: entry<Named & { min: number; max: number; alphabet: string }>(
    p => `${p.column}应为 ${p.min}–${p.max} 个字符（${p.alphabet}），以字母开头。`,
    p => `${p.field} is ${p.min}–${p.max} characters of ${p.alphabet}, starting with a letter.`,
  ),
  FIELD_DEFINED_TWICE: entry<Named & { name: string }>(
    p => `${p.column}：字段 ${p.name} 重复定义。`,
    p => `${p.field}: ${p.name} is defined twice.`,
  ),
  ENUM_WITHOUT_VALUES: entry<Named>(
    p => `${p.column}：枚举（ENUM）字段须列出取值。`,
    p => `${p.field}: an ENUM field needs its values.`,
  ),
  TYPED_ITEM_HAS_NO_FIELDS: entry<Named>(
    () => '行政许可和行政处罚有专门的数据表，不设字段列表。',
    () => 'Licensing and penalty items have typed tables; they carry no field list.',
  ),
  PROVIDER_TWICE: entry<Named>(
    p => `${p.column}中同一单位出现两次。`,
    p => `${p.field} lists an organisation twice.`,
  ),
  OWN_SUBMISSION: entry<Named & { item: string }>(
    p => `${p.item} 有专门的报送接口（submitLicensingRecords 或 submitPenaltyRecords）。`,
    p => `${p.item} has its own submission (submitLicensingRecords or submitPenaltyRecords).`,
  ),
  FEEDBACK_EMPTY: entry<Named>(
    () => '反馈至少应包含一项措施。',
    () => 'feedback needs at least one measure.',
  ),
  MEASURE_WITHOUT_SCENARIO: entry<Named>(
    () => '措施至少应适用于一个场景。',
    () => 'A measure applies in at least one scenario.',
  ),
  VALID_UNTIL_BEFORE_FROM: entry<Named>(
    () => '授权截止日期早于授权起始日期。',
    () => 'validUntil is before validFrom.',
  ),
  AUTHORIZATION_EXPIRED: entry<Named>(
    () => '授权截止日期已过，该授权已经失效。',
    () => 'validUntil is in the past: the authorization has already expired.',
  ),
  AUTHORIZATION_TOO_LONG: entry<Named & { months: number }>(
    p => `授权期限最长 ${p.months} 个月。`,
    p => `An authorization lasts at most ${p.months} months.`,
  ),
  AUTHORIZATION_REVOKED: entry<Named>(
    () => '该授权已被撤销。',
    () => 'The authorization is already revoked.',
  ),
  REPAIR_NOT_APPLICABLE: entry<Named>(
    () => '信用修复仅适用于行政处罚记录和黑名单条目。',
    () => 'Credit repair applies to penalties and black-list entries.',
  ),
  REPAIR_ONLY_BLACK_LIST: entry<Named>(
    () => '只有黑名单条目可以信用修复。',
    () => 'Only black-list entries are repaired.',
  ),
  PENALTY_ALREADY_REPAIRED: entry<Named>(
    () => '该行政处罚已完成信用修复。',
    () => 'The penalty has already been repaired.',
  ),
  ENTRY_NOT_LISTED: entry<Named>(
    () => '该条目已不在名单上。',
    () => 'The entry is no longer on the list.',
  ),
  PURPOSE_REQUIRED: entry<Named>(
    () => '金融机构查询须说明查询目的。',
    () => 'An institution must state the purpose of its query.',
  ),
  PUBLIC_NEEDS_NO_KEY: entry<Named>(
    () => '社会公众查询无需密钥。',
    () => 'The public needs no key.',
  ),
  API_KEY_REVOKED: entry<Named>(
    () => '该 API 密钥已被吊销。',
    () => 'The API key is already revoked.',
  ),
  API_KEY_HEADER: plain(
    'Authorization 请求头应为 "Bearer <API 密钥>"。',
    'The Authorization header must be "Bearer <api key>".',
  ),
  NOT_PUBLISHABLE: entry<Named & { ids: readonly string[] }>(
    p => `${zhList(p.ids)} 不能公开（自然人、非公开范围、轻微处罚或已撤销）。`,
    p =>
      `${enList(p.ids)} may not be published (natural person, non-public scope, minor penalty or revoked).`,
  ),
  CALENDAR_DIFFERS: entry<Named & { year: number; dates: readonly string[] }>(
    p => `${p.year} 年的日历已载入，且在 ${zhList(p.dates)} 上不同；如需替换，请传 replace: true。`,
    p =>
      `${p.year} is already loaded and differs on ${enList(p.dates)}; pass replace: true to replace it.`,
  ),
  EXPORT_ISSUED_IN_OTHER_FORMAT: entry<Named & { format: string }>(
    p => `该类别该期间的批次已按 ${p.format} 格式发出；一个批次只以一种格式发出一次。`,
    p =>
      `The batch of this kind and period was issued as ${p.format}; a batch is issued once, in one format.`,
  ),
  CORRECTION_FIRST: entry<Named & { entry: boolean }>(
    p => `请先报送更正后的${p.entry ? '名单条目' : '记录'}，更正会保留原版本。`,
    p =>
      `Submit the corrected ${p.entry ? 'list entry' : 'record'} first; the correction keeps the previous version.`,
  ),
  FORBIDDEN_OWN_CHECKS: plain(
    '监管部门只能查看本部门的信用核查。',
    'A regulator sees only its own department’s checks.',
  ),
  FORBIDDEN_OWN_RECORDS: plain(
    '数据提供单位只能查看本单位的记录。',
    'A data provider may only look at its own records.',
  ),
  FORBIDDEN_REVOKE_OWN: plain(
    '数据提供单位只能撤回本单位的记录。',
    'A data provider may only revoke its own records.',
  ),
  FORBIDDEN_LISTING_AUTHORITY: plain(
    '只有认定部门可以将条目移出其名单。',
    'Only the listing authority may remove an entry from its list.',
  ),
  FORBIDDEN_OBJECTION_ANSWER: plain(
    '只有负责该记录的部门可以答复该异议。',
    'Only the department responsible for the record may answer the objection.',
  ),
  FORBIDDEN_OWN_OBJECTIONS: plain(
    '数据提供单位只能查看本单位记录的异议和信用修复申请。',
    'A data provider may only look at its own records’ objections and repairs.',
  ),
  EXPORT_NEEDS_ADMIN: entry<{ role: string }>(
    p => `${p.role} 密钥不能导出，请使用信用办的 ADMIN 密钥。`,
    p => `A ${p.role} key cannot export; use the credit office's ADMIN key.`,
  ),
  EXPORT_ADMIN_ONLY: plain(
    '只有信用办（ADMIN）可以下载导出批次。',
    'Only the credit office (ADMIN) may download export batches.',
  ),
  TRANSITION_CONFLICT: entry<
    Named & {
      recordId: string;
      event: string;
      state: string | null;
      allowedFrom: readonly string[];
    }
  >(
    p =>
      p.state === null
        ? `${p.recordId} 不能${word(EVENT_WORDS, p.event, 'zh')}：该记录不存在。`
        : `${p.recordId} 不能${word(EVENT_WORDS, p.event, 'zh')}：其状态为${word(STATE_WORDS, p.state, 'zh')}，只有${zhList(p.allowedFrom.map(s => word(STATE_WORDS, s, 'zh')))}时才可以。`,
    p =>
      p.state === null
        ? `${p.recordId} cannot be ${word(EVENT_WORDS, p.event, 'en')} (${p.event}): it does not exist.`
        : `${p.recordId} cannot be ${word(EVENT_WORDS, p.event, 'en')} (${p.event}): it is ${p.state}, and it can be ${word(EVENT_WORDS, p.event, 'en')} only when ${p.allowedFrom.join(' or ')}.`,
  ),
  VERSION_MOVED: entry<
    Named & { recordId: string; event: string; expected: number; found: number }
  >(
    p =>
      `${p.recordId} 不能${word(EVENT_WORDS, p.event, 'zh')}：其版本已由 ${p.expected} 变为 ${p.found}。`,
    p =>
      `${p.recordId} cannot be ${word(EVENT_WORDS, p.event, 'en')} (${p.event}): its version moved from ${p.expected} to ${p.found} meanwhile.`,
  ),
  DISCLOSURE_NOT_REQUIRED: entry<Named & { recordId: string; event: string }>(
    p =>
      `${p.recordId} 不能${word(EVENT_WORDS, p.event, 'zh')}：该记录无需公示（自然人、非公开范围或轻微处罚），从不公开。`,
    p =>
      `${p.recordId} cannot be ${word(EVENT_WORDS, p.event, 'en')} (${p.event}): its disclosure is not required (natural person, non-public scope or minor penalty), so it is never published.`,
  ),
  INVALID_DATE_TIME: entry<Named & { value?: string }>(
    p => `${p.column}${p.value === undefined ? '' : quoted(p.value)}应为带时区的 ISO-8601 时间。`,
    p =>
      `${p.field} must be an ISO-8601 string${p.value === undefined ? '' : `; got ${quoted(p.value)}`}.`,
  ),
  STATUS_UNRECOGNISED: entry<Named & { value: string; layout: 'V1' | 'V2' }>(
    p =>
      p.layout === 'V2'
        ? `${p.column}"${p.value}"无法识别：V2 模板应为 1（有效）或 2（无效）。`
        : `${p.column}"${p.value}"无法识别：V1 模板应为 0（正常）、1（撤销）、2（异议）或 3（其他）。`,
    p =>
      p.layout === 'V2'
        ? `${p.field} "${p.value}" is not recognised: the V2 template has 1 (valid) or 2 (invalid).`
        : `${p.field} "${p.value}" is not recognised: the V1 template has 0 (normal), 1 (revoked), 2 (objection) or 3 (other).`,
  ),
  CATEGORY_UNRECOGNISED: entry<Named & { value: string }>(
    p => `${p.column}"${p.value}"无法识别：应为法人及非法人组织、自然人或个体工商户。`,
    p => `${p.field} "${p.value}" is not recognised: it is 法人及非法人组织, 自然人 or 个体工商户.`,
  ),
  SCOPE_UNRECOGNISED: entry<Named & { value: string }>(
    p =>
      `${p.column}"${p.value}"无法识别：应为 0（公示）、1（仅政府部门内部共享）或 2（仅可授权查询）。`,
    p =>
      `${p.field} "${p.value}" is not recognised: it is 0 (public), 1 (shared among government departments only) or 2 (by authorisation only).`,
  ),
  LICENCE_CATEGORY_UNRECOGNISED: entry<Named & { value: string }>(
    p => `${p.column}"${p.value}"无法识别：应为普通、特许、认可、核准、登记或"其他-具体类别"。`,
    p =>
      `${p.field} "${p.value}" is not recognised: it is 普通, 特许, 认可, 核准, 登记 or "其他-<category>".`,
  ),
  PENALTY_TYPES_UNRECOGNISED: entry<Named & { values: readonly string[] }>(
    p =>
      `${p.column}中的${p.values.map(u => `"${u}"`).join('、')}无法识别（见《行政处罚法》第九条）。`,
    p =>
      `${p.field}: ${p.values.map(u => `"${u}"`).join(', ')} not recognised (see Art. 9 of the Administrative Penalty Law).`,
  ),
  IMPORT_SERVER_FAILED: entry<{ status: number }>(
    p => `服务器返回 ${p.status}。`,
    p => `The server answered ${p.status}.`,
  ),
  IMPORT_UNREACHABLE: entry<{ url: string; detail: string }>(
    p => `无法连接 ${p.url}：${p.detail}`,
    p => `Cannot reach ${p.url}: ${p.detail}`,
  ),
  IMPORT_REFUSED: entry<{ what: Localized; detail: string; code: string }>(
    p => `${p.what.zh}：${p.detail}（${p.code}）`,
    p => `${p.what.en}: ${p.detail} (${p.code})`,
  ),
  IMPORT_FILE_UNREADABLE: entry<{ path: string; detail: string }>(
    p => `无法读取文件 ${p.path}：${p.detail}`,
    p => `Cannot read ${p.path}: ${p.detail}`,
  ),
  IMPORT_NOT_UTF8: plain(
    '文件不是有效的 UTF-8 编码；若是 GBK 编码的文件，请加 --encoding gbk。',
    'The file is not valid UTF-8; for a GBK file, add --encoding gbk.',
  ),
  IMPORT_XLSX_UNREADABLE: entry<{ detail: string }>(
    p => `无法读取 XLSX 文件（文件可能已损坏，或不是 Excel 工作簿）：${p.detail}`,
    p => `The XLSX file cannot be read (it may be damaged, or not an Excel workbook): ${p.detail}`,
  ),
  IMPORT_CONNECTION_REFUSED: plain(
    '连接被拒绝：平台未启动，或地址、端口有误（--url）',
    'connection refused: the platform is not running, or the address or port is wrong (--url)',
  ),
  IMPORT_HOST_UNKNOWN: plain(
    '找不到该主机：请检查 --url 中的地址',
    'the host is unknown: check the address in --url',
  ),
  IMPORT_TIMED_OUT: plain('连接超时：网络不通或平台无响应', 'timed out: no network or no answer'),
  IMPORT_KEY_REFUSED: plain('API 密钥未被接受', 'The API key was not accepted'),
  IMPORT_BATCH_REFUSED: entry<{ line: number }>(
    p => `自第 ${p.line} 行起的一批数据被拒绝`,
    p => `The batch starting at line ${p.line} was refused`,
  ),
  IMPORT_HEADER_UNREADABLE: entry<{ detail: string }>(
    p => `无法读取表头行：${p.detail}`,
    p => `The header row cannot be read: ${p.detail}`,
  ),
  IMPORT_FILE_EMPTY: plain('文件为空：没有表头行。', 'The file is empty: it has no header row.'),
  IMPORT_NOT_A_TEMPLATE: entry<{
    kind: string;
    needed: readonly string[];
    found: readonly string[];
  }>(
    p => `表头行不是 ${p.kind} 模板：至少须有${zhList(p.needed)}列（实有：${zhList(p.found)}）。`,
    p =>
      `The header row is not a ${p.kind} template: it needs at least the ${enList(p.needed)} columns (found: ${enList(p.found)}).`,
  ),
  IMPORT_UNKNOWN_KIND: entry<{ kind: string; kinds: readonly string[] }>(
    p => `${p.kind} 不是可导入的信息类别（可导入：${zhList(p.kinds)}）。`,
    p => `${p.kind} is not a kind that can be imported (${enList(p.kinds)}).`,
  ),
  IMPORT_ROLE: entry<{ role: string }>(
    p => `${p.role} 密钥不能报送记录，请使用数据提供单位（PROVIDER）的密钥。`,
    p => `A ${p.role} key cannot submit records; use a PROVIDER key.`,
  ),
  INVALID_VARIABLE: entry<{ variable: string; detail: Localized }>(
    p => `变量 ${p.variable} 的值无效：${p.detail.zh}`,
    p => `Variable "${p.variable}" got an invalid value: ${p.detail.en}`,
  ),
  NOT_A_STRING: entry<Named>(
    p => `${p.column}应为字符串。`,
    p => `${p.field} must be a string.`,
  ),
} as const;

const CATALOGUE = {
  ...SITUATION_MESSAGES,
  ...IMPORT_MESSAGES,
  ...REJECTION_MESSAGES,
  ...REASON_MESSAGES,
  ...ERROR_MESSAGES,
};

/** The codes, reasons and situations the catalogue has messages for. */
export type MessageId = keyof typeof CATALOGUE;
/** The parameters of message `id`. */
export type MessageParams<K extends MessageId> = Parameters<(typeof CATALOGUE)[K]['zh']>[0];

/** Whether the catalogue has a message for a code (the completeness test asks). */
export function hasMessage(id: string): id is MessageId {
  return Object.hasOwn(CATALOGUE, id);
}

/** The messages that take no parameters. */
type PlainMessageId = {
  [K in MessageId]: Record<never, never> extends MessageParams<K> ? K : never;
}[MessageId];

/** The message `id` with its parameters, in both languages. */
export function say<K extends PlainMessageId>(id: K): Localized;
export function say<K extends MessageId>(id: K, params: MessageParams<K>): Localized;
export function say(id: MessageId, params: unknown = {}): Localized {
  const message = CATALOGUE[id] as Entry<unknown>;
  return { zh: message.zh(params), en: message.en(params) };
}

/** The reason of a credit-code problem, in both languages. */
export function creditCodeReason(problem: 'EMPTY' | 'PLACEHOLDER'): Localized;
export function creditCodeReason<K extends CreditCodeProblem>(
  problem: K,
  params: Parameters<(typeof CREDIT_CODE_MESSAGES)[K]['zh']>[0],
): Localized;
export function creditCodeReason(problem: CreditCodeProblem, params: unknown = {}): Localized {
  const message = CREDIT_CODE_MESSAGES[problem] as Entry<unknown>;
  return { zh: message.zh(params), en: message.en(params) };
}

/** Whether a credit-code problem has its reason in both languages (the completeness test asks). */
export function hasCreditCodeReason(problem: string): boolean {
  return Object.hasOwn(CREDIT_CODE_MESSAGES, problem);
}
