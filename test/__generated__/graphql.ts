/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 统一社会信用代码: an 18-character unified social credit code (GB 32100-2015) whose check characters are right. Input is trimmed and upper-cased; an invalid code is rejected with `BAD_USER_INPUT`. */
  CreditCode: { input: string; output: string; }
  /** A calendar date in China Standard Time, written `YYYY-MM-DD`. It is never a timestamp, so no time zone can shift it. */
  Date: { input: string; output: string; }
  /** An instant, written as ISO-8601 with a time zone offset (UTC, `Z`). */
  DateTime: { input: string; output: string; }
};

/** An API key as the credit office sees it, without its secret. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Identifier of the key. */
  id: Scalars['ID']['output'];
  /** A note on what the key is for. */
  label?: Maybe<Scalars['String']['output']>;
  /** The credit code of that organisation. */
  organizationCode: Scalars['CreditCode']['output'];
  /** The organisation the key belongs to. */
  organizationName: Scalars['String']['output'];
  /** When the key was revoked; null while it is valid. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role the key acts in. */
  role: Role;
};

/** 公共信用信息目录 item: a kind of public credit information the platform collects and publishes. */
export type CatalogItem = {
  __typename?: 'CatalogItem';
  /** Category: registration, licensing, penalty, red list, black list, commitment, … */
  category: Scalars['String']['output'];
  /** Stable code of the item, e.g. `ADMIN_PENALTY`. */
  code: Scalars['String']['output'];
  /** What the item holds. */
  description: Scalars['String']['output'];
  /** The legal basis for collecting and publishing the item. */
  legalBasis: Scalars['String']['output'];
  /** Name of the item, e.g. 行政处罚信息. */
  name: Scalars['String']['output'];
  /** How long records stay public. */
  publicityRule: Scalars['String']['output'];
  /** True when records wait for the credit office to publish them. */
  requiresReview: Scalars['Boolean']['output'];
  /** How often data providers update it. */
  updateFrequency: Scalars['String']['output'];
  /** Who may see records of the item unless a record says otherwise. */
  usageScope: UsageScope;
};

/** A new API key: its role and the organisation it belongs to. */
export type CreateApiKeyInput = {
  /** A note on what the key is for (at most 200 characters). */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the organisation; a PROVIDER key may submit records only for this source unit. */
  organizationCode: Scalars['CreditCode']['input'];
  /** Full name of the organisation (1–200 characters). */
  organizationName: Scalars['String']['input'];
  /** The role the key will act in (not PUBLIC). */
  role: Role;
};

/** A newly created API key. The secret is shown here once and never again. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** Identifier of the key (not a secret). */
  id: Scalars['ID']['output'];
  /** The role the key acts in. */
  role: Role;
  /** The secret to send as `Authorization: Bearer <secret>`. Store it now. */
  secret: Scalars['String']['output'];
};

/** The verdict on a candidate credit code, with what it encodes. */
export type CreditCodeValidation = {
  __typename?: 'CreditCodeValidation';
  /** The input, trimmed and upper-cased. */
  code: Scalars['String']['output'];
  /** 机构类别 (position 2), when known. */
  entityType?: Maybe<Scalars['String']['output']>;
  /** 组织机构代码 (positions 9–17), written with its hyphen. */
  organizationCode?: Maybe<Scalars['String']['output']>;
  /** Stable code of the problem: EMPTY, LENGTH, CHARACTER, ORGANIZATION_CODE_CHECK, CHECK_CHARACTER or PLACEHOLDER. */
  problem?: Maybe<Scalars['String']['output']>;
  /** Why the code is not valid; null when it is. */
  reason?: Maybe<Scalars['String']['output']>;
  /** 行政区划码 (positions 3–8). */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** Name of the administrative division, when known. */
  regionName?: Maybe<Scalars['String']['output']>;
  /** 登记管理部门 (position 1), when known. */
  registrationAuthority?: Maybe<Scalars['String']['output']>;
  /** True when the code passes GB 32100 and its embedded GB 11714 check. */
  valid: Scalars['Boolean']['output'];
  /** Notes that do not invalidate the code (unknown authority, type or region). */
  warnings: Array<Scalars['String']['output']>;
};

