import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

import { ConnectionType } from '../../shared/pagination.js';
import { CreditCodeScalar, DateScalar, DateTimeScalar } from '../../shared/scalars.js';
import { PublicityRegime } from '../records/index.js';
import { RecordKind } from '../records/index.js';
import { CreditRecord } from '../records/index.js';
import { type DisclosureFacts, DisclosureStatus } from '../records/index.js';

@ObjectType({
  description: 'A record against its 7-working-day disclosure deadline (DESIGN §3.2).',
})
export class Disclosure {
  @Field(() => DateScalar, {
    description: 'The 7th working day after the decision date, on the official holiday calendar.',
  })
  deadline!: string;

  @Field(() => Boolean, {
    description:
      'True while the deadline reaches into a year whose holiday calendar is not loaded (counted Mon–Fri); it becomes final when that year is loaded.',
  })
  provisional!: boolean;

  @Field(() => DisclosureStatus, {
    description: 'PENDING, OVERDUE, ON_TIME, LATE or NOT_REQUIRED.',
  })
  status!: DisclosureStatus;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the record became public on this platform.',
  })
  publishedAt!: Date | null;

  /** The record's facts, for `workingDaysLate` (resolved only when asked for). */
  facts!: DisclosureFacts;
}

@ObjectType({ description: 'A disclosure deadline computed for a decision date.' })
export class Deadline {
  @Field(() => DateScalar, {
    description: 'The deadline: the Nth working day after the decision date, which is not counted.',
  })
  deadline!: string;

  @Field(() => Boolean, {
    description: 'True when a day counted lies in a year whose calendar is not loaded yet.',
  })
  provisional!: boolean;
}

@ObjectType({
  description:
    'How long a penalty stays public, by the regime in force on its decision date (DESIGN §3.3).',
})
export class PublicityPeriod {
  @Field(() => PublicityRegime, { description: 'The regime the penalty was judged under.' })
  regime!: PublicityRegime;

  @Field(() => DateScalar, {
    description: 'End of the minimum period: from this date credit repair may be applied for.',
  })
  minimumEndDate!: string;

  @Field(() => DateScalar, {
    description: 'End of the maximum period: after this date the penalty leaves the public view.',
  })
  maximumEndDate!: string;
}

@InputType({ description: 'Which records `disclosureRecords` lists; all conditions must hold.' })
export class DisclosureFilter {
  @Field(() => DisclosureStatus, {
    nullable: true,
    description: 'Only records in this status (as of today, China Standard Time).',
  })
  status?: DisclosureStatus | null;

  @Field(() => RecordKind, {
    nullable: true,
    description: 'Only licensing or only penalty records.',
  })
  kind?: RecordKind | null;

  @Field(() => CreditCodeScalar, {
    nullable: true,
    description: 'Only records of this source unit (a PROVIDER sees only its own).',
  })
  sourceUnitCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only decisions on or after this date.' })
  decisionFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only decisions on or before this date.',
  })
  decisionTo?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Due soon: only records not public yet whose deadline is today or within this many working days after today (1–366), the PENDING records closest to becoming OVERDUE.',
  })
  dueWithin?: number | null;
}

@ObjectType({
  description: 'Disclosure performance of one source unit over a range of decision dates.',
})
export class DisclosureStats {
  @Field(() => String, { description: 'Name of the source unit (数据来源单位).' })
  sourceUnit!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the source unit.' })
  sourceUnitCode!: string;

  @Field(() => Int, { description: 'Records decided in the range.' })
  total!: number;

  @Field(() => Int, { description: 'Published on or before the deadline.' })
  onTime!: number;

  @Field(() => Int, { description: 'Published after the deadline.' })
  late!: number;

  @Field(() => Int, { description: 'Not published, deadline passed.' })
  overdue!: number;

  @Field(() => Int, { description: 'Not published, deadline not passed yet.' })
  pending!: number;

  @Field(() => Int, { description: 'Records never to be published.' })
  notRequired!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'onTime / (onTime + late + overdue): the share of records due by today that were public in time; null when none was due.',
  })
  onTimeRate!: number | null;
}

export const CreditRecordConnection = ConnectionType(
  CreditRecord,
  'CreditRecord',
  'A page of licensing and penalty records, newest decision first.',
);
