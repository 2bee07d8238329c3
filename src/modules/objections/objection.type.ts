import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '../../shared/pagination.js';
import { CreditCodeScalar, DateScalar, DateTimeScalar } from '../../shared/scalars.js';

export enum ObjectionOutcome {
  CORRECTED = 'CORRECTED',
  REVOKED = 'REVOKED',
  UPHELD = 'UPHELD',
}
registerEnumType(ObjectionOutcome, {
  name: 'ObjectionOutcome',
  description: 'How the department answered an objection.',
  valuesConfig: {
    CORRECTED: {
      description: '更正: the department’s corrected record replaces the old one (history kept).',
    },
    REVOKED: { description: '撤销: the record leaves every view but the regulators’.' },
    UPHELD: { description: '维持: the record stands.' },
  },
});

export enum ObjectionStatus {
  FILED = 'FILED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DECIDED = 'DECIDED',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: 'Where an objection stands.',
  valuesConfig: {
    FILED: { description: 'Filed; the platform accepts or rejects it within 2 working days.' },
    ACCEPTED: {
      description:
        'Accepted; the target shows 异议处理中, and the department answers within 10 working days.',
    },
    REJECTED: { description: 'Not accepted by the platform.' },
    DECIDED: { description: 'Answered with an outcome.' },
  },
});

@ObjectType({ description: '异议: an objection against a record or a list entry.' })
export class Objection {
  @Field(() => ID, { description: 'Identifier of the objection.' })
  id!: string;

  @Field(() => String, {
    description:
      '受理编号: the number the filer follows the objection up with (`objectionStatus`), e.g. `YY-20261203-7K3M9Q2XHD`: the filing day and ten random characters.',
  })
  trackingNumber!: string;

  @Field(() => ID, { description: 'The record or list entry objected to, e.g. `penalty:12`.' })
  targetId!: string;

  @Field(() => CreditCodeScalar, { nullable: true, description: 'The subject of the target.' })
  subjectCode!: string | null;

  @Field(() => CreditCodeScalar, {
    description: 'The department responsible for the target, which answers.',
  })
  sourceUnitCode!: string;

  @Field(() => String, { description: 'Who filed it.' })
  filerName!: string;

  @Field(() => String, {
    description: 'How to reach the filer: 11 mobile digits or an e-mail address in lower case.',
  })
  filerContact!: string;

  @Field(() => String, { description: 'Why the filer objects.' })
  grounds!: string;

  @Field(() => String, { nullable: true, description: 'References to the evidence.' })
  evidence!: string | null;

  @Field(() => ObjectionStatus, { description: 'Where it stands.' })
  status!: ObjectionStatus;

  @Field(() => DateTimeScalar, { description: 'When it was filed.' })
  filedAt!: Date;

  @Field(() => DateScalar, {
    description: 'The platform accepts or rejects by this date (2 working days).',
  })
  acceptDue!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the platform accepted or rejected it.',
  })
  acceptedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The platform’s note.' })
  acceptanceNote!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The department answers by this date (10 working days after acceptance).',
  })
  answerDue!: string | null;

  @Field(() => ObjectionOutcome, { nullable: true, description: 'The outcome, once decided.' })
  outcome!: ObjectionOutcome | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The department’s note.' })
  decisionNote!: string | null;

  @Field(() => Boolean, {
    description: 'True when the step due (acceptance or answer) is past its date.',
  })
  overdue!: boolean;
}

@InputType({ description: 'An objection against a record or a list entry.' })
export class FileObjectionInput {
  @Field(() => ID, { description: 'The record or entry, e.g. `penalty:12` or `list:3`.' })
  targetId!: string;

  @Field(() => String, { description: 'The filer’s name (1–100 characters).' })
  filerName!: string;

  @Field(() => String, {
    description:
      'A mainland mobile number (11 digits, 13–19…, +86 and separators allowed) or an e-mail address.',
  })
  filerContact!: string;

  @Field(() => String, { description: 'Why the filer objects (10–4000 characters).' })
  grounds!: string;

  @Field(() => String, { nullable: true, description: 'References to the evidence.' })
  evidence?: string | null;
}

@InputType({ description: 'Which objections to list.' })
export class ObjectionFilter {
  @Field(() => ObjectionStatus, { nullable: true, description: 'Only in this status.' })
  status?: ObjectionStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those past the date of their next step.',
  })
  overdue?: boolean | null;

  @Field(() => CreditCodeScalar, {
    nullable: true,
    description: 'Only those a department answers (a PROVIDER sees its own).',
  })
  sourceUnitCode?: string | null;
}

export const ObjectionConnection = ConnectionType(
  Objection,
  'Objection',
  'A page of objections, newest first.',
);