/** A public credit record about a subject: a licensing or a penalty decision. */
export type CreditRecord = {
  /** 许可机关 / 处罚机关: the deciding authority. */
  authority: Scalars['String']['output'];
  /** Credit code of the deciding authority. */
  authorityCode: Scalars['CreditCode']['output'];
  /** 工商注册号: business registration number. */
  businessRegistrationNo?: Maybe<Scalars['String']['output']>;
  /** 许可内容 / 处罚内容: the content of the decision. */
  content: Scalars['String']['output'];
  /** 行政相对人类别: category of the counterpart. */
  counterpartCategory: SubjectCategory;
  /** 行政相对人名称: name of the counterpart of the decision. */
  counterpartName: Scalars['String']['output'];
  /** 统一社会信用代码 of the counterpart as submitted; `00000000000000000X` for an individual business without one; null for a natural person. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 决定日期: date of the decision; the disclosure clock starts here. */
  decisionDate: Scalars['Date']['output'];
  /** 决定文书号: number of the decision document. */
  documentNumber: Scalars['String']['output'];
  /** Identifier of the record, e.g. `penalty:42`. */
  id: Scalars['ID']['output'];
  /** 事业单位证书号: public-institution certificate number. */
  institutionCertificateNo?: Maybe<Scalars['String']['output']>;
  /** Licensing or penalty. */
  kind: RecordKind;
  /** 法定代表人: legal representative (operator of an individual business). */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** 法定代表人证件号码: full for regulators, masked for institutions and providers, null for the public. */
  legalRepresentativeIdNumber?: Maybe<Scalars['String']['output']>;
  /** 法定代表人证件类型: ID document type of the legal representative. */
  legalRepresentativeIdType?: Maybe<Scalars['String']['output']>;
  /** 组织机构代码: organisation code (GB 11714). */
  organizationCode?: Maybe<Scalars['String']['output']>;
  /** 证件号码 of a natural-person counterpart: full for regulators, masked for institutions and providers. */
  personIdNumber?: Maybe<Scalars['String']['output']>;
  /** 证件类型: ID document type of a natural-person counterpart. */
  personIdType?: Maybe<Scalars['String']['output']>;
  /** When the record became public on this platform; null while it is not. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the platform first received the record. */
  receivedAt: Scalars['DateTime']['output'];
  /** 备注: remarks. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** When the record was revoked; null while it stands. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 社会组织登记证号: social-organisation registration number. */
  socialOrganizationNo?: Maybe<Scalars['String']['output']>;
  /** 数据来源单位: the unit that submitted the record. */
  sourceUnit: Scalars['String']['output'];
  /** Credit code of the source unit. */
  sourceUnitCode: Scalars['CreditCode']['output'];
  /** The subject the record is about; null for natural persons and individual businesses without a code. */
  subject?: Maybe<Subject>;
  /** 税务登记号: tax registration number. */
  taxRegistrationNo?: Maybe<Scalars['String']['output']>;
  /** When the record last changed on the platform. */
  updatedAt: Scalars['DateTime']['output'];
  /** 信息使用范围: who may see the record. */
  usageScope: UsageScope;
  /** Version of the record: 1, plus one per accepted correction. */
  version: Scalars['Int']['output'];
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

/** 行政许可: an administrative licensing decision in the national layout. */
export type LicensingRecord = CreditRecord & {
  __typename?: 'LicensingRecord';
  /** 许可机关 / 处罚机关: the deciding authority. */
  authority: Scalars['String']['output'];
  /** Credit code of the deciding authority. */
  authorityCode: Scalars['CreditCode']['output'];
  /** 工商注册号: business registration number. */
  businessRegistrationNo?: Maybe<Scalars['String']['output']>;
  /** 许可证书名称. */
  certificateName?: Maybe<Scalars['String']['output']>;
  /** 许可编号. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** 许可内容 / 处罚内容: the content of the decision. */
  content: Scalars['String']['output'];
  /** 行政相对人类别: category of the counterpart. */
  counterpartCategory: SubjectCategory;
  /** 行政相对人名称: name of the counterpart of the decision. */
  counterpartName: Scalars['String']['output'];
  /** 统一社会信用代码 of the counterpart as submitted; `00000000000000000X` for an individual business without one; null for a natural person. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 决定日期: date of the decision; the disclosure clock starts here. */
  decisionDate: Scalars['Date']['output'];
  /** 决定文书号: number of the decision document. */
  documentNumber: Scalars['String']['output'];
  /** 行政许可决定文书名称. */
  documentTitle: Scalars['String']['output'];
  /** Identifier of the record, e.g. `penalty:42`. */
  id: Scalars['ID']['output'];
  /** 事业单位证书号: public-institution certificate number. */
  institutionCertificateNo?: Maybe<Scalars['String']['output']>;
  /** Licensing or penalty. */
  kind: RecordKind;
  /** 法定代表人: legal representative (operator of an individual business). */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** 法定代表人证件号码: full for regulators, masked for institutions and providers, null for the public. */
  legalRepresentativeIdNumber?: Maybe<Scalars['String']['output']>;
  /** 法定代表人证件类型: ID document type of the legal representative. */
  legalRepresentativeIdType?: Maybe<Scalars['String']['output']>;
  /** 许可类别. */
  licenceCategory: LicenceCategory;
  /** The category when licenceCategory is OTHER. */
  licenceCategoryOther?: Maybe<Scalars['String']['output']>;
  /** 组织机构代码: organisation code (GB 11714). */
  organizationCode?: Maybe<Scalars['String']['output']>;
  /** 证件号码 of a natural-person counterpart: full for regulators, masked for institutions and providers. */
  personIdNumber?: Maybe<Scalars['String']['output']>;
  /** 证件类型: ID document type of a natural-person counterpart. */
  personIdType?: Maybe<Scalars['String']['output']>;
  /** When the record became public on this platform; null while it is not. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the platform first received the record. */
  receivedAt: Scalars['DateTime']['output'];
  /** 备注: remarks. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** When the record was revoked; null while it stands. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 社会组织登记证号: social-organisation registration number. */
  socialOrganizationNo?: Maybe<Scalars['String']['output']>;
  /** 数据来源单位: the unit that submitted the record. */
  sourceUnit: Scalars['String']['output'];
  /** Credit code of the source unit. */
  sourceUnitCode: Scalars['CreditCode']['output'];
  /** The subject the record is about; null for natural persons and individual businesses without a code. */
  subject?: Maybe<Subject>;
  /** 税务登记号: tax registration number. */
  taxRegistrationNo?: Maybe<Scalars['String']['output']>;
  /** When the record last changed on the platform. */
  updatedAt: Scalars['DateTime']['output'];
  /** 信息使用范围: who may see the record. */
  usageScope: UsageScope;
  /** 有效期自. */
  validFrom: Scalars['Date']['output'];
  /** 有效期至; 2099-12-31 means long-term. */
  validTo: Scalars['Date']['output'];
  /** Version of the record: 1, plus one per accepted correction. */
  version: Scalars['Int']['output'];
};

/** A page of licensing records, newest decision first. */
export type LicensingRecordConnection = {
  __typename?: 'LicensingRecordConnection';
  /** The items of this page with their cursors. */
  edges: Array<LicensingRecordEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, as visible to the caller. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a LicensingRecord connection. */
export type LicensingRecordEdge = {
  __typename?: 'LicensingRecordEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The LicensingRecord. */
  node: LicensingRecord;
};

/** One 行政许可 decision in the national layout. Dates are `YYYY-MM-DD`. */
export type LicensingRecordInput = {
  /** 许可机关 / 处罚机关: full name of the deciding authority (required). */
  authority?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the deciding authority (required, valid). */
  authorityCode?: InputMaybe<Scalars['String']['input']>;
  /** 工商注册号 (≤ 50 characters). */
  businessRegistrationNo?: InputMaybe<Scalars['String']['input']>;
  /** 许可证书名称. */
  certificateName?: InputMaybe<Scalars['String']['input']>;
  /** 许可编号. */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** 许可内容 (required). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** 行政相对人类别 (required). */
  counterpartCategory?: InputMaybe<SubjectCategory>;
  /** 行政相对人名称 (required, ≤ 200 characters). */
  counterpartName?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 of the counterpart: required for legal entities and individual businesses, blank for natural persons. `00000000000000000X` only for an individual business without a code, and then businessRegistrationNo is required. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 决定日期, `YYYY-MM-DD` (required; not in the future). */
  decisionDate?: InputMaybe<Scalars['String']['input']>;
  /** 行政许可决定文书号 (required, ≤ 128 characters; the 许可编号 when there is no document number). Identifies the record within its source unit. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** 行政许可决定文书名称 (required). */
  documentTitle?: InputMaybe<Scalars['String']['input']>;
  /** 事业单位证书号 (≤ 12 characters). */
  institutionCertificateNo?: InputMaybe<Scalars['String']['input']>;
  /** 法定代表人: required for legal entities and individual businesses (≤ 50 characters). */
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** 法定代表人证件号码 (a 身份证 number is checked). */
  legalRepresentativeIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** 法定代表人证件类型: 身份证, 护照号, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 外国人永久居留身份证, or 其他-…. */
  legalRepresentativeIdType?: InputMaybe<Scalars['String']['input']>;
  /** 许可类别 (required). */
  licenceCategory?: InputMaybe<LicenceCategory>;
  /** The category when licenceCategory is OTHER (then required). */
  licenceCategoryOther?: InputMaybe<Scalars['String']['input']>;
  /** 组织机构代码: nine characters, GB 11714 check. */
  organizationCode?: InputMaybe<Scalars['String']['input']>;
  /** 证件号码 of a natural-person counterpart (required for natural persons). */
  personIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** 证件类型 of a natural-person counterpart (required for natural persons). */
  personIdType?: InputMaybe<Scalars['String']['input']>;
  /** 备注 (≤ 512 characters). */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** 社会组织登记证号 (≤ 50 characters). */
  socialOrganizationNo?: InputMaybe<Scalars['String']['input']>;
  /** 数据来源单位 (required). */
  sourceUnit?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the source unit (required, valid; a PROVIDER key may only submit its own). */
  sourceUnitCode?: InputMaybe<Scalars['String']['input']>;
  /** 税务登记号 (≤ 20 characters). */
  taxRegistrationNo?: InputMaybe<Scalars['String']['input']>;
  /** 信息使用范围; PUBLIC when omitted. */
  usageScope?: InputMaybe<UsageScope>;
  /** 有效期自, `YYYY-MM-DD` (required). */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /** 有效期至, `YYYY-MM-DD` (required, not before validFrom); 2099-12-31 means long-term. */
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an API key (ADMIN). The secret is returned once. */
  createApiKey: CreatedApiKey;
  /** Revokes an API key at once (ADMIN); its secret stops working. */
  revokeApiKey: ApiKey;
  /** Submits 行政许可 decisions (PROVIDER for its own source unit, ADMIN). Valid rows are stored, invalid ones returned in `rejected`; at most 1000 rows per call. */
  submitLicensingRecords: SubmitRecordsPayload;
  /** Submits 行政处罚 decisions (PROVIDER for its own source unit, ADMIN). Valid rows are stored, invalid ones returned in `rejected`; at most 1000 rows per call. */
  submitPenaltyRecords: SubmitRecordsPayload;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitLicensingRecordsArgs = {
  records: Array<LicensingRecordInput>;
};


export type MutationSubmitPenaltyRecordsArgs = {
  records: Array<PenaltyRecordInput>;
};

/** Where a page of a connection stands (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 行政处罚: an administrative penalty decision in the national layout. */
export type PenaltyRecord = CreditRecord & {
  __typename?: 'PenaltyRecord';
  /** 许可机关 / 处罚机关: the deciding authority. */
  authority: Scalars['String']['output'];
  /** Credit code of the deciding authority. */
  authorityCode: Scalars['CreditCode']['output'];
  /** 处罚依据. */
  basis: Scalars['String']['output'];
  /** 工商注册号: business registration number. */
  businessRegistrationNo?: Maybe<Scalars['String']['output']>;
  /** 没收违法所得、没收非法财物的金额 in 万元, six decimals. */
  confiscatedAmount?: Maybe<Scalars['String']['output']>;
  /** 许可内容 / 处罚内容: the content of the decision. */
  content: Scalars['String']['output'];
  /** 行政相对人类别: category of the counterpart. */
  counterpartCategory: SubjectCategory;
  /** 行政相对人名称: name of the counterpart of the decision. */
  counterpartName: Scalars['String']['output'];
  /** 统一社会信用代码 of the counterpart as submitted; `00000000000000000X` for an individual business without one; null for a natural person. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 决定日期: date of the decision; the disclosure clock starts here. */
  decisionDate: Scalars['Date']['output'];
  /** 决定文书号: number of the decision document. */
  documentNumber: Scalars['String']['output'];
  /** 违法事实. */
  facts: Scalars['String']['output'];
  /** 罚款金额 in 万元, six decimals (e.g. "0.200000" is 2,000 CNY). */
  fineAmount?: Maybe<Scalars['String']['output']>;
  /** Identifier of the record, e.g. `penalty:42`. */
  id: Scalars['ID']['output'];
  /** 事业单位证书号: public-institution certificate number. */
  institutionCertificateNo?: Maybe<Scalars['String']['output']>;
  /** Licensing or penalty. */
  kind: RecordKind;
  /** 法定代表人: legal representative (operator of an individual business). */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** 法定代表人证件号码: full for regulators, masked for institutions and providers, null for the public. */
  legalRepresentativeIdNumber?: Maybe<Scalars['String']['output']>;
  /** 法定代表人证件类型: ID document type of the legal representative. */
  legalRepresentativeIdType?: Maybe<Scalars['String']['output']>;
  /** 组织机构代码: organisation code (GB 11714). */
  organizationCode?: Maybe<Scalars['String']['output']>;
  /** The penalty when penaltyTypes has OTHER. */
  penaltyTypeOther?: Maybe<Scalars['String']['output']>;
  /** 处罚类别: one or more. */
  penaltyTypes: Array<PenaltyType>;
  /** 处罚有效期; 2099-12-31 means long-term. */
  penaltyValidUntil: Scalars['Date']['output'];
  /** 证件号码 of a natural-person counterpart: full for regulators, masked for institutions and providers. */
  personIdNumber?: Maybe<Scalars['String']['output']>;
  /** 证件类型: ID document type of a natural-person counterpart. */
  personIdType?: Maybe<Scalars['String']['output']>;
  /** When the record became public on this platform; null while it is not. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the platform first received the record. */
  receivedAt: Scalars['DateTime']['output'];
  /** 备注: remarks. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** When the record was revoked; null while it stands. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Regulated sector. */
  sector?: Maybe<PenaltySector>;
  /** Severity of the penalty. */
  severity: PenaltySeverity;
  /** 社会组织登记证号: social-organisation registration number. */
  socialOrganizationNo?: Maybe<Scalars['String']['output']>;
  /** 数据来源单位: the unit that submitted the record. */
  sourceUnit: Scalars['String']['output'];
  /** Credit code of the source unit. */
  sourceUnitCode: Scalars['CreditCode']['output'];
  /** The subject the record is about; null for natural persons and individual businesses without a code. */
  subject?: Maybe<Subject>;
  /** 暂扣或吊销证照名称及编号. */
  suspendedLicence?: Maybe<Scalars['String']['output']>;
  /** 税务登记号: tax registration number. */
  taxRegistrationNo?: Maybe<Scalars['String']['output']>;
  /** When the record last changed on the platform. */
  updatedAt: Scalars['DateTime']['output'];
  /** 信息使用范围: who may see the record. */
  usageScope: UsageScope;
  /** Version of the record: 1, plus one per accepted correction. */
  version: Scalars['Int']['output'];
  /** 违法行为类型: the law or regulation violated. */
  violationType: Scalars['String']['output'];
};

/** A page of penalty records, newest decision first. */
export type PenaltyRecordConnection = {
  __typename?: 'PenaltyRecordConnection';
  /** The items of this page with their cursors. */
  edges: Array<PenaltyRecordEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, as visible to the caller. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a PenaltyRecord connection. */
export type PenaltyRecordEdge = {
  __typename?: 'PenaltyRecordEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The PenaltyRecord. */
  node: PenaltyRecord;
};

/** One 行政处罚 decision in the national layout. Dates are `YYYY-MM-DD`, amounts decimal strings in 万元. */
export type PenaltyRecordInput = {
  /** 许可机关 / 处罚机关: full name of the deciding authority (required). */
  authority?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the deciding authority (required, valid). */
  authorityCode?: InputMaybe<Scalars['String']['input']>;
  /** 处罚依据 (required). */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** 工商注册号 (≤ 50 characters). */
  businessRegistrationNo?: InputMaybe<Scalars['String']['input']>;
  /** 没收违法所得、没收非法财物的金额 in 万元 (required when penaltyTypes has a confiscation). */
  confiscatedAmount?: InputMaybe<Scalars['String']['input']>;
  /** 处罚内容 (required). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** 行政相对人类别 (required). */
  counterpartCategory?: InputMaybe<SubjectCategory>;
  /** 行政相对人名称 (required, ≤ 200 characters). */
  counterpartName?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 of the counterpart: required for legal entities and individual businesses, blank for natural persons. `00000000000000000X` only for an individual business without a code, and then businessRegistrationNo is required. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 决定日期, `YYYY-MM-DD` (required; not in the future). */
  decisionDate?: InputMaybe<Scalars['String']['input']>;
  /** 行政处罚决定书文号 (required, ≤ 128 characters). Identifies the record within its source unit. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** 违法事实 (required). */
  facts?: InputMaybe<Scalars['String']['input']>;
  /** 罚款金额 in 万元, up to six decimals (required and > 0 when penaltyTypes has FINE). */
  fineAmount?: InputMaybe<Scalars['String']['input']>;
  /** 事业单位证书号 (≤ 12 characters). */
  institutionCertificateNo?: InputMaybe<Scalars['String']['input']>;
  /** 法定代表人: required for legal entities and individual businesses (≤ 50 characters). */
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** 法定代表人证件号码 (a 身份证 number is checked). */
  legalRepresentativeIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** 法定代表人证件类型: 身份证, 护照号, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 外国人永久居留身份证, or 其他-…. */
  legalRepresentativeIdType?: InputMaybe<Scalars['String']['input']>;
  /** 组织机构代码: nine characters, GB 11714 check. */
  organizationCode?: InputMaybe<Scalars['String']['input']>;
  /** The penalty when penaltyTypes has OTHER (then required). */
  penaltyTypeOther?: InputMaybe<Scalars['String']['input']>;
  /** 处罚类别: one or more (required). */
  penaltyTypes?: InputMaybe<Array<PenaltyType>>;
  /** 处罚有效期, `YYYY-MM-DD` (required, not before decisionDate); 2099-12-31 means long-term. */
  penaltyValidUntil?: InputMaybe<Scalars['String']['input']>;
  /** 证件号码 of a natural-person counterpart (required for natural persons). */
  personIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** 证件类型 of a natural-person counterpart (required for natural persons). */
  personIdType?: InputMaybe<Scalars['String']['input']>;
  /** 备注 (≤ 512 characters). */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** Regulated sector, which can lengthen the publicity period. */
  sector?: InputMaybe<PenaltySector>;
  /** Severity; GENERAL when omitted. */
  severity?: InputMaybe<PenaltySeverity>;
  /** 社会组织登记证号 (≤ 50 characters). */
  socialOrganizationNo?: InputMaybe<Scalars['String']['input']>;
  /** 数据来源单位 (required). */
  sourceUnit?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the source unit (required, valid; a PROVIDER key may only submit its own). */
  sourceUnitCode?: InputMaybe<Scalars['String']['input']>;
  /** 暂扣或吊销证照名称及编号 (required when penaltyTypes has SUSPEND_LICENCE or REVOKE_LICENCE). */
  suspendedLicence?: InputMaybe<Scalars['String']['input']>;
  /** 税务登记号 (≤ 20 characters). */
  taxRegistrationNo?: InputMaybe<Scalars['String']['input']>;
  /** 信息使用范围; PUBLIC when omitted. */
  usageScope?: InputMaybe<UsageScope>;
  /** 违法行为类型 (required). */
  violationType?: InputMaybe<Scalars['String']['input']>;
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

export type Query = {
  __typename?: 'Query';
  /** What the platform collects and publishes (公共信用信息目录). */
  catalog: Array<CatalogItem>;
  /** Who the platform takes the caller to be. */
  me: Viewer;
  /** Subjects whose name contains the query, or whose credit code starts with it (at least 2 characters). */
  searchSubjects: SubjectConnection;
  /** Everything about one subject the caller may see; null when the code is not known. INSTITUTION callers must state a purpose. */
  subject?: Maybe<Subject>;
  /** Checks a candidate credit code and says why it is wrong, or what it encodes. Never an error. */
  validateCreditCode: CreditCodeValidation;
};


export type QuerySearchSubjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QuerySubjectArgs = {
  code: Scalars['CreditCode']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
};


export type QueryValidateCreditCodeArgs = {
  code: Scalars['String']['input'];
};

/** The kind of a 双公示 record. */
export type RecordKind =
  /** 行政许可: an administrative licensing decision. */
  | 'LICENSING'
  /** 行政处罚: an administrative penalty decision. */
  | 'PENALTY';

/** Why one row of a submission was not stored. */
export type RecordRejection = {
  __typename?: 'RecordRejection';
  /** Stable code of the problem (see the README), e.g. `REQUIRED`. */
  code: Scalars['String']['output'];
  /** The input field at fault, in the camelCase of the input type. */
  field?: Maybe<Scalars['String']['output']>;
  /** Zero-based index of the row in the submitted list. */
  index: Scalars['Int']['output'];
  /** What is wrong, in words a department clerk can act on. */
  message: Scalars['String']['output'];
};

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

/** A subject of credit records (法人、非法人组织或个体工商户), keyed by its credit code. */
export type Subject = {
  __typename?: 'Subject';
  /** Category of the subject. */
  category: SubjectCategory;
  /** 统一社会信用代码. */
  code: Scalars['CreditCode']['output'];
  /** 机构类别, decoded from the code. */
  entityType?: Maybe<Scalars['String']['output']>;
  /** 法定代表人 (or operator of an individual business). */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** ID number of the legal representative: full for regulators, masked for institutions and providers, null for the public. */
  legalRepresentativeIdNumber?: Maybe<Scalars['String']['output']>;
  /** 行政许可 records the caller may see, newest decision first. */
  licensingRecords: LicensingRecordConnection;
  /** Name, from the latest decision or registration. */
  name: Scalars['String']['output'];
  /** Date of the decision or registration the name and representative come from. */
  nameAsOf: Scalars['Date']['output'];
  /** 行政处罚 records the caller may see, newest decision first. */
  penaltyRecords: PenaltyRecordConnection;
  /** 登记管理机关行政区划码 (positions 3–8 of the code). */
  regionCode: Scalars['String']['output'];
  /** Name of that administrative division, when known. */
  regionName?: Maybe<Scalars['String']['output']>;
  /** 登记管理部门, decoded from the code. */
  registrationAuthority?: Maybe<Scalars['String']['output']>;
};


/** A subject of credit records (法人、非法人组织或个体工商户), keyed by its credit code. */
export type SubjectLicensingRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A subject of credit records (法人、非法人组织或个体工商户), keyed by its credit code. */
export type SubjectPenaltyRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** 行政相对人类别: the category of the subject a record is about. */
export type SubjectCategory =
  /** 个体工商户: an individual business. */
  | 'INDIVIDUAL_BUSINESS'
  /** 法人及非法人组织: a legal person or an unincorporated organisation. */
  | 'LEGAL_ENTITY'
  /** 自然人: a natural person; never public. */
  | 'NATURAL_PERSON';

/** A page of subjects matching a search. */
export type SubjectConnection = {
  __typename?: 'SubjectConnection';
  /** The items of this page with their cursors. */
  edges: Array<SubjectEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, as visible to the caller. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a Subject connection. */
export type SubjectEdge = {
  __typename?: 'SubjectEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Subject. */
  node: Subject;
};

/** The outcome of a batch submission: what was stored, what was already there, what was rejected. */
export type SubmitRecordsPayload = {
  __typename?: 'SubmitRecordsPayload';
  /** Rows stored: new records plus corrections of existing ones. */
  accepted: Scalars['Int']['output'];
  /** Of the accepted rows, how many corrected an existing record (its previous version is kept). */
  corrections: Scalars['Int']['output'];
  /** Rows identical to a record already on the platform (or earlier in this batch): nothing changed. */
  duplicates: Scalars['Int']['output'];
  /** The records stored by this submission (new and corrected), in input order. */
  records: Array<CreditRecord>;
  /** Rows not stored, each with its index, field and code; a row may have several. */
  rejected: Array<RecordRejection>;
};

/** 信息使用范围: who may see a record. */
export type UsageScope =
  /** 仅可授权查询: visible to institutions the subject authorised. */
  | 'AUTHORIZED'
  /** 仅政府部门内部共享: government departments only. */
  | 'GOVERNMENT'
  /** 公示: published to everyone. */
  | 'PUBLIC';

/** The caller of this request, as the platform knows it. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The credit code of that organisation; null for the public. */
  organizationCode?: Maybe<Scalars['String']['output']>;
  /** The organisation the API key belongs to; null for the public. */
  organizationName?: Maybe<Scalars['String']['output']>;
  /** The role the caller acts in. */
  role: Role;
};

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
  /** 税务登记号 (≤ 20 characters). */
  taxRegistrationNo?: string | null | undefined;
  /** 信息使用范围; PUBLIC when omitted. */
  usageScope?: UsageScope | null | undefined;
  /** 有效期自, `YYYY-MM-DD` (required). */
  validFrom?: string | null | undefined;
  /** 有效期至, `YYYY-MM-DD` (required, not before validFrom); 2099-12-31 means long-term. */
  validTo?: string | null | undefined;
};

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
  /** 没收违法所得、没收非法财物的金额 in 万元 (required when penaltyTypes has a confiscation). */
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
  /** 罚款金额 in 万元, up to six decimals (required and > 0 when penaltyTypes has FINE). */
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
  /** Severity; GENERAL when omitted. */
  severity?: PenaltySeverity | null | undefined;
  /** 社会组织登记证号 (≤ 50 characters). */
  socialOrganizationNo?: string | null | undefined;
  /** 数据来源单位 (required). */
  sourceUnit?: string | null | undefined;
  /** Credit code of the source unit (required, valid; a PROVIDER key may only submit its own). */
  sourceUnitCode?: string | null | undefined;
  /** 暂扣或吊销证照名称及编号 (required when penaltyTypes has SUSPEND_LICENCE or REVOKE_LICENCE). */
  suspendedLicence?: string | null | undefined;
  /** 税务登记号 (≤ 20 characters). */
  taxRegistrationNo?: string | null | undefined;
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

/** The kind of a 双公示 record. */
export type RecordKind =
  /** 行政许可: an administrative licensing decision. */
  | 'LICENSING'
  /** 行政处罚: an administrative penalty decision. */
  | 'PENALTY';

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

/** 行政相对人类别: the category of the subject a record is about. */
export type SubjectCategory =
  /** 个体工商户: an individual business. */
  | 'INDIVIDUAL_BUSINESS'
  /** 法人及非法人组织: a legal person or an unincorporated organisation. */
  | 'LEGAL_ENTITY'
  /** 自然人: a natural person; never public. */
  | 'NATURAL_PERSON';

/** 信息使用范围: who may see a record. */
export type UsageScope =
  /** 仅可授权查询: visible to institutions the subject authorised. */
  | 'AUTHORIZED'
  /** 仅政府部门内部共享: government departments only. */
  | 'GOVERNMENT'
  /** 公示: published to everyone. */
  | 'PUBLIC';

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

export type SubjectProfileQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  purpose?: string | null | undefined;
}>;


export type SubjectProfileQuery = { subject: { code: string, name: string, category: SubjectCategory, legalRepresentative: string | null, legalRepresentativeIdNumber: string | null, registrationAuthority: string | null, entityType: string | null, regionCode: string, regionName: string | null, licensingRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, decisionDate: string, documentNumber: string, documentTitle: string, usageScope: UsageScope, legalRepresentativeIdNumber: string | null } }> }, penaltyRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, decisionDate: string, documentNumber: string, fineAmount: string | null, penaltyTypes: Array<PenaltyType>, subject: { code: string } | null } }> } } | null };

