import { Field, InputType } from 'type-graphql';

import { RecordInputBase } from '../shared/record.inputs.js';
import { PenaltySector, PenaltySeverity, PenaltyType, TemplateVersion } from './penalty.enums.js';

@InputType({
  description:
    'One 行政处罚 decision in the national layout. Dates are `YYYY-MM-DD`, amounts decimal strings in 万元.',
})
export class PenaltyRecordInput extends RecordInputBase {
  @Field(() => String, {
    nullable: true,
    description:
      '行政处罚决定书文号 (required, ≤ 128 characters). Identifies the record within its source unit.',
  })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: '违法行为类型 (required).' })
  violationType?: string | null;

  @Field(() => String, { nullable: true, description: '违法事实 (required).' })
  facts?: string | null;

  @Field(() => String, { nullable: true, description: '处罚依据 (required).' })
  basis?: string | null;

  @Field(() => [PenaltyType], { nullable: true, description: '处罚类别: one or more (required).' })
  penaltyTypes?: PenaltyType[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'The penalty when penaltyTypes has OTHER (then required).',
  })
  penaltyTypeOther?: string | null;

  @Field(() => String, { nullable: true, description: '处罚内容 (required).' })
  content?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '罚款金额 in 万元, up to six decimals (required and > 0 when penaltyTypes has FINE, unless templateVersion is V1: then it may be left out, and is unknown).',
  })
  fineAmount?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '没收违法所得、没收非法财物的金额 in 万元 (required when penaltyTypes has a confiscation, unless templateVersion is V1).',
  })
  confiscatedAmount?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '暂扣或吊销证照名称及编号 (required when penaltyTypes has SUSPEND_LICENCE or REVOKE_LICENCE).',
  })
  suspendedLicence?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '处罚有效期, `YYYY-MM-DD` (required, not before decisionDate); 2099-12-31 means long-term.',
  })
  penaltyValidUntil?: string | null;

  @Field(() => PenaltySeverity, {
    nullable: true,
    description:
      '失信严重程度, the department’s marking, which wins over derivation; when omitted, the class is derived from penaltyTypes, fineAmount and counterpartCategory (severityBasis says by which rule).',
  })
  severity?: PenaltySeverity | null;

  @Field(() => PenaltySector, {
    nullable: true,
    description: 'Regulated sector, which can lengthen the publicity period.',
  })
  sector?: PenaltySector | null;

  @Field(() => TemplateVersion, {
    nullable: true,
    description:
      'The national template the row was read from; V2 when omitted. A V1 row may leave fineAmount and confiscatedAmount out, since V1 has no amount columns: the amount is then unknown (null).',
  })
  templateVersion?: TemplateVersion | null;
}
