import { Field, ObjectType } from 'type-graphql';

import { ConnectionType } from '../../../shared/pagination.js';
import { DateScalar } from '../../../shared/scalars.js';
import { CreditRecord } from '../shared/record.type.js';
import { PenaltySector, PenaltySeverity, PenaltyType, SeveritySource } from './penalty.enums.js';

@ObjectType({
  implements: CreditRecord,
  description: '行政处罚: an administrative penalty decision in the national layout.',
})
export class PenaltyRecord extends CreditRecord {
  @Field(() => String, { description: '违法行为类型: the law or regulation violated.' })
  violationType!: string;

  @Field(() => String, { description: '违法事实.' })
  facts!: string;

  @Field(() => String, { description: '处罚依据.' })
  basis!: string;

  @Field(() => [PenaltyType], { description: '处罚类别: one or more.' })
  penaltyTypes!: PenaltyType[];

  @Field(() => String, { nullable: true, description: 'The penalty when penaltyTypes has OTHER.' })
  penaltyTypeOther!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '罚款金额 in 万元, six decimals (e.g. "0.200000" is 2,000 CNY); null for a fine whose amount is unknown (a V1 template row).',
  })
  fineAmount!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '没收违法所得、没收非法财物的金额 in 万元, six decimals.',
  })
  confiscatedAmount!: string | null;

  @Field(() => String, { nullable: true, description: '暂扣或吊销证照名称及编号.' })
  suspendedLicence!: string | null;

  @Field(() => DateScalar, { description: '处罚有效期; 2099-12-31 means long-term.' })
  penaltyValidUntil!: string;

  @Field(() => PenaltySeverity, {
    description:
      'Severity of the penalty (publicity class): the department’s marking, else derived from the national fields, unless the credit office overrode it.',
  })
  severity!: PenaltySeverity;

  @Field(() => SeveritySource, { description: 'How `severity` was reached.' })
  severitySource!: SeveritySource;

  @Field(() => String, {
    description:
      'The rule line that gave `severity`, with its legal basis; for a marking, the marking; for an override, the credit office’s reason.',
  })
  severityBasis!: string;

  @Field(() => PenaltySector, { nullable: true, description: 'Regulated sector.' })
  sector!: PenaltySector | null;
}

export const PenaltyRecordConnection = ConnectionType(
  PenaltyRecord,
  'PenaltyRecord',
  'A page of penalty records, newest decision first.',
);