export type SearchSubjectsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchSubjectsQuery = { searchSubjects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { code: string, name: string, category: SubjectCategory } }> } };

export type SubmitLicensingMutationVariables = Exact<{
  records: Array<LicensingRecordInput> | LicensingRecordInput;
}>;


export type SubmitLicensingMutation = { submitLicensingRecords: { accepted: number, duplicates: number, corrections: number, rejected: Array<{ index: number, field: string | null, code: string, message: string }>, records: Array<
      | { documentNumber: string, licenceCategory: LicenceCategory, validTo: string, id: string, kind: RecordKind, version: number, decisionDate: string, sourceUnitCode: string, publishedAt: string | null, subject: { code: string, name: string } | null }
      | { id: string, kind: RecordKind, version: number, decisionDate: string, sourceUnitCode: string, publishedAt: string | null, subject: { code: string, name: string } | null }
    > } };

export type SubmitPenaltyMutationVariables = Exact<{
  records: Array<PenaltyRecordInput> | PenaltyRecordInput;
}>;


export type SubmitPenaltyMutation = { submitPenaltyRecords: { accepted: number, duplicates: number, corrections: number, rejected: Array<{ index: number, field: string | null, code: string, message: string }>, records: Array<
      | { id: string, kind: RecordKind, version: number, publishedAt: string | null, subject: { code: string } | null }
      | { documentNumber: string, penaltyTypes: Array<PenaltyType>, fineAmount: string | null, confiscatedAmount: string | null, severity: PenaltySeverity, personIdNumber: string | null, legalRepresentativeIdNumber: string | null, id: string, kind: RecordKind, version: number, publishedAt: string | null, subject: { code: string } | null }
    > } };


export const ValidateCreditCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValidateCreditCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateCreditCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"registrationAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}}]}}]}}]} as unknown as DocumentNode<ValidateCreditCodeQuery, ValidateCreditCodeQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCode"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"usageScope"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReview"}}]}}]}}]} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const SubjectProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"licensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"usageScope"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectProfileQuery, SubjectProfileQueryVariables>;
export const SearchSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchSubjectsQuery, SearchSubjectsQueryVariables>;
export const SubmitLicensingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitLicensing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LicensingRecordInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLicensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnitCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicensingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licenceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitLicensingMutation, SubmitLicensingMutationVariables>;
export const SubmitPenaltyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecordInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPenaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"personIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeIdNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPenaltyMutation, SubmitPenaltyMutationVariables>;