/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Which list an entry is on. */
export type ListType =
  /** 严重失信主体名单: the black list. */
  | 'BLACK'
  /** 守信激励对象名单（诚信典型）: the red list. */
  | 'RED';

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

/** 行政相对人类别: the category of the subject a record is about. */
export type SubjectCategory =
  /** 个体工商户: an individual business. */
  | 'INDIVIDUAL_BUSINESS'
  /** 法人及非法人组织: a legal person or an unincorporated organisation. */
  | 'LEGAL_ENTITY'
  /** 自然人: a natural person; never public. */
  | 'NATURAL_PERSON';

export type SiteSearchQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type SiteSearchQuery = { searchSubjects: { totalCount: number, totalCountExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ highlights: Array<{ start: number, length: number }>, node: { code: string, name: string, category: SubjectCategory, regionName: string | null, legalRepresentative: string | null, black: Array<{ id: string }> } }> } };

export type SiteSearchCursorQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SiteSearchCursorQuery = { searchSubjects: { pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SiteDisclosureFragment = { status: DisclosureStatus, deadline: string, provisional: boolean, publishedAt: string | null, workingDaysLate: number | null };

type SiteRecordSummary_LicensingRecord_Fragment = { id: string, documentNumber: string, content: string, decisionDate: string, authority: string, sourceUnit: string, underObjection: boolean, disclosure: { status: DisclosureStatus, deadline: string, provisional: boolean, publishedAt: string | null, workingDaysLate: number | null } };

type SiteRecordSummary_PenaltyRecord_Fragment = { id: string, documentNumber: string, content: string, decisionDate: string, authority: string, sourceUnit: string, underObjection: boolean, disclosure: { status: DisclosureStatus, deadline: string, provisional: boolean, publishedAt: string | null, workingDaysLate: number | null } };

export type SiteRecordSummaryFragment =
  | SiteRecordSummary_LicensingRecord_Fragment
  | SiteRecordSummary_PenaltyRecord_Fragment
;

export type SiteListEntryFragment = { id: string, listType: ListType, documentNumber: string, listingAuthority: string, basis: string, reason: string, listedOn: string, validUntil: string | null, underObjection: boolean };

export type SiteSubjectQueryVariables = Exact<{
  code: string;
}>;


export type SiteSubjectQuery = { subject: { code: string, name: string, nameAsOf: string, category: SubjectCategory, legalRepresentative: string | null, registrationAuthority: string | null, entityType: string | null, regionCode: string, regionName: string | null, licensingRecords: { totalCount: number }, penaltyRecords: { totalCount: number }, red: Array<{ id: string, listType: ListType, documentNumber: string, listingAuthority: string, basis: string, reason: string, listedOn: string, validUntil: string | null, underObjection: boolean }>, black: Array<{ id: string, listType: ListType, documentNumber: string, listingAuthority: string, basis: string, reason: string, listedOn: string, validUntil: string | null, underObjection: boolean }> } | null };

export type SiteLicensingPageQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SiteLicensingPageQuery = { subject: { code: string, licensingRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { documentTitle: string, licenceCategory: LicenceCategory, certificateName: string | null, validFrom: string, validTo: string, id: string, documentNumber: string, content: string, decisionDate: string, authority: string, sourceUnit: string, underObjection: boolean, disclosure: { status: DisclosureStatus, deadline: string, provisional: boolean, publishedAt: string | null, workingDaysLate: number | null } } }> } } | null };

export type SitePenaltyPageQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SitePenaltyPageQuery = { subject: { code: string, penaltyRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { violationType: string, penaltyTypes: Array<PenaltyType>, fineAmount: string | null, id: string, documentNumber: string, content: string, decisionDate: string, authority: string, sourceUnit: string, underObjection: boolean, disclosure: { status: DisclosureStatus, deadline: string, provisional: boolean, publishedAt: string | null, workingDaysLate: number | null } } }> } } | null };

