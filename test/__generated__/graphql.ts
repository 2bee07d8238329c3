/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An authorization a subject gave the calling institution. */
export type AuthorizationInput = {
  /** Reference to the signed authorization document (1–200 characters). */
  documentReference: string;
  /** What it is for (1–200 characters). */
  purpose: string;
  /** The subject that gave the authorization. */
  subjectCode: string;
  /** First valid day; today when omitted. */
  validFrom?: string | null | undefined;
  /** Last valid day: today or later, at most three years after validFrom. */
  validUntil: string;
};

/** A field the records of an item stored by field list carry. */
export type CatalogFieldInput = {
  /** Roles that see the value as null (e.g. PUBLIC, INSTITUTION). */
  hiddenFrom?: Array<string> | null | undefined;
  /** Chinese label. */
  label: string;
  /** Longest TEXT value. */
  maxLength?: number | null | undefined;
  /** Field name used in CatalogRecordInput.fields (letters and digits, starting with a letter). */
  name: string;
  /** Whether every record must give it. */
  required: boolean;
  /** TEXT, DATE, ENUM or DECIMAL. */
  type: string;
  /** Allowed ENUM values (required for ENUM). */
  values?: Array<string> | null | undefined;
};

/** A field value of a catalog record. */
export type CatalogFieldValueInput = {
  /** Field name, as in the item’s field list. */
  name: string;
  /** The value; dates are YYYY-MM-DD, decimals plain digits. */
  value?: string | null | undefined;
};

/** A catalog item to add or change (ADMIN). */
export type CatalogItemInput = {
  /** One of the categories listed on CatalogItem.category. */
  category: string;
  /** Stable code: 2–64 characters of A–Z, 0–9 and _. */
  code: string;
  /** What the item holds. */
  description: string;
  /** For items stored by field list: the fields of their records. Omitted keeps the current list. */
  fields?: Array<CatalogFieldInput> | null | undefined;
  /** The legal basis. */
  legalBasis: string;
  /** Name of the item. */
  name: string;
  /** How long records stay public. */
  publicityRule: string;
  /** Whether records wait for the credit office to publish them. */
  requiresReview: boolean;
  /** How often providers update it. */
  updateFrequency: string;
  /** Who may see its records. */
  usageScope: UsageScope;
};

/** A department or platform allowed to provide a catalog item. */
export type CatalogProviderInput = {
  /** DEPARTMENT (when omitted) or PLATFORM. */
  category?: ProviderCategory | null | undefined;
  /** Working days after a decision by which the department must make it public, 1 to 60; 7 when omitted. Applies to records received from then on. */
  disclosureWorkingDays?: number | null | undefined;
  /** Credit code of the department or platform. */
  organizationCode: string;
  /** Name of the department or platform (1–200 characters). */
  organizationName: string;
};

/** One record of a generically stored catalog item. Checked per row. */
export type CatalogRecordInput = {
  /** Category of the subject (required). */
  counterpartCategory?: SubjectCategory | null | undefined;
  /** Name of the subject (required). */
  counterpartName?: string | null | undefined;
  /** Credit code of the subject (required unless a natural person). */
  creditCode?: string | null | undefined;
  /** Date of the record, YYYY-MM-DD (required, not in the future). */
  decisionDate?: string | null | undefined;
  /** The item’s fields; a field the item does not define is rejected. */
  fields?: Array<CatalogFieldValueInput> | null | undefined;
  /** The record’s number at its source unit (required); identifies the record. */
  recordNumber?: string | null | undefined;
  /** 数据来源单位 (required). */
  sourceUnit?: string | null | undefined;
  /** Credit code of the source unit (required; a provider of the item). */
  sourceUnitCode?: string | null | undefined;
  /** Who may see it; PUBLIC when omitted. */
  usageScope?: UsageScope | null | undefined;
};

/** What changed in what a viewer may see of a subject. */
export type ChangeKind =
  /** A red- or black-list entry became public. */
  | 'LIST_ENTRY_ADDED'
  /** A public list entry was removed. */
  | 'LIST_ENTRY_REMOVED'
  /** An objection against a public record was decided. */
  | 'OBJECTION_DECIDED'
  /** An objection against a public record was accepted (异议处理中). */
  | 'OBJECTION_OPENED'
  /** A record’s publicity ended by date (a penalty’s maximum, a licence’s validTo, an entry’s validUntil). */
  | 'PUBLICITY_ENDED'
  /** A public record was corrected by its department. */
  | 'RECORD_CORRECTED'
  /** A record became public (on receipt or when published). */
  | 'RECORD_PUBLISHED'
  /** A public record was revoked (the credit office, an objection). */
  | 'RECORD_REVOKED'
  /** A public record was withdrawn by its department. */
  | 'RECORD_WITHDRAWN'
  /** Credit repair was approved: the record or entry left the public view. */
  | 'REPAIRED';

/** The rule of a credit check that granted or denied a measure, in the order incentives are decided. */
export type CheckRule =
  /** Denied: in the 经营异常名录 (abnormal operation) at some time in the three years before the check. */
  | 'ABNORMAL_OPERATION_IN_THREE_YEARS'
  /** On the black list today (严重失信主体名单): the punishment measures apply, incentives are denied. */
  | 'BLACK_LISTED'
  /** Denied: on the black list at some time in the three years before the check. */
  | 'BLACK_LIST_IN_THREE_YEARS'
  /** Granted: three years of records on the platform and none of them adverse (连续三年无不良信用记录). */
  | 'CLEAN_THREE_YEARS'
  /** Denied: a penalty decided in the three years before the check, or one still in publicity (not revoked). */
  | 'PENALTY_IN_THREE_YEARS'
  /** Denied: the platform’s records of the subject begin less than three years before the check (`recordsCoverageFrom`), so three clean years cannot be known. */
  | 'RECORDS_UNDER_THREE_YEARS'
  /** Granted: on the red list today (守信激励对象名单，诚信典型). */
  | 'RED_LISTED'
  /** Denied: the platform holds no subject with this code (平台无该主体). */
  | 'UNKNOWN_SUBJECT';

/** The situation in which a subject is checked. */
export type CheckScenario =
  /** 金融服务、设立金融机构 */
  | 'FINANCING'
  /** 财政性资金项目、政策扶持 */
  | 'FISCAL_FUNDS'
  /** 政府采购 */
  | 'GOVERNMENT_PROCUREMENT'
  /** 评先评优、荣誉称号 */
  | 'HONOURS'
  /** 行政许可审批 */
  | 'LICENSING_APPROVAL'
  /** 项目审批核准 */
  | 'PROJECT_APPROVAL'
  /** 公共资源交易（招标投标、土地出让等） */
  | 'PUBLIC_RESOURCE_TRADING'
  /** 日常监管、随机抽查 */
  | 'SUPERVISION';

/** A new API key: its role and the organisation it belongs to. */
export type CreateApiKeyInput = {
  /** A note on what the key is for (at most 200 characters). */
  label?: string | null | undefined;
  /** Credit code of the organisation; a PROVIDER key may submit records only for this source unit. */
  organizationCode: string;
  /** Full name of the organisation (1–200 characters). */
  organizationName: string;
  /** The role the key will act in (not PUBLIC). */
  role: Role;
};

/** The class of the public credit evaluation (分类监管), best first. */
export type CreditGrade =
  /** 守信. */
  | 'A'
  /** 基本守信. */
  | 'B'
  /** 关注. */
  | 'C'
  /** 失信. */
  | 'D';

/** Which records `disclosureRecords` lists; all conditions must hold. */
export type DisclosureFilter = {
  /** Only decisions on or after this date. */
  decisionFrom?: string | null | undefined;
  /** Only decisions on or before this date. */
  decisionTo?: string | null | undefined;
  /** Due soon: only records not public yet whose deadline is today or within this many working days after today (1–366), the PENDING records closest to becoming OVERDUE. */
  dueWithin?: number | null | undefined;
  /** Only licensing or only penalty records. */
  kind?: RecordKind | null | undefined;
  /** Only records of this source unit (a PROVIDER sees only its own). */
  sourceUnitCode?: string | null | undefined;
  /** Only records in this status (as of today, China Standard Time). */
  status?: DisclosureStatus | null | undefined;
};

/** Where a record stands against its 7-working-day disclosure deadline. */
export type DisclosureStatus =
  /** Made public after the deadline. */
  | 'LATE'
  /** Never to be published (natural persons, non-public scope, minor penalties from 2026-04-01). */
  | 'NOT_REQUIRED'
  /** Made public on or before the deadline. */
  | 'ON_TIME'
  /** Not public, and the deadline has passed. */
  | 'OVERDUE'
  /** Not yet public; the deadline has not passed. */
  | 'PENDING';

