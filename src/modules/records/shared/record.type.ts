import { Field, ID, Int, InterfaceType } from 'type-graphql';

import { CreditCodeScalar, DateScalar, DateTimeScalar } from '../../../shared/scalars.js';
import { SubjectCategory } from '../../subjects/index.js';
import { RecordKind, RecordStatusCode } from './record.enums.js';
import { UsageScope } from '../../catalog/index.js';

/**
 * The fields every 双公示 record shares, in the national layout. ID numbers are resolved per
 * viewer (see record.resolver.ts), so they are not plain fields here.
 */
@InterfaceType('CreditRecord', {
  description: 'A public credit record about a subject: a licensing or a penalty decision.',
  resolveType: (value: { kind?: RecordKind }) =>
    value.kind === RecordKind.LICENSING ? 'LicensingRecord' : 'PenaltyRecord',
})
export abstract class CreditRecord {
  @Field(() => ID, { description: 'Identifier of the record, e.g. `penalty:42`.' })
  id!: string;

  @Field(() => RecordKind, { description: 'Licensing or penalty.' })
  kind!: RecordKind;

  @Field(() => String, { description: '行政相对人名称: name of the counterpart of the decision.' })
  counterpartName!: string;

  @Field(() => SubjectCategory, { description: '行政相对人类别: category of the counterpart.' })
  counterpartCategory!: SubjectCategory;

  @Field(() => String, {
    nullable: true,
    description:
      '统一社会信用代码 of the counterpart as submitted; `00000000000000000X` for an individual business without one; null for a natural person.',
  })
  creditCode!: string | null;

  @Field(() => String, { nullable: true, description: '工商注册号: business registration number.' })
  businessRegistrationNo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '组织机构代码: organisation code (GB 11714).',
  })
  organizationCode!: string | null;

  @Field(() => String, { nullable: true, description: '税务登记号: tax registration number.' })
  taxRegistrationNo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '事业单位证书号: public-institution certificate number.',
  })
  institutionCertificateNo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '社会组织登记证号: social-organisation registration number.',
  })
  socialOrganizationNo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '法定代表人: legal representative (operator of an individual business).',
  })
  legalRepresentative!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '法定代表人证件类型: ID document type of the legal representative.',
  })
  legalRepresentativeIdType!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '证件类型: ID document type of a natural-person counterpart.',
  })
  personIdType!: string | null;

  @Field(() => String, { description: '决定文书号: number of the decision document.' })
  documentNumber!: string;

  @Field(() => String, { description: '许可内容 / 处罚内容: the content of the decision.' })
  content!: string;

  @Field(() => DateScalar, {
    description: '决定日期: date of the decision; the disclosure clock starts here.',
  })
  decisionDate!: string;

  @Field(() => String, { description: '许可机关 / 处罚机关: the deciding authority.' })
  authority!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the deciding authority.' })
  authorityCode!: string;

  @Field(() => String, { description: '数据来源单位: the unit that submitted the record.' })
  sourceUnit!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the source unit.' })
  sourceUnitCode!: string;

  @Field(() => String, { nullable: true, description: '备注: remarks.' })
  remarks!: string | null;

  @Field(() => UsageScope, { description: '信息使用范围: who may see the record.' })
  usageScope!: UsageScope;

  @Field(() => RecordStatusCode, {
    description:
      '当前状态 as the department marks it. Only regulators, the credit office and the submitting department ever see INVALID or REVOKED: such records are never public.',
  })
  status!: RecordStatusCode;

  @Field(() => String, {
    description: 'Code of the catalog item the record was collected under (公共信用信息目录).',
  })
  catalogItemCode!: string;

  @Field(() => Int, { description: 'Version of that catalog item when the record was collected.' })
  catalogItemVersion!: number;

  @Field(() => Int, { description: 'Version of the record: 1, plus one per accepted correction.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the platform first received the record.' })
  receivedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the record last changed on the platform.' })
  updatedAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the record became public on this platform; null while it is not.',
  })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the record was revoked; null while it stands.',
  })
  revokedAt!: Date | null;

  /** Row id, subject key, ID numbers and disclosure columns, for resolvers; not exposed as such. */
  rowId!: number;
  disclosureRequired!: boolean;
  disclosureDeadline!: string;
  deadlineProvisional!: boolean;
  publishedOn!: string | null;
  subjectCode!: string | null;
  legalRepresentativeIdNumber!: string | null;
  personIdNumber!: string | null;
}