export type SiteRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type SiteRecordQuery = { creditRecord:
    | { __typename: 'LicensingRecord', documentTitle: string, licenceCategory: LicenceCategory, licenceCategoryOther: string | null, certificateName: string | null, certificateNumber: string | null, validFrom: string, validTo: string, id: string, kind: RecordKind, counterpartName: string, counterpartCategory: SubjectCategory, creditCode: string | null, legalRepresentative: string | null, documentNumber: string, content: string, decisionDate: string, authority: string, authorityCode: string, sourceUnit: string, sourceUnitCode: string, remarks: string | null, publishedAt: string | null, underObjection: boolean, disclosure: { status: DisclosureStatus, deadline: string, provisional: boolean, publishedAt: string | null, workingDaysLate: number | null }, subject: { code: string, name: string } | null }
    | { __typename: 'PenaltyRecord', violationType: string, facts: string, basis: string, penaltyTypes: Array<PenaltyType>, penaltyTypeOther: string | null, fineAmount: string | null, confiscatedAmount: string | null, suspendedLicence: string | null, penaltyValidUntil: string, severity: PenaltySeverity, id: string, kind: RecordKind, counterpartName: string, counterpartCategory: SubjectCategory, creditCode: string | null, legalRepresentative: string | null, documentNumber: string, content: string, decisionDate: string, authority: string, authorityCode: string, sourceUnit: string, sourceUnitCode: string, remarks: string | null, publishedAt: string | null, underObjection: boolean, publicity: { maximumEndDate: string }, disclosure: { status: DisclosureStatus, deadline: string, provisional: boolean, publishedAt: string | null, workingDaysLate: number | null }, subject: { code: string, name: string } | null }
   | null };

export type SiteFileObjectionMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type SiteFileObjectionMutation = { fileObjection: { id: string, trackingNumber: string, status: ObjectionStatus, filedAt: string, acceptDue: string } };

export type SiteObjectionStatusQueryVariables = Exact<{
  trackingNumber: string;
  contact: string;
}>;


export type SiteObjectionStatusQuery = { objectionStatus: { trackingNumber: string, status: ObjectionStatus, filedAt: string, acceptDue: string, acceptedAt: string | null, acceptanceNote: string | null, answerDue: string | null, outcome: ObjectionOutcome | null, decidedAt: string | null, decisionNote: string | null } | null };

export type SiteGenerateReportMutationVariables = Exact<{
  code: string;
}>;


export type SiteGenerateReportMutation = { generateCreditReport: { verificationCode: string, subjectCode: string, generatedAt: string, sha256: string, content: string } };

export type SiteVerifyReportQueryVariables = Exact<{
  code: string;
}>;


export type SiteVerifyReportQuery = { verifyReport: { valid: boolean, subjectCode: string | null, generatedAt: string | null, sha256: string | null, content: string | null } };

export const SiteDisclosureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteDisclosure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}}]} as unknown as DocumentNode<SiteDisclosureFragment, unknown>;
export const SiteRecordSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteRecordSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteDisclosure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteDisclosure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}}]} as unknown as DocumentNode<SiteRecordSummaryFragment, unknown>;
export const SiteListEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteListEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"listingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}}]}}]} as unknown as DocumentNode<SiteListEntryFragment, unknown>;
export const SiteSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","alias":{"kind":"Name","value":"black"},"name":{"kind":"Name","value":"listEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"BLACK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteSearchQuery, SiteSearchQueryVariables>;
export const SiteSearchCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSearchCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SiteSearchCursorQuery, SiteSearchCursorQueryVariables>;
export const SiteSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registrationAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"licensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"red"},"name":{"kind":"Name","value":"listEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"RED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteListEntry"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"black"},"name":{"kind":"Name","value":"listEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"BLACK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteListEntry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteListEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"listingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}}]}}]} as unknown as DocumentNode<SiteSubjectQuery, SiteSubjectQueryVariables>;
export const SiteLicensingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteLicensingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"licensingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteRecordSummary"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"licenceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteDisclosure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteRecordSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteDisclosure"}}]}}]}}]} as unknown as DocumentNode<SiteLicensingPageQuery, SiteLicensingPageQueryVariables>;
export const SitePenaltyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitePenaltyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteRecordSummary"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteDisclosure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteRecordSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteDisclosure"}}]}}]}}]} as unknown as DocumentNode<SitePenaltyPageQuery, SitePenaltyPageQueryVariables>;
export const SiteRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartName"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartCategory"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"authorityCode"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUnitCode"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"underObjection"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteDisclosure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicensingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"licenceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"licenceCategoryOther"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violationType"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyTypes"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyTypeOther"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedLicence"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maximumEndDate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteDisclosure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}}]} as unknown as DocumentNode<SiteRecordQuery, SiteRecordQueryVariables>;
export const SiteFileObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteFileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}}]}}]}}]} as unknown as DocumentNode<SiteFileObjectionMutation, SiteFileObjectionMutationVariables>;
export const SiteObjectionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteObjectionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"contact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"answerDue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<SiteObjectionStatusQuery, SiteObjectionStatusQueryVariables>;
export const SiteGenerateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteGenerateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateCreditReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<SiteGenerateReportMutation, SiteGenerateReportMutationVariables>;
export const SiteVerifyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteVerifyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<SiteVerifyReportQuery, SiteVerifyReportQueryVariables>;