/** How the class distribution is grouped. */
export type EvaluationDimension =
  /** By administrative division: positions 3–8 of the credit code (GB/T 2260). */
  | 'DISTRICT'
  /** By registration authority and entity type: positions 1–2 of the credit code (企业, 个体工商户, 社会组织 …). */
  | 'SECTOR';

/** A new version of the evaluation model (publishEvaluationModel). */
export type EvaluationModelInput = {
  /** The score of a subject with nothing counted, 0–100. */
  baseScore: number;
  /** The policy the model rests on. */
  basis: string;
  /** The class ceilings. */
  gradeCaps?: Array<GradeCapInput>;
  /** The indicators weighed, each once. */
  indicators: Array<IndicatorWeightInput>;
  /** What the public is shown. */
  publicView?: EvaluationPublicView;
  /** The supervision of each of the four classes. */
  supervision: Array<GradeSupervisionInput>;
  /** The class thresholds. */
  thresholds: GradeThresholdsInput;
  /** The new version, e.g. `2027.1`: 1–40 letters, digits, dots or dashes, never used before. */
  version: string;
};

/** What the public (and data providers) are shown of a subject’s evaluation. */
export type EvaluationPublicView =
  /** The class alone: no score, no indicators. */
  | 'GRADE'
  /** Nothing: Subject.evaluation is null (the default). */
  | 'NOTHING';

/** The file format of an export batch. */
export type ExportFormat =
  /** A CSV file, UTF-8 with a byte-order mark so that Excel opens it. */
  | 'CSV'
  /** An Excel workbook (.xlsx) of one sheet, every cell text. */
  | 'XLSX';

/** An objection against a record or a list entry. */
export type FileObjectionInput = {
  /** References to the evidence. */
  evidence?: string | null | undefined;
  /** A mainland mobile number (11 digits, 13–19…, +86 and separators allowed) or an e-mail address. */
  filerContact: string;
  /** The filer’s name (1–100 characters). */
  filerName: string;
  /** Why the filer objects (10–4000 characters). */
  grounds: string;
  /** The record or entry, e.g. `penalty:12` or `list:3`. */
  targetId: string | number;
};

/** A class ceiling of a new model. */
export type GradeCapInput = {
  /** The count from which the cap applies (1 or more). */
  atLeast: number;
  /** The policy the cap rests on. */
  basis: string;
  /** The best class the subject can then have. */
  grade: CreditGrade;
  /** The indicator’s code; it must be weighed by the model. */
  indicator: string;
};

/** The supervision a class calls for. */
export type GradeSupervisionInput = {
  /** The class. */
  grade: CreditGrade;
  /** The recommendation. */
  recommendation: string;
};

/** The class thresholds of a new model: 0 ≤ c < b < a ≤ 100. */
export type GradeThresholdsInput = {
  /** A from this score. */
  a: number;
  /** B from this score. */
  b: number;
  /** C from this score. */
  c: number;
};

/** How a new model weighs one indicator. */
export type IndicatorWeightInput = {
  /** The policy the line rests on. */
  basis: string;
  /** The indicator’s code (see the default model for the list). */
  code: string;
  /** The most the indicator moves the score, 0 to 100. */
  maxPoints: number;
  /** Points per counted record, −100 to 100 (two decimals). */
  pointsEach: number;
};

/** 许可类别: the category of an administrative licence. */
export type LicenceCategory =
  /** 核准 */
  | 'APPROVAL'
  /** 特许 */
  | 'FRANCHISE'
  /** 普通 */
  | 'ORDINARY'
  /** 其他: licenceCategoryOther names the category. */
  | 'OTHER'
  /** 认可 */
  | 'RECOGNITION'
  /** 登记 */
  | 'REGISTRATION';

/** One 行政许可 decision in the national layout. Dates are `YYYY-MM-DD`. */
export type LicensingRecordInput = {
  /** 许可机关 / 处罚机关: full name of the deciding authority (required). */
  authority?: string | null | undefined;
  /** Credit code of the deciding authority (required, valid). */
  authorityCode?: string | null | undefined;
  /** 工商注册号 (≤ 50 characters). */
  businessRegistrationNo?: string | null | undefined;
  /** 许可证书名称. */
  certificateName?: string | null | undefined;
  /** 许可编号. */
  certificateNumber?: string | null | undefined;
  /** 许可内容 (required). */
  content?: string | null | undefined;
  /** 行政相对人类别 (required). */
  counterpartCategory?: SubjectCategory | null | undefined;
  /** 行政相对人名称 (required, ≤ 200 characters). */
  counterpartName?: string | null | undefined;
  /** 统一社会信用代码 of the counterpart: required for legal entities and individual businesses, blank for natural persons. `00000000000000000X` only for an individual business without a code, and then businessRegistrationNo is required. */
  creditCode?: string | null | undefined;
  /** 决定日期, `YYYY-MM-DD` (required; not in the future). */
  decisionDate?: string | null | undefined;
  /** 行政许可决定文书号 (required, ≤ 128 characters; the 许可编号 when there is no document number). Identifies the record within its source unit. */
  documentNumber?: string | null | undefined;
  /** 行政许可决定文书名称 (required). */
  documentTitle?: string | null | undefined;
  /** 事业单位证书号 (≤ 12 characters). */
  institutionCertificateNo?: string | null | undefined;
  /** 法定代表人: required for legal entities and individual businesses (≤ 50 characters). */
  legalRepresentative?: string | null | undefined;
  /** 法定代表人证件号码 (a 身份证 number is checked). */
  legalRepresentativeIdNumber?: string | null | undefined;
  /** 法定代表人证件类型: 身份证, 护照号, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 外国人永久居留身份证, or 其他-…. */
  legalRepresentativeIdType?: string | null | undefined;
  /** 许可类别 (required). */
  licenceCategory?: LicenceCategory | null | undefined;
  /** The category when licenceCategory is OTHER (then required). */
  licenceCategoryOther?: string | null | undefined;
  /** 组织机构代码: nine characters, GB 11714 check. */
  organizationCode?: string | null | undefined;
  /** 证件号码 of a natural-person counterpart (required for natural persons). */
  personIdNumber?: string | null | undefined;
  /** 证件类型 of a natural-person counterpart (required for natural persons). */
  personIdType?: string | null | undefined;
  /** 备注 (≤ 512 characters). */
  remarks?: string | null | undefined;
  /** 社会组织登记证号 (≤ 50 characters). */
  socialOrganizationNo?: string | null | undefined;
  /** 数据来源单位 (required). */
  sourceUnit?: string | null | undefined;
  /** Credit code of the source unit (required, valid; a PROVIDER key may only submit its own). */
  sourceUnitCode?: string | null | undefined;
  /** 当前状态; VALID when omitted. INVALID and REVOKED records are kept but never public; OBJECTION opens an objection on the record. */
  status?: RecordStatusCode | null | undefined;
  /** 税务登记号 (≤ 20 characters). */
  taxRegistrationNo?: string | null | undefined;
  /** 信息使用范围; PUBLIC when omitted. */
  usageScope?: UsageScope | null | undefined;
  /** 有效期自, `YYYY-MM-DD` (required). */
  validFrom?: string | null | undefined;
  /** 有效期至, `YYYY-MM-DD` (required, not before validFrom); 2099-12-31 means long-term. */
  validTo?: string | null | undefined;
};

/** An event in the history of a list entry. */
export type ListEntryEventKind =
  /** A changed resubmission replaced the entry; `version` is the new one. */
  | 'CORRECTED'
  /** The entry went on the public list. */
  | 'PUBLISHED'
  /** The listing authority’s entry reached the platform. */
  | 'RECEIVED'
  /** 移出: removed by its listing authority, the credit office or an objection. */
  | 'REMOVED'
  /** 信用修复: an approved credit repair took the subject off the list. */
  | 'REPAIRED';

/** A list entry from its listing authority. Checked per row. */
export type ListEntryInput = {
  /** 列入依据 (required). */
  basis?: string | null | undefined;
  /** Number of the listing decision (required); identifies the entry. */
  documentNumber?: string | null | undefined;
  /** Red or black list (required). */
  listType?: ListType | null | undefined;
  /** 列入日期, YYYY-MM-DD (required, not in the future). */
  listedOn?: string | null | undefined;
  /** The listing authority (required). */
  listingAuthority?: string | null | undefined;
  /** Its credit code (required; a PROVIDER only its own). */
  listingAuthorityCode?: string | null | undefined;
  /** 列入事由 (required). */
  reason?: string | null | undefined;
  /** The subject’s credit code (required, valid). */
  subjectCode?: string | null | undefined;
  /** The subject’s name (required). */
  subjectName?: string | null | undefined;
  /** Who may see it; PUBLIC when omitted. */
  usageScope?: UsageScope | null | undefined;
  /** Last day on the list, YYYY-MM-DD. */
  validUntil?: string | null | undefined;
};

