import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '../../shared/pagination.js';
import { CreditCodeScalar, DateTimeScalar } from '../../shared/scalars.js';

export enum RepairStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(RepairStatus, {
  name: 'RepairStatus',
  description: 'Where a credit repair application stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the credit office’s decision.' },
    APPROVED: { description: 'Approved: the record left the public view.' },
    REJECTED: { description: 'Refused.' },
  },
});

@ObjectType({
  description:
    '信用修复: an application to take a penalty or a black-list entry out of public view.',
})
export class RepairApplication {
  @Field(() => ID, { description: 'Identifier of the application.' })
  id!: string;

  @Field(() => ID, { description: 'The penalty or list entry, e.g. `penalty:12` or `list:3`.' })
  targetId!: string;

  @Field(() => CreditCodeScalar, { description: 'The subject.' })
  subjectCode!: string;

  @Field(() => CreditCodeScalar, { description: 'The department responsible for the target.' })
  sourceUnitCode!: string;

  @Field(() => String, { description: 'Who applied.' })
  applicantName!: string;

  @Field(() => String, { description: 'How to reach the applicant.' })
  applicantContact!: string;

  @Field(() => String, { description: 'Reference to the proof that the obligations were met.' })
  proofOfPerformance!: string;

  @Field(() => String, { description: 'Reference to the signed credit commitment.' })
  creditCommitment!: string;

  @Field(() => DateTimeScalar, { description: 'When it was filed.' })
  filedAt!: Date;

  @Field(() => RepairStatus, { description: 'Where it stands.' })
  status!: RepairStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The credit office’s note.' })
  decisionNote!: string | null;
}

@InputType({ description: 'A credit repair application.' })
export class RepairApplicationInput {
  @Field(() => ID, {
    description: 'The penalty or black-list entry, e.g. `penalty:12` or `list:3`.',
  })
  targetId!: string;

  @Field(() => String, { description: 'Who applies (1–200 characters).' })
  applicantName!: string;

  @Field(() => String, { description: 'How to reach the applicant.' })
  applicantContact!: string;

  @Field(() => String, {
    description: 'Reference to the proof that the obligations were met (履行义务证明).',
  })
  proofOfPerformance!: string;

  @Field(() => String, { description: 'Reference to the signed credit commitment (信用承诺书).' })
  creditCommitment!: string;
}

@InputType({ description: 'Which repair applications to list.' })
export class RepairFilter {
  @Field(() => RepairStatus, { nullable: true, description: 'Only in this status.' })
  status?: RepairStatus | null;

  @Field(() => CreditCodeScalar, {
    nullable: true,
    description: 'Only those about a department’s records (a PROVIDER sees its own).',
  })
  sourceUnitCode?: string | null;
}

export const RepairApplicationConnection = ConnectionType(
  RepairApplication,
  'RepairApplication',
  'A page of repair applications, newest first.',
);
