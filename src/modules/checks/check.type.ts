import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { ConnectionType } from '../../shared/pagination.js';
import { CreditCodeScalar, DateScalar, DateTimeScalar } from '../../shared/scalars.js';
import { ListType } from '../credit-lists/index.js';
import { CreditGrade } from '../evaluation/index.js';
import { CheckRule, CheckScenario } from './check.enums.js';
import { MeasureKind } from './check.enums.js';

@ObjectType({
  description: 'A measure of the 奖惩措施清单: what applies to listed subjects in which scenarios.',
})
export class Measure {
  @Field(() => ID, { description: 'Stable identifier, e.g. `B-NO-PROCUREMENT`.' })
  id!: string;

  @Field(() => MeasureKind, { description: 'Mandatory or recommended.' })
  kind!: MeasureKind;

  @Field(() => ListType, { description: 'Red-list incentive or black-list punishment.' })
  listType!: ListType;

  @Field(() => [CheckScenario], { description: 'The scenarios it applies in.' })
  scenarios!: CheckScenario[];

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'What the measure is.' })
  content!: string;

  @Field(() => String, { description: 'Legal basis.' })
  legalBasis!: string;

  @Field(() => String, { description: 'Implementing departments.' })
  departments!: string;

  @Field(() => [CreditGrade], {
    description:
      'The evaluation classes it is for: it applies only to subjects of these classes (empty: any class).',
  })
  grades!: CreditGrade[];
}

@ObjectType({ description: 'What the department did with one measure of a check (执行反馈).' })
export class MeasureFeedback {
  @Field(() => Boolean, { description: 'Whether the measure was applied.' })
  applied!: boolean;

  @Field(() => String, { nullable: true, description: 'Why not, when it was not.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the feedback was recorded.' })
  recordedAt!: Date;
}

@ObjectType({ description: 'A measure that applies in a check, with its feedback.' })
export class CheckMeasure {
  @Field(() => Measure, { description: 'The measure.' })
  measure!: Measure;

  @Field(() => CheckRule, {
    nullable: true,
    description:
      'The rule that made it apply: BLACK_LISTED for a punishment, RED_LISTED or CLEAN_THREE_YEARS for an incentive; null for an incentive of a check run before the rule was kept.',
  })
  rule!: CheckRule | null;

  @Field(() => MeasureFeedback, {
    nullable: true,
    description: 'The feedback; null until recorded.',
  })
  feedback!: MeasureFeedback | null;
}

@ObjectType({
  description: 'An incentive measure of the scenario that a check denied, and the rule that did.',
})
export class DeniedMeasure {
  @Field(() => Measure, { description: 'The measure.' })
  measure!: Measure;

  @Field(() => CheckRule, { description: 'The rule that denied it.' })
  rule!: CheckRule;

  @Field(() => String, { description: 'Why, in words, with the dates the rule read.' })
  explanation!: string;
}

@ObjectType({
  description:
    'A regulator’s check of a subject for a matter (应查必查), with what it found and the feedback.',
})
export class CreditCheck {
  @Field(() => ID, { description: 'Identifier of the check.' })
  id!: string;

  @Field(() => CreditCodeScalar, { description: 'The subject checked.' })
  subjectCode!: string;

  @Field(() => CheckScenario, { description: 'The scenario.' })
  scenario!: CheckScenario;

  @Field(() => String, { description: 'The matter (事项) the check was for.' })
  matter!: string;

  @Field(() => DateTimeScalar, { description: 'When the check ran.' })
  checkedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The department that ran it.' })
  organizationName!: string | null;

  @Field(() => CreditCodeScalar, { nullable: true, description: 'Its credit code.' })
  organizationCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why incentive measures apply, when they do.',
  })
  incentiveReason!: string | null;

  @Field(() => CheckRule, {
    nullable: true,
    description:
      'The rule that granted or denied the incentive measures (守信激励), the first that holds in CheckRule’s order; null on checks run before the rule was kept.',
  })
  incentiveRule!: CheckRule | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The incentive rule’s outcome in words, granted or denied, with the dates it read; null on checks run before it was kept.',
  })
  incentiveExplanation!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Records coverage: the date of the platform’s first record of the subject (a decision, a registration’s 成立日期, a listing; revoked ones left out). Three clean years need it three years before the check. Null when the platform holds none.',
  })
  recordsCoverageFrom!: string | null;

  /** Stored ids, for resolvers. */
  hitEntryIds!: number[];
  measureIds!: string[];
  penaltyIds!: number[];
  deniedMeasureIds!: string[];
}

@InputType({ description: 'Feedback on one measure of a check.' })
export class MeasureFeedbackInput {
  @Field(() => ID, { description: 'The measure, one of the check’s.' })
  measureId!: string;

  @Field(() => Boolean, { description: 'Whether it was applied.' })
  applied!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why not; required when a MANDATORY measure was not applied.',
  })
  reason?: string | null;
}

@InputType({ description: 'A measure of the measures list to add or change (ADMIN).' })
export class MeasureInput {
  @Field(() => ID, { description: 'Stable identifier, e.g. `B-NO-PROCUREMENT`.' })
  id!: string;

  @Field(() => MeasureKind, { description: 'Mandatory or recommended.' })
  kind!: MeasureKind;

  @Field(() => ListType, { description: 'Red-list incentive or black-list punishment.' })
  listType!: ListType;

  @Field(() => [CheckScenario], { description: 'The scenarios it applies in (at least one).' })
  scenarios!: CheckScenario[];

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'What the measure is.' })
  content!: string;

  @Field(() => String, { description: 'Legal basis.' })
  legalBasis!: string;

  @Field(() => String, { description: 'Implementing departments.' })
  departments!: string;

  @Field(() => [CreditGrade], {
    defaultValue: [],
    description:
      'The evaluation classes it is for (分类监管), e.g. [A] for an incentive for 守信 subjects only; empty for any class.',
  })
  grades!: CreditGrade[];

  @Field(() => Boolean, { description: 'False takes the measure out of checks from now on.' })
  active!: boolean;
}

@ObjectType({ description: 'Checks of one department and how many lack feedback.' })
export class CreditCheckStats {
  @Field(() => CreditCodeScalar, { nullable: true, description: 'The department.' })
  organizationCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  organizationName!: string | null;

  @Field(() => Int, { description: 'Checks run.' })
  checks!: number;

  @Field(() => Int, { description: 'Checks with feedback on every measure.' })
  complete!: number;

  @Field(() => Int, { description: 'Checks still lacking feedback on some measure.' })
  lackingFeedback!: number;
}

export const CreditCheckConnection = ConnectionType(
  CreditCheck,
  'CreditCheck',
  'A page of credit checks, newest first.',
);