/** Which list an entry is on. */
export type ListType =
  /** 严重失信主体名单: the black list. */
  | 'BLACK'
  /** 守信激励对象名单（诚信典型）: the red list. */
  | 'RED';

/** Feedback on one measure of a check. */
export type MeasureFeedbackInput = {
  /** Whether it was applied. */
  applied: boolean;
  /** The measure, one of the check’s. */
  measureId: string | number;
  /** Why not; required when a MANDATORY measure was not applied. */
  reason?: string | null | undefined;
};

/** A measure of the measures list to add or change (ADMIN). */
export type MeasureInput = {
  /** False takes the measure out of checks from now on. */
  active: boolean;
  /** What the measure is. */
  content: string;
  /** Implementing departments. */
  departments: string;
  /** The evaluation classes it is for (分类监管), e.g. [A] for an incentive for 守信 subjects only; empty for any class. */
  grades?: Array<CreditGrade>;
  /** Stable identifier, e.g. `B-NO-PROCUREMENT`. */
  id: string | number;
  /** Mandatory or recommended. */
  kind: MeasureKind;
  /** Legal basis. */
  legalBasis: string;
  /** Red-list incentive or black-list punishment. */
  listType: ListType;
  /** The scenarios it applies in (at least one). */
  scenarios: Array<CheckScenario>;
  /** Short title. */
  title: string;
};

/** Whether a measure must be applied (奖惩措施清单). */
export type MeasureKind =
  /** 强制性措施: must be applied; not applying it needs a reason. */
  | 'MANDATORY'
  /** 推荐性措施: applied at the department’s discretion. */
  | 'RECOMMENDED';

/** How the department answered an objection. */
export type ObjectionOutcome =
  /** 更正: the department’s corrected record replaces the old one (history kept). */
  | 'CORRECTED'
  /** 撤销: the record leaves every view but the regulators’. */
  | 'REVOKED'
  /** 维持: the record stands. */
  | 'UPHELD';

/** Where an objection stands. */
export type ObjectionStatus =
  /** Accepted; the target shows 异议处理中, and the department answers within 10 working days. */
  | 'ACCEPTED'
  /** Answered with an outcome. */
  | 'DECIDED'
  /** Filed; the platform accepts or rejects it within 2 working days. */
  | 'FILED'
  /** Not accepted by the platform. */
  | 'REJECTED';

/** One 行政处罚 decision in the national layout. Dates are `YYYY-MM-DD`, amounts decimal strings in 万元. */
export type PenaltyRecordInput = {
  /** 许可机关 / 处罚机关: full name of the deciding authority (required). */
  authority?: string | null | undefined;
  /** Credit code of the deciding authority (required, valid). */
  authorityCode?: string | null | undefined;
  /** 处罚依据 (required). */
  basis?: string | null | undefined;
  /** 工商注册号 (≤ 50 characters). */
  businessRegistrationNo?: string | null | undefined;
  /** 没收违法所得、没收非法财物的金额 in 万元 (required when penaltyTypes has a confiscation, unless templateVersion is V1). */
  confiscatedAmount?: string | null | undefined;
  /** 处罚内容 (required). */
  content?: string | null | undefined;
  /** 行政相对人类别 (required). */
  counterpartCategory?: SubjectCategory | null | undefined;
  /** 行政相对人名称 (required, ≤ 200 characters). */
  counterpartName?: string | null | undefined;
  /** 统一社会信用代码 of the counterpart: required for legal entities and individual businesses, blank for natural persons. `00000000000000000X` only for an individual business without a code, and then businessRegistrationNo is required. */
  creditCode?: string | null | undefined;
  /** 决定日期, `YYYY-MM-DD` (required; not in the future). */
  decisionDate?: string | null | undefined;
  /** 行政处罚决定书文号 (required, ≤ 128 characters). Identifies the record within its source unit. */
  documentNumber?: string | null | undefined;
  /** 违法事实 (required). */
  facts?: string | null | undefined;
  /** 罚款金额 in 万元, up to six decimals (required and > 0 when penaltyTypes has FINE, unless templateVersion is V1: then it may be left out, and is unknown). */
  fineAmount?: string | null | undefined;
  /** 事业单位证书号 (≤ 12 characters). */
  institutionCertificateNo?: string | null | undefined;
  /** 法定代表人: required for legal entities and individual businesses (≤ 50 characters). */
  legalRepresentative?: string | null | undefined;
  /** 法定代表人证件号码 (a 身份证 number is checked). */
  legalRepresentativeIdNumber?: string | null | undefined;
  /** 法定代表人证件类型: 身份证, 护照号, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 外国人永久居留身份证, or 其他-…. */
  legalRepresentativeIdType?: string | null | undefined;
  /** 组织机构代码: nine characters, GB 11714 check. */
  organizationCode?: string | null | undefined;
  /** The penalty when penaltyTypes has OTHER (then required). */
  penaltyTypeOther?: string | null | undefined;
  /** 处罚类别: one or more (required). */
  penaltyTypes?: Array<PenaltyType> | null | undefined;
  /** 处罚有效期, `YYYY-MM-DD` (required, not before decisionDate); 2099-12-31 means long-term. */
  penaltyValidUntil?: string | null | undefined;
  /** 证件号码 of a natural-person counterpart (required for natural persons). */
  personIdNumber?: string | null | undefined;
  /** 证件类型 of a natural-person counterpart (required for natural persons). */
  personIdType?: string | null | undefined;
  /** 备注 (≤ 512 characters). */
  remarks?: string | null | undefined;
  /** Regulated sector, which can lengthen the publicity period. */
  sector?: PenaltySector | null | undefined;
  /** 失信严重程度, the department’s marking, which wins over derivation; when omitted, the class is derived from penaltyTypes, fineAmount and counterpartCategory (severityBasis says by which rule). */
  severity?: PenaltySeverity | null | undefined;
  /** 社会组织登记证号 (≤ 50 characters). */
  socialOrganizationNo?: string | null | undefined;
  /** 数据来源单位 (required). */
  sourceUnit?: string | null | undefined;
  /** Credit code of the source unit (required, valid; a PROVIDER key may only submit its own). */
  sourceUnitCode?: string | null | undefined;
  /** 当前状态; VALID when omitted. INVALID and REVOKED records are kept but never public; OBJECTION opens an objection on the record. */
  status?: RecordStatusCode | null | undefined;
  /** 暂扣或吊销证照名称及编号 (required when penaltyTypes has SUSPEND_LICENCE or REVOKE_LICENCE). */
  suspendedLicence?: string | null | undefined;
  /** 税务登记号 (≤ 20 characters). */
  taxRegistrationNo?: string | null | undefined;
  /** The national template the row was read from; V2 when omitted. A V1 row may leave fineAmount and confiscatedAmount out, since V1 has no amount columns: the amount is then unknown (null). */
  templateVersion?: TemplateVersion | null | undefined;
  /** 信息使用范围; PUBLIC when omitted. */
  usageScope?: UsageScope | null | undefined;
  /** 违法行为类型 (required). */
  violationType?: string | null | undefined;
};

/** The regulated sector of a penalty, which can lengthen its publicity period. */
export type PenaltySector =
  /** 药品 */
  | 'DRUGS'
  /** 消防 */
  | 'FIRE_SAFETY'
  /** 食品 */
  | 'FOOD'
  /** 其他领域 */
  | 'OTHER'
  /** 特种设备 */
  | 'SPECIAL_EQUIPMENT'
  /** 安全生产 */
  | 'WORK_SAFETY';

/** The severity of a penalty, which selects its publicity period. */
export type PenaltySeverity =
  /** 一般 */
  | 'GENERAL'
  /** 轻微 */
  | 'MINOR'
  /** 严重 */
  | 'SERIOUS';

