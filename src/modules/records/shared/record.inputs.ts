import { Field, InputType } from 'type-graphql';

import { SubjectCategory } from '../../subjects/index.js';
import { UsageScope } from '../../catalog/index.js';
import { RecordStatusCode } from './record.enums.js';

/**
 * The counterpart, decision and source fields every record input shares. Every field is
 * optional at the GraphQL level and checked per row instead, so that one bad row is rejected
 * with its index and field while the rest of the batch is stored.
 */
@InputType('RecordInputBase', {
  description: 'The fields every record input shares (not used on its own).',
})
export abstract class RecordInputBase {
  @Field(() => String, {
    nullable: true,
    description: '行政相对人名称 (required, ≤ 200 characters).',
  })
  counterpartName?: string | null;

  @Field(() => SubjectCategory, { nullable: true, description: '行政相对人类别 (required).' })
  counterpartCategory?: SubjectCategory | null;

  @Field(() => String, {
    nullable: true,
    description:
      '统一社会信用代码 of the counterpart: required for legal entities and individual businesses, blank for natural persons. `00000000000000000X` only for an individual business without a code, and then businessRegistrationNo is required.',
  })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: '工商注册号 (≤ 50 characters).' })
  businessRegistrationNo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '组织机构代码: nine characters, GB 11714 check.',
  })
  organizationCode?: string | null;

  @Field(() => String, { nullable: true, description: '税务登记号 (≤ 20 characters).' })
  taxRegistrationNo?: string | null;

  @Field(() => String, { nullable: true, description: '事业单位证书号 (≤ 12 characters).' })
  institutionCertificateNo?: string | null;

  @Field(() => String, { nullable: true, description: '社会组织登记证号 (≤ 50 characters).' })
  socialOrganizationNo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '法定代表人: required for legal entities and individual businesses (≤ 50 characters).',
  })
  legalRepresentative?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '法定代表人证件类型: 身份证, 护照号, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 外国人永久居留身份证, or 其他-….',
  })
  legalRepresentativeIdType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '法定代表人证件号码 (a 身份证 number is checked).',
  })
  legalRepresentativeIdNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '证件类型 of a natural-person counterpart (required for natural persons).',
  })
  personIdType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '证件号码 of a natural-person counterpart (required for natural persons).',
  })
  personIdNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '决定日期, `YYYY-MM-DD` (required; not in the future).',
  })
  decisionDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '许可机关 / 处罚机关: full name of the deciding authority (required).',
  })
  authority?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Credit code of the deciding authority (required, valid).',
  })
  authorityCode?: string | null;

  @Field(() => String, { nullable: true, description: '数据来源单位 (required).' })
  sourceUnit?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Credit code of the source unit (required, valid; a PROVIDER key may only submit its own).',
  })
  sourceUnitCode?: string | null;

  @Field(() => String, { nullable: true, description: '备注 (≤ 512 characters).' })
  remarks?: string | null;

  @Field(() => UsageScope, { nullable: true, description: '信息使用范围; PUBLIC when omitted.' })
  usageScope?: UsageScope | null;

  @Field(() => RecordStatusCode, {
    nullable: true,
    description:
      '当前状态; VALID when omitted. INVALID and REVOKED records are kept but never public; OBJECTION opens an objection on the record.',
  })
  status?: RecordStatusCode | null;
}