/** 处罚类别: a kind of administrative penalty (行政处罚法 2021, Art. 9). */
export type PenaltyType =
  /** 行政拘留 */
  | 'ADMIN_DETENTION'
  /** 通报批评 */
  | 'CIRCULATED_CRITICISM'
  /** 没收违法所得 */
  | 'CONFISCATE_ILLEGAL_GAINS'
  /** 没收非法财物 */
  | 'CONFISCATE_ILLEGAL_PROPERTY'
  /** 降低资质等级 */
  | 'DOWNGRADE_QUALIFICATION'
  /** 罚款 */
  | 'FINE'
  /** 责令关闭 */
  | 'ORDER_CLOSE'
  /** 责令停产停业 */
  | 'ORDER_SUSPEND_PRODUCTION'
  /** 其他: penaltyTypeOther names the penalty. */
  | 'OTHER'
  /** 限制开展生产经营活动 */
  | 'RESTRICT_BUSINESS'
  /** 限制从业 */
  | 'RESTRICT_EMPLOYMENT'
  /** 吊销许可证件 */
  | 'REVOKE_LICENCE'
  /** 暂扣许可证件 */
  | 'SUSPEND_LICENCE'
  /** 警告 */
  | 'WARNING';

/** What kind of body a data provider (数据来源单位) is. */
export type ProviderCategory =
  /** 政府部门: a government department or public body. */
  | 'DEPARTMENT'
  /** 平台企业: an e-commerce or internet platform reporting on the merchants it hosts (平台违规处置, 平台信用承诺). */
  | 'PLATFORM';

/** The rules a penalty’s publicity period was judged under, chosen by its decision date. */
export type PublicityRegime =
  /** 发改办财金〔2019〕527号: decisions before 2023-05-01. */
  | 'NDRC_2019_527'
  /** 国家发展改革委令第36号《信用修复管理办法》: decisions from 2026-04-01. */
  | 'NDRC_ORDER_36'
  /** 国家发展改革委令第58号: decisions from 2023-05-01 to 2026-03-31. */
  | 'NDRC_ORDER_58';

/** The kind of a 双公示 record. */
export type RecordKind =
  /** 行政许可: an administrative licensing decision. */
  | 'LICENSING'
  /** 行政处罚: an administrative penalty decision. */
  | 'PENALTY';

/** 当前状态: the record's status as its department marks it (V2 1 有效 / 2 无效; V1 0 正常 / 1 撤销 / 2 异议 / 3 其他). */
export type RecordStatusCode =
  /** 无效 (V2 2): the decision is void; the record is never public. */
  | 'INVALID'
  /** 异议 (V1 2): the department marks the record as under objection; submitting it opens an objection, and the record shows 异议处理中 until the credit office decides it. */
  | 'OBJECTION'
  /** 其他 (V1 3): another status, explained in 备注. */
  | 'OTHER'
  /** 撤销 (V1 1): the decision was revoked; the record is never public. */
  | 'REVOKED'
  /** 有效 / 正常 (V2 1, V1 0): the decision stands. */
  | 'VALID';

/** A credit repair application. */
export type RepairApplicationInput = {
  /** How to reach the applicant. */
  applicantContact: string;
  /** Who applies (1–200 characters). */
  applicantName: string;
  /** Reference to the signed credit commitment (信用承诺书). */
  creditCommitment: string;
  /** Reference to the proof that the obligations were met (履行义务证明). */
  proofOfPerformance: string;
  /** The penalty or black-list entry, e.g. `penalty:12` or `list:3`. */
  targetId: string | number;
};

/** Where a credit repair application stands. */
export type RepairStatus =
  /** Approved: the record left the public view. */
  | 'APPROVED'
  /** Waiting for the credit office’s decision. */
  | 'PENDING'
  /** Refused. */
  | 'REJECTED';

/** Who is calling; decides what the caller may do and see. */
export type Role =
  /** The credit office (信用办): everything, plus keys, catalog and calendar. */
  | 'ADMIN'
  /** A bank or credit agency: public view plus records of subjects that authorised it. */
  | 'INSTITUTION'
  /** A department that submits records (数据来源单位): its own submissions. */
  | 'PROVIDER'
  /** Anyone, without a key: published public-scope records, no personal data. */
  | 'PUBLIC'
  /** A government department checking subjects: everything, every query logged. */
  | 'REGULATOR';

/** How a penalty’s severity (its publicity class) was reached. */
export type SeveritySource =
  /** Derived from the national fields (处罚类别, 罚款金额, 行政相对人类别) by the publicity-class rules. */
  | 'DERIVED'
  /** The department marked it (失信严重程度); a marking wins over the rules. */
  | 'MARKED'
  /** Set by the credit office, with a reason (audited). */
  | 'OVERRIDDEN';

/** 行政相对人类别: the category of the subject a record is about. */
export type SubjectCategory =
  /** 个体工商户: an individual business. */
  | 'INDIVIDUAL_BUSINESS'
  /** 法人及非法人组织: a legal person or an unincorporated organisation. */
  | 'LEGAL_ENTITY'
  /** 自然人: a natural person; never public. */
  | 'NATURAL_PERSON';

/** The national 双公示 template a row was read from. */
export type TemplateVersion =
  /** The older template (≈2015–2018): no amount columns, so a fine or confiscation may come without its amount. */
  | 'V1'
  /** The current national template, with 罚款金额 and 没收金额 columns. */
  | 'V2';

/** 信息使用范围: who may see a record. */
export type UsageScope =
  /** 仅可授权查询: visible to institutions the subject authorised. */
  | 'AUTHORIZED'
  /** 仅政府部门内部共享: government departments only. */
  | 'GOVERNMENT'
  /** 公示: published to everyone. */
  | 'PUBLIC';

export type DisclosedPersonIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type DisclosedPersonIdsQuery = { disclosureRecords: { edges: Array<{ node:
        | { counterpartCategory: SubjectCategory, personIdNumber: string | null }
        | { counterpartCategory: SubjectCategory, personIdNumber: string | null }
       }> } };

export type SubjectRowCountsQueryVariables = Exact<{
  code: string;
  purpose?: string | null | undefined;
}>;


export type SubjectRowCountsQuery = { subject: { licensingRecords: { totalCount: number, edges: Array<{ node: { id: string } }> }, penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type CatalogItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogItemsQuery = { catalog: Array<{ code: string, version: number, usageScope: UsageScope, providers: Array<{ organizationCode: string, organizationName: string, category: ProviderCategory }> }> };

export type SaveCatalogItemMutationVariables = Exact<{
  input: CatalogItemInput;
}>;


export type SaveCatalogItemMutation = { saveCatalogItem: { code: string, version: number, usageScope: UsageScope } };

export type SaveCatalogItemFieldsMutationVariables = Exact<{
  input: CatalogItemInput;
}>;


export type SaveCatalogItemFieldsMutation = { saveCatalogItem: { code: string, version: number, fields: Array<{ name: string, type: string, required: boolean, values: Array<string> | null }> } };

export type SetCatalogItemProvidersMutationVariables = Exact<{
  code: string;
  providers: Array<CatalogProviderInput> | CatalogProviderInput;
}>;


export type SetCatalogItemProvidersMutation = { setCatalogItemProviders: { code: string, version: number, providers: Array<{ organizationCode: string }> } };

export type SubmitCatalogRecordsMutationVariables = Exact<{
  itemCode: string;
  records: Array<CatalogRecordInput> | CatalogRecordInput;
}>;


export type SubmitCatalogRecordsMutation = { submitCatalogRecords: { accepted: number, duplicates: number, corrections: number, rejected: Array<{ index: number, field: string | null, column: string | null, code: string }>, records: Array<{ id: string, catalogItemCode: string, catalogItemVersion: number, version: number }> } };

export type SubjectCatalogRecordsQueryVariables = Exact<{
  code: string;
  purpose?: string | null | undefined;
}>;


export type SubjectCatalogRecordsQuery = { subject: { catalogRecords: { totalCount: number, edges: Array<{ node: { catalogItemCode: string, recordNumber: string, subject: { code: string } | null, fields: Array<{ name: string, label: string, value: string | null }> } }> } } | null };

export type RunCreditCheckMutationVariables = Exact<{
  code: string;
  scenario: CheckScenario;
  matter: string;
}>;


export type RunCreditCheckMutation = { runCreditCheck: { id: string, subjectCode: string, scenario: CheckScenario, incentiveReason: string | null, complete: boolean, hits: Array<{ id: string, listType: ListType }>, measures: Array<{ measure: { id: string, kind: MeasureKind, listType: ListType, title: string }, feedback: { applied: boolean, reason: string | null } | null }> } };

export type RunCreditCheckHitsMutationVariables = Exact<{
  code: string;
  scenario: CheckScenario;
  matter: string;
}>;


export type RunCreditCheckHitsMutation = { runCreditCheck: { hits: Array<{ id: string }>, measures: Array<{ measure: { id: string, kind: MeasureKind } }> } };

export type RunCreditCheckProfileMutationVariables = Exact<{
  code: string;
  scenario: CheckScenario;
  matter: string;
}>;


export type RunCreditCheckProfileMutation = { runCreditCheck: { __typename: 'CreditCheck', id: string, subjectCode: string, scenario: CheckScenario, matter: string, checkedAt: string, organizationName: string | null, organizationCode: string | null, incentiveReason: string | null, complete: boolean, subject: { code: string, name: string, legalRepresentativeIdNumber: string | null, regionName: string | null, penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string, decisionDate: string, underObjection: boolean } }> }, listEntries: Array<{ listType: ListType, status: string }> } | null, hits: Array<{ id: string, listType: ListType, listedOn: string, status: string }>, measures: Array<{ measure: { id: string, kind: MeasureKind, listType: ListType, scenarios: Array<CheckScenario>, title: string, content: string, legalBasis: string, departments: string }, feedback: { applied: boolean, reason: string | null, recordedAt: string } | null }> } };

export type RecordCheckFeedbackMutationVariables = Exact<{
  checkId: string | number;
  feedback: Array<MeasureFeedbackInput> | MeasureFeedbackInput;
}>;


export type RecordCheckFeedbackMutation = { recordCheckFeedback: { id: string, complete: boolean, measures: Array<{ measure: { id: string }, feedback: { applied: boolean, reason: string | null } | null }> } };

export type CreditCheckStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditCheckStatsQuery = { creditCheckStats: Array<{ organizationCode: string | null, checks: number, complete: number, lackingFeedback: number }> };

export type CreditCheckQueryVariables = Exact<{
  id: string | number;
}>;


export type CreditCheckQuery = { creditCheck: { id: string } | null };

export type CreditChecksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CreditChecksQuery = { creditChecks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { matter: string, complete: boolean } }> } };

export type MeasuresQueryVariables = Exact<{
  scenario?: CheckScenario | null | undefined;
}>;


export type MeasuresQuery = { measures: Array<{ id: string, kind: MeasureKind }> };

export type SaveMeasureMutationVariables = Exact<{
  input: MeasureInput;
}>;


export type SaveMeasureMutation = { saveMeasure: { id: string, kind: MeasureKind, scenarios: Array<CheckScenario> } };

export type CreditChecksWithFindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditChecksWithFindingsQuery = { creditChecks: { totalCount: number, edges: Array<{ node: { id: string, subjectCode: string, complete: boolean, hits: Array<{ id: string, listType: ListType }>, measures: Array<{ measure: { id: string, kind: MeasureKind }, feedback: { applied: boolean } | null }> } }> } };

export type RunCreditCheckRulesMutationVariables = Exact<{
  code: string;
  scenario: CheckScenario;
  matter: string;
}>;


export type RunCreditCheckRulesMutation = { runCreditCheck: { id: string, incentiveReason: string | null, incentiveRule: CheckRule | null, incentiveExplanation: string | null, recordsCoverageFrom: string | null, hits: Array<{ id: string, listType: ListType, status: string }>, penalties: Array<{ id: string, decisionDate: string, usageScope: UsageScope, publicity: { maximumEndDate: string } }>, measures: Array<{ rule: CheckRule | null, measure: { id: string, listType: ListType } }>, deniedMeasures: Array<{ rule: CheckRule, explanation: string, measure: { id: string } }> } };

export type CreditCheckRulesQueryVariables = Exact<{
  id: string | number;
}>;


export type CreditCheckRulesQuery = { creditCheck: { incentiveRule: CheckRule | null, incentiveExplanation: string | null, recordsCoverageFrom: string | null, penalties: Array<{ id: string }>, measures: Array<{ rule: CheckRule | null }>, deniedMeasures: Array<{ rule: CheckRule, measure: { id: string } }> } | null };

export type CollectionReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CollectionReportQuery = { collectionReport: { csv: string, rows: Array<{ itemCode: string, itemName: string, sourceUnitCode: string, sourceUnit: string, received: number, published: number, corrected: number, rejected: number, due: number, onTime: number, onTimeRate: number | null }>, silentProviders: Array<{ itemCode: string, organizationCode: string }> } };

export type DisclosureRecordsQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisclosureRecordsQuery = { disclosureRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { id: string, kind: RecordKind, decisionDate: string, documentNumber: string, sourceUnitCode: string, disclosure: { deadline: string, provisional: boolean, status: DisclosureStatus, publishedAt: string | null, workingDaysLate: number | null } }
        | { id: string, kind: RecordKind, decisionDate: string, documentNumber: string, sourceUnitCode: string, disclosure: { deadline: string, provisional: boolean, status: DisclosureStatus, publishedAt: string | null, workingDaysLate: number | null } }
       }> } };

export type DisclosureStatsQueryVariables = Exact<{
  from: string;
  to: string;
  kind?: RecordKind | null | undefined;
}>;


export type DisclosureStatsQuery = { disclosureStats: Array<{ sourceUnit: string, sourceUnitCode: string, total: number, onTime: number, late: number, overdue: number, pending: number, notRequired: number, onTimeRate: number | null }> };

export type DeadlineQueryVariables = Exact<{
  decisionDate: string;
  workingDays?: number | null | undefined;
}>;


export type DeadlineQuery = { isWorkingDay: boolean, disclosureDeadline: { deadline: string, provisional: boolean } };

export type LoadHolidayCalendarMutationVariables = Exact<{
  year: number;
  daysOff: Array<string> | string;
  makeUpWorkdays: Array<string> | string;
  replace?: boolean | null | undefined;
}>;


export type LoadHolidayCalendarMutation = { loadHolidayCalendar: { year: number, daysOff: Array<string>, makeUpWorkdays: Array<string>, source: string | null, recomputedRecords: number } };

export type PublishRecordsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PublishRecordsMutation = { publishRecords: Array<
    | { id: string, publishedAt: string | null, disclosure: { status: DisclosureStatus, workingDaysLate: number | null } }
    | { id: string, publishedAt: string | null, disclosure: { status: DisclosureStatus, workingDaysLate: number | null } }
  > };

export type RevokeRecordMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeRecordMutation = { revokeRecord:
    | { id: string, revokedAt: string | null }
    | { id: string, revokedAt: string | null }
   };

export type RecordDisclosureQueryVariables = Exact<{
  code: string;
}>;


export type RecordDisclosureQuery = { subject: { penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string, documentNumber: string, disclosure: { deadline: string, provisional: boolean, status: DisclosureStatus, workingDaysLate: number | null }, publicity: { regime: PublicityRegime, minimumEndDate: string, maximumEndDate: string } } }> }, licensingRecords: { totalCount: number, edges: Array<{ node: { id: string, disclosure: { deadline: string, status: DisclosureStatus } } }> } } | null };

export type SubjectEvaluationQueryVariables = Exact<{
  code: string;
  purpose?: string | null | undefined;
}>;


export type SubjectEvaluationQuery = { subject: { code: string, evaluation: { subjectCode: string, grade: CreditGrade, gradeName: string, score: number | null, modelVersion: string, computedAt: string, supervision: string | null, indicators: Array<{ code: string, name: string, value: number, points: number, basis: string, recordIds: Array<string> }> } | null } | null };

export type SubjectEvaluationHistoryQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubjectEvaluationHistoryQuery = { subject: { evaluationHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { grade: CreditGrade, score: number | null, modelVersion: string, computedAt: string } }> } } | null };

export type EvaluationModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationModelsQuery = { evaluationModels: Array<{ version: string, publishedAt: string, inForce: boolean, baseScore: number, publicView: EvaluationPublicView, basis: string, thresholds: { a: number, b: number, c: number }, indicators: Array<{ code: string, name: string, counts: string, pointsEach: number, maxPoints: number, basis: string }>, gradeCaps: Array<{ indicator: string, atLeast: number, grade: CreditGrade, basis: string }>, supervision: Array<{ grade: CreditGrade, recommendation: string }> }> };

export type EvaluationDistributionQueryVariables = Exact<{
  by: EvaluationDimension;
}>;


export type EvaluationDistributionQuery = { evaluationDistribution: Array<{ key: string, name: string, total: number, grades: Array<{ grade: CreditGrade, subjects: number }> }> };

export type PublishEvaluationModelMutationVariables = Exact<{
  input: EvaluationModelInput;
}>;


export type PublishEvaluationModelMutation = { publishEvaluationModel: { version: string, publishedAt: string, inForce: boolean, publicView: EvaluationPublicView } };

export type CheckWithEvaluationMutationVariables = Exact<{
  code: string;
  scenario: CheckScenario;
  matter: string;
}>;


export type CheckWithEvaluationMutation = { runCreditCheck: { id: string, checkedAt: string, evaluation: { grade: CreditGrade, score: number | null, modelVersion: string, supervision: string | null, indicators: Array<{ code: string, value: number, points: number }> } | null } };

export type CreditCheckEvaluationQueryVariables = Exact<{
  id: string | number;
}>;


export type CreditCheckEvaluationQuery = { creditCheck: { evaluation: { grade: CreditGrade, score: number | null, modelVersion: string } | null } | null };

export type SubjectsEvaluationsQueryVariables = Exact<{
  codes: Array<string> | string;
  purpose?: string | null | undefined;
}>;


export type SubjectsEvaluationsQuery = { subjects: Array<{ code: string, evaluation: { grade: CreditGrade, score: number | null } | null } | null> };

export type ExportRecordsMutationVariables = Exact<{
  kind: RecordKind;
  from: string;
  to: string;
  format?: ExportFormat | null | undefined;
}>;


export type ExportRecordsMutation = { exportRecords: { id: string, kind: RecordKind, from: string, to: string, format: ExportFormat, layout: string, rowCount: number, byteSize: number, sha256: string, fileName: string, downloadUrl: string, createdAt: string, manifest: { totalCount: number, edges: Array<{ node: { row: number, recordId: string, recordVersion: number, contentHash: string } }> } } };

export type ExportBatchesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportBatchesQuery = { exportBatches: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: RecordKind, from: string, to: string, rowCount: number, sha256: string, downloadUrl: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordLifecycleQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordLifecycleQuery = { creditRecord:
    | { id: string, underObjection: boolean, disclosure: { status: DisclosureStatus, publishedAt: string | null } }
    | { revokedAt: string | null, repairedAt: string | null, id: string, underObjection: boolean, disclosure: { status: DisclosureStatus, publishedAt: string | null } }
   | null };

export type SubmitListEntriesMutationVariables = Exact<{
  entries: Array<ListEntryInput> | ListEntryInput;
}>;


export type SubmitListEntriesMutation = { submitListEntries: { accepted: number, duplicates: number, corrections: number, rejected: Array<{ index: number, field: string | null, column: string | null, code: string }>, records: Array<
      | { id: string }
      | { id: string }
    >, listEntries: Array<{ id: string, listType: ListType, status: string, subjectCode: string }> } };

export type SubjectListEntriesQueryVariables = Exact<{
  code: string;
  purpose?: string | null | undefined;
}>;


export type SubjectListEntriesQuery = { subject: { listEntries: Array<{ listType: ListType, status: string, listingAuthority: string, basis: string }> } | null };

export type RemoveListEntryMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RemoveListEntryMutation = { removeListEntry: { status: string, removalReason: string | null } };

export type SearchSubjectsListEntriesQueryVariables = Exact<{
  query: string;
}>;


export type SearchSubjectsListEntriesQuery = { searchSubjects: { totalCount: number, edges: Array<{ node: { code: string, listEntries: Array<{ id: string, listType: ListType, status: string }>, red: Array<{ id: string }> } }> } };

export type SubjectListEntryStatesQueryVariables = Exact<{
  code: string;
  purpose?: string | null | undefined;
}>;


export type SubjectListEntryStatesQuery = { subject: { listEntries: Array<{ id: string, listType: ListType, status: string }> } | null };

export type SubjectListEntryHistoryQueryVariables = Exact<{
  code: string;
  purpose?: string | null | undefined;
}>;


export type SubjectListEntryHistoryQuery = { subject: { listEntries: Array<{ id: string, listType: ListType, status: string, listedOn: string, removedAt: string | null, removalReason: string | null, repairedAt: string | null, history: Array<{ kind: ListEntryEventKind, at: string, version: number | null, reason: string | null }> }> } | null };

export type MonitorSubjectsMutationVariables = Exact<{
  codes: Array<string> | string;
  purpose: string;
}>;


export type MonitorSubjectsMutation = { monitorSubjects: { added: number, removed: number, unchanged: number, rejected: Array<{ index: number, field: string | null, code: string, message: string }> } };

export type UnmonitorSubjectsMutationVariables = Exact<{
  codes: Array<string> | string;
}>;


export type UnmonitorSubjectsMutation = { unmonitorSubjects: { added: number, removed: number, unchanged: number, rejected: Array<{ index: number, field: string | null, code: string }> } };

export type MonitoredSubjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MonitoredSubjectsQuery = { monitoredSubjects: { totalCount: number, edges: Array<{ cursor: string, node: { subjectCode: string, purpose: string, monitoredAt: string, subject: { code: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, subjectCode: string, kind: ChangeKind, recordId: string | null, occurredAt: string, subject: { code: string, name: string, legalRepresentativeIdNumber: string | null, penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string, documentNumber: string, legalRepresentativeIdNumber: string | null } }> } } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type ChangeIdsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangeIdsQuery = { changes: { edges: Array<{ cursor: string, node: { id: string, subjectCode: string, kind: ChangeKind, recordId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FileObjectionWithDeadlinesMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileObjectionWithDeadlinesMutation = { fileObjection: { id: string, targetId: string, status: ObjectionStatus, acceptDue: string, answerDue: string | null, overdue: boolean } };

export type AcceptObjectionMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type AcceptObjectionMutation = { acceptObjection: { status: ObjectionStatus, answerDue: string | null } };

export type DecideObjectionMutationVariables = Exact<{
  id: string | number;
  outcome: ObjectionOutcome;
}>;


export type DecideObjectionMutation = { decideObjection: { status: ObjectionStatus, outcome: ObjectionOutcome | null } };

export type OverdueObjectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueObjectionsQuery = { objections: { totalCount: number, edges: Array<{ node: { targetId: string, overdue: boolean, acceptDue: string } }> } };

export type PublicPenaltyObjectionsQueryVariables = Exact<{
  code: string;
}>;


export type PublicPenaltyObjectionsQuery = { subject: { penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string, underObjection: boolean } }> } } | null };

export type FileObjectionContactMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileObjectionContactMutation = { fileObjection: { id: string, status: ObjectionStatus, filerContact: string } };

export type FileObjectionTrackedMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileObjectionTrackedMutation = { fileObjection: { id: string, trackingNumber: string, status: ObjectionStatus, filedAt: string } };

export type ObjectionStatusQueryVariables = Exact<{
  trackingNumber: string;
  contact: string;
}>;


export type ObjectionStatusQuery = { objectionStatus: { id: string, trackingNumber: string, targetId: string, status: ObjectionStatus, filedAt: string, acceptDue: string, acceptedAt: string | null, acceptanceNote: string | null, answerDue: string | null, outcome: ObjectionOutcome | null, decidedAt: string | null, decisionNote: string | null } | null };

export type ValidateCreditCodeQueryVariables = Exact<{
  code: string;
}>;


export type ValidateCreditCodeQuery = { validateCreditCode: { valid: boolean, code: string, reason: string | null, problem: string | null, warnings: Array<string>, registrationAuthority: string | null, entityType: string | null, regionCode: string | null, regionName: string | null, organizationCode: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { role: Role, organizationName: string | null, organizationCode: string | null } };

export type CatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogQuery = { catalog: Array<{ code: string, name: string, category: string, usageScope: UsageScope, requiresReview: boolean }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { id: string, secret: string, role: Role } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type RegisterAuthorizationMutationVariables = Exact<{
  input: AuthorizationInput;
}>;


export type RegisterAuthorizationMutation = { registerAuthorization: { id: string, institutionCode: string, subjectCode: string, validUntil: string, revokedAt: string | null } };

export type RevokeAuthorizationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeAuthorizationMutation = { revokeAuthorization: { id: string, revokedAt: string | null } };

export type AccessLogQueryVariables = Exact<{
  subjectCode?: string | null | undefined;
  organizationCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessLogQuery = { accessLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { role: Role, organizationCode: string | null, subjectCode: string, purpose: string | null, operation: string, dataRead: Array<string> | null } }> } };

export type CachedProfileQueryVariables = Exact<{
  code: string;
  purpose?: string | null | undefined;
}>;


export type CachedProfileQuery = { subject: { code: string, name: string, penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string, underObjection: boolean } }> } } | null };

export type FileObjectionMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileObjectionMutation = { fileObjection: { id: string, status: ObjectionStatus } };

export type SearchWithRecordsQueryVariables = Exact<{
  query: string;
}>;


export type SearchWithRecordsQuery = { searchSubjects: { totalCount: number, edges: Array<{ node: { code: string, name: string, penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string } }> } } }> } };

export type SearchedPenaltiesFragment = { penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type CreditRecordQueryVariables = Exact<{
  id: string | number;
  purpose?: string | null | undefined;
}>;


export type CreditRecordQuery = { creditRecord:
    | { documentNumber: string, documentTitle: string, id: string, decisionDate: string, sourceUnit: string, status: RecordStatusCode, underObjection: boolean, disclosure: { status: DisclosureStatus }, subject: { code: string } | null }
    | { documentNumber: string, facts: string, legalRepresentativeIdNumber: string | null, id: string, decisionDate: string, sourceUnit: string, status: RecordStatusCode, underObjection: boolean, disclosure: { status: DisclosureStatus }, subject: { code: string } | null }
   | null };

export type ApplyForRepairMutationVariables = Exact<{
  input: RepairApplicationInput;
}>;


export type ApplyForRepairMutation = { applyForRepair: { id: string, targetId: string, status: RepairStatus } };

export type DecideRepairMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
}>;


export type DecideRepairMutation = { decideRepair: { status: RepairStatus } };

export type SubjectRemediesQueryVariables = Exact<{
  code: string;
  purpose?: string | null | undefined;
}>;


export type SubjectRemediesQuery = { subject: { penaltyRecords: { totalCount: number, edges: Array<{ node: { id: string, underObjection: boolean, repairedAt: string | null, revokedAt: string | null } }> }, listEntries: Array<{ id: string, underObjection: boolean }> } | null };

export type SubjectProfileQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  purpose?: string | null | undefined;
}>;


export type SubjectProfileQuery = { subject: { code: string, name: string, category: SubjectCategory, legalRepresentative: string | null, legalRepresentativeIdNumber: string | null, registrationAuthority: string | null, entityType: string | null, regionCode: string, regionName: string | null, licensingRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, decisionDate: string, documentNumber: string, documentTitle: string, usageScope: UsageScope, status: RecordStatusCode, legalRepresentativeIdNumber: string | null } }> }, penaltyRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, decisionDate: string, documentNumber: string, fineAmount: string | null, penaltyTypes: Array<PenaltyType>, status: RecordStatusCode, severity: PenaltySeverity, severitySource: SeveritySource, severityBasis: string, subject: { code: string } | null } }> } } | null };

export type SearchCountQueryVariables = Exact<{
  query: string;
}>;


export type SearchCountQuery = { searchSubjects: { totalCount: number, totalCountExact: boolean } };

export type SearchSubjectsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchSubjectsQuery = { searchSubjects: { totalCount: number, totalCountExact: boolean, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, highlights: Array<{ start: number, length: number }>, node: { code: string, name: string, category: SubjectCategory } }> } };

export type InlineInvalidCreditCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type InlineInvalidCreditCodeQuery = { subject: { name: string } | null };

export type SubjectsBatchQueryVariables = Exact<{
  codes: Array<string> | string;
  purpose?: string | null | undefined;
}>;


export type SubjectsBatchQuery = { subjects: Array<{ code: string, name: string, category: SubjectCategory, legalRepresentativeIdNumber: string | null, regionName: string | null, penaltyRecords: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, decisionDate: string, severity: PenaltySeverity, publicity: { regime: PublicityRegime, maximumEndDate: string }, disclosure: { status: DisclosureStatus, workingDaysLate: number | null } } }> }, licensingRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, startCursor: string | null } } } | null> };

export type PortfolioScreenQueryVariables = Exact<{
  codes: Array<string> | string;
  purpose?: string | null | undefined;
}>;


export type PortfolioScreenQuery = { subjects: Array<{ code: string, name: string, category: SubjectCategory, licensingRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, documentNumber: string, decisionDate: string, validTo: string, disclosure: { status: DisclosureStatus } } }> }, penaltyRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, documentNumber: string, decisionDate: string, penaltyTypes: Array<PenaltyType>, fineAmount: string | null, disclosure: { status: DisclosureStatus } } }> } } | null> };

export type SubmitLicensingMutationVariables = Exact<{
  records: Array<LicensingRecordInput> | LicensingRecordInput;
}>;


export type SubmitLicensingMutation = { submitLicensingRecords: { accepted: number, duplicates: number, corrections: number, rejected: Array<{ index: number, field: string | null, column: string | null, code: string, message: string }>, records: Array<
      | { licenceCategory: LicenceCategory, validTo: string, id: string, kind: RecordKind, version: number, decisionDate: string, sourceUnitCode: string, documentNumber: string, publishedAt: string | null, subject: { code: string, name: string } | null }
      | { id: string, kind: RecordKind, version: number, decisionDate: string, sourceUnitCode: string, documentNumber: string, publishedAt: string | null, subject: { code: string, name: string } | null }
    > } };

export type SubmitPenaltyMutationVariables = Exact<{
  records: Array<PenaltyRecordInput> | PenaltyRecordInput;
}>;


export type SubmitPenaltyMutation = { submitPenaltyRecords: { accepted: number, duplicates: number, corrections: number, rejected: Array<{ index: number, field: string | null, column: string | null, code: string, message: string }>, records: Array<
      | { id: string, kind: RecordKind, version: number, publishedAt: string | null, documentNumber: string, personIdNumber: string | null, legalRepresentativeIdNumber: string | null, subject: { code: string } | null }
      | { penaltyTypes: Array<PenaltyType>, fineAmount: string | null, confiscatedAmount: string | null, severity: PenaltySeverity, id: string, kind: RecordKind, version: number, publishedAt: string | null, documentNumber: string, personIdNumber: string | null, legalRepresentativeIdNumber: string | null, subject: { code: string } | null }
    > } };

export const SearchedPenaltiesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchedPenalties"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchedPenaltiesFragment, unknown>;
export const DisclosedPersonIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosedPersonIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PENALTY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterpartCategory"}},{"kind":"Field","name":{"kind":"Name","value":"personIdNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosedPersonIdsQuery, DisclosedPersonIdsQueryVariables>;
export const SubjectRowCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectRowCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licensingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectRowCountsQuery, SubjectRowCountsQueryVariables>;
export const CatalogItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"usageScope"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogItemsQuery, CatalogItemsQueryVariables>;
export const SaveCatalogItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCatalogItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCatalogItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"usageScope"}}]}}]}}]} as unknown as DocumentNode<SaveCatalogItemMutation, SaveCatalogItemMutationVariables>;
export const SaveCatalogItemFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCatalogItemFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCatalogItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<SaveCatalogItemFieldsMutation, SaveCatalogItemFieldsMutationVariables>;
export const SetCatalogItemProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCatalogItemProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogProviderInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCatalogItemProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}}]}}]}}]}}]} as unknown as DocumentNode<SetCatalogItemProvidersMutation, SetCatalogItemProvidersMutationVariables>;
export const SubmitCatalogRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCatalogRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogRecordInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCatalogRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"catalogItemVersion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCatalogRecordsMutation, SubmitCatalogRecordsMutationVariables>;
export const SubjectCatalogRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectCatalogRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectCatalogRecordsQuery, SubjectCatalogRecordsQueryVariables>;
export const RunCreditCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunCreditCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckScenario"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCreditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"matter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunCreditCheckMutation, RunCreditCheckMutationVariables>;
export const RunCreditCheckHitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunCreditCheckHits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckScenario"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCreditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"matter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunCreditCheckHitsMutation, RunCreditCheckHitsMutationVariables>;
export const RunCreditCheckProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunCreditCheckProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckScenario"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCreditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"matter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"listEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunCreditCheckProfileMutation, RunCreditCheckProfileMutationVariables>;
export const RecordCheckFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCheckFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feedback"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureFeedbackInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCheckFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"checkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"feedback"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feedback"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordCheckFeedbackMutation, RecordCheckFeedbackMutationVariables>;
export const CreditCheckStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditCheckStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCheckStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"lackingFeedback"}}]}}]}}]} as unknown as DocumentNode<CreditCheckStatsQuery, CreditCheckStatsQueryVariables>;
export const CreditCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreditCheckQuery, CreditCheckQueryVariables>;
export const CreditChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditChecksQuery, CreditChecksQueryVariables>;
export const MeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Measures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckScenario"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeasuresQuery, MeasuresQueryVariables>;
export const SaveMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"}}]}}]}}]} as unknown as DocumentNode<SaveMeasureMutation, SaveMeasureMutationVariables>;
export const CreditChecksWithFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditChecksWithFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditChecksWithFindingsQuery, CreditChecksWithFindingsQueryVariables>;
export const RunCreditCheckRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunCreditCheckRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckScenario"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCreditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"matter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveRule"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"recordsCoverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"usageScope"}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maximumEndDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deniedMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<RunCreditCheckRulesMutation, RunCreditCheckRulesMutationVariables>;
export const CreditCheckRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditCheckRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentiveRule"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"recordsCoverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deniedMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CreditCheckRulesQuery, CreditCheckRulesQueryVariables>;
export const CollectionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnitCode"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"silentProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<CollectionReportQuery, CollectionReportQueryVariables>;
export const DisclosureRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnitCode"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureRecordsQuery, DisclosureRecordsQueryVariables>;
export const DisclosureStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnitCode"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"notRequired"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]} as unknown as DocumentNode<DisclosureStatsQuery, DisclosureStatsQueryVariables>;
export const DeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isWorkingDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionDate"}}}]}]}}]} as unknown as DocumentNode<DeadlineQuery, DeadlineQueryVariables>;
export const LoadHolidayCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadHolidayCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daysOff"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"makeUpWorkdays"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replace"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadHolidayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"daysOff"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daysOff"}}},{"kind":"Argument","name":{"kind":"Name","value":"makeUpWorkdays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"makeUpWorkdays"}}},{"kind":"Argument","name":{"kind":"Name","value":"replace"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replace"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"StringValue","value":"test notice","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"daysOff"}},{"kind":"Field","name":{"kind":"Name","value":"makeUpWorkdays"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recomputedRecords"}}]}}]}}]} as unknown as DocumentNode<LoadHolidayCalendarMutation, LoadHolidayCalendarMutationVariables>;
export const PublishRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}}]}}]}}]} as unknown as DocumentNode<PublishRecordsMutation, PublishRecordsMutationVariables>;
export const RevokeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeRecordMutation, RevokeRecordMutationVariables>;
export const RecordDisclosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordDisclosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"maximumEndDate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"licensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordDisclosureQuery, RecordDisclosureQueryVariables>;
export const SubjectEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"recordIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectEvaluationQuery, SubjectEvaluationQueryVariables>;
export const SubjectEvaluationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectEvaluationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectEvaluationHistoryQuery, SubjectEvaluationHistoryQueryVariables>;
export const EvaluationModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"c"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"pointsEach"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicView"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<EvaluationModelsQuery, EvaluationModelsQueryVariables>;
export const EvaluationDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationDistributionQuery, EvaluationDistributionQueryVariables>;
export const PublishEvaluationModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvaluationModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvaluationModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"publicView"}}]}}]}}]} as unknown as DocumentNode<PublishEvaluationModelMutation, PublishEvaluationModelMutationVariables>;
export const CheckWithEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckWithEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckScenario"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCreditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"matter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckWithEvaluationMutation, CheckWithEvaluationMutationVariables>;
export const CreditCheckEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditCheckEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}}]}}]}}]}}]} as unknown as DocumentNode<CreditCheckEvaluationQuery, CreditCheckEvaluationQueryVariables>;
export const SubjectsEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectsEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<SubjectsEvaluationsQuery, SubjectsEvaluationsQueryVariables>;
export const ExportRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportRecordsMutation, ExportRecordsMutationVariables>;
export const ExportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExportBatchesQuery, ExportBatchesQueryVariables>;
export const RecordLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"StringValue","value":"核查","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLifecycleQuery, RecordLifecycleQueryVariables>;
export const SubmitListEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitListEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitListEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitListEntriesMutation, SubmitListEntriesMutationVariables>;
export const SubjectListEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectListEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]} as unknown as DocumentNode<SubjectListEntriesQuery, SubjectListEntriesQueryVariables>;
export const RemoveListEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveListEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}}]}}]}}]} as unknown as DocumentNode<RemoveListEntryMutation, RemoveListEntryMutationVariables>;
export const SearchSubjectsListEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSubjectsListEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"listEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"red"},"name":{"kind":"Name","value":"listEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"RED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchSubjectsListEntriesQuery, SearchSubjectsListEntriesQueryVariables>;
export const SubjectListEntryStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectListEntryStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubjectListEntryStatesQuery, SubjectListEntryStatesQueryVariables>;
export const SubjectListEntryHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectListEntryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"repairedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectListEntryHistoryQuery, SubjectListEntryHistoryQueryVariables>;
export const MonitorSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonitorSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitorSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MonitorSubjectsMutation, MonitorSubjectsMutationVariables>;
export const UnmonitorSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmonitorSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmonitorSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UnmonitorSubjectsMutation, UnmonitorSubjectsMutationVariables>;
export const MonitoredSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoredSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoredSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoredSubjectsQuery, MonitoredSubjectsQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const ChangeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeIdsQuery, ChangeIdsQueryVariables>;
export const FileObjectionWithDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjectionWithDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"answerDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<FileObjectionWithDeadlinesMutation, FileObjectionWithDeadlinesMutationVariables>;
export const AcceptObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"材料齐全，予以受理","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDue"}}]}}]}}]} as unknown as DocumentNode<AcceptObjectionMutation, AcceptObjectionMutationVariables>;
export const DecideObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionOutcome"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"经核查","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<DecideObjectionMutation, DecideObjectionMutationVariables>;
export const OverdueObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueObjections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueObjectionsQuery, OverdueObjectionsQueryVariables>;
export const PublicPenaltyObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPenaltyObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicPenaltyObjectionsQuery, PublicPenaltyObjectionsQueryVariables>;
export const FileObjectionContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjectionContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filerContact"}}]}}]}}]} as unknown as DocumentNode<FileObjectionContactMutation, FileObjectionContactMutationVariables>;
export const FileObjectionTrackedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjectionTracked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]} as unknown as DocumentNode<FileObjectionTrackedMutation, FileObjectionTrackedMutationVariables>;
export const ObjectionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"contact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"answerDue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<ObjectionStatusQuery, ObjectionStatusQueryVariables>;
export const ValidateCreditCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValidateCreditCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateCreditCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"registrationAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}}]}}]}}]} as unknown as DocumentNode<ValidateCreditCodeQuery, ValidateCreditCodeQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"usageScope"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReview"}}]}}]}}]} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RegisterAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RegisterAuthorizationMutation, RegisterAuthorizationMutationVariables>;
export const RevokeAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeAuthorizationMutation, RevokeAuthorizationMutationVariables>;
export const AccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"dataRead"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogQuery, AccessLogQueryVariables>;
export const CachedProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CachedProfileQuery, CachedProfileQueryVariables>;
export const FileObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;
export const SearchWithRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchWithRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchedPenalties"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchedPenalties"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchWithRecordsQuery, SearchWithRecordsQueryVariables>;
export const CreditRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicensingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}}]}}]}}]}}]} as unknown as DocumentNode<CreditRecordQuery, CreditRecordQueryVariables>;
export const ApplyForRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepairApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyForRepairMutation, ApplyForRepairMutationVariables>;
export const DecideRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"已履行法定义务并作出信用承诺","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideRepairMutation, DecideRepairMutationVariables>;
export const SubjectRemediesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectRemedies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"repairedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"listEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}}]}}]}}]}}]} as unknown as DocumentNode<SubjectRemediesQuery, SubjectRemediesQueryVariables>;
export const SubjectProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"licensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"usageScope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"severitySource"}},{"kind":"Field","name":{"kind":"Name","value":"severityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectProfileQuery, SubjectProfileQueryVariables>;
export const SearchCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountExact"}}]}}]}}]} as unknown as DocumentNode<SearchCountQuery, SearchCountQueryVariables>;
export const SearchSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchSubjectsQuery, SearchSubjectsQueryVariables>;
export const InlineInvalidCreditCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InlineInvalidCreditCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"91110000MA001ABCX5","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InlineInvalidCreditCodeQuery, InlineInvalidCreditCodeQueryVariables>;
export const SubjectsBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectsBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"maximumEndDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"licensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectsBatchQuery, SubjectsBatchQueryVariables>;
export const PortfolioScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"licensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioScreenQuery, PortfolioScreenQueryVariables>;
export const SubmitLicensingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitLicensing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LicensingRecordInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLicensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnitCode"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicensingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitLicensingMutation, SubmitLicensingMutationVariables>;
export const SubmitPenaltyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecordInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPenaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPenaltyMutation, SubmitPenaltyMutationVariables>;