import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '../../shared/pagination.js';
import { CreditCodeScalar, DateTimeScalar } from '../../shared/scalars.js';
import { CreditGrade, EvaluationPublicView, GRADE_NAMES } from './evaluation.model.js';

registerEnumType(CreditGrade, {
  name: 'CreditGrade',
  description: 'The class of the public credit evaluation (分类监管), best first.',
  valuesConfig: {
    A: { description: `${GRADE_NAMES.A}.` },
    B: { description: `${GRADE_NAMES.B}.` },
    C: { description: `${GRADE_NAMES.C}.` },
    D: { description: `${GRADE_NAMES.D}.` },
  },
});

registerEnumType(EvaluationPublicView, {
  name: 'EvaluationPublicView',
  description: 'What the public (and data providers) are shown of a subject’s evaluation.',
  valuesConfig: {
    NOTHING: { description: 'Nothing: Subject.evaluation is null (the default).' },
    GRADE: { description: 'The class alone: no score, no indicators.' },
  },
});

/** Which grouping the class distribution is counted by. */
export enum EvaluationDimension {
  DISTRICT = 'DISTRICT',
  SECTOR = 'SECTOR',
}
registerEnumType(EvaluationDimension, {
  name: 'EvaluationDimension',
  description: 'How the class distribution is grouped.',
  valuesConfig: {
    DISTRICT: {
      description: 'By administrative division: positions 3–8 of the credit code (GB/T 2260).',
    },
    SECTOR: {
      description:
        'By registration authority and entity type: positions 1–2 of the credit code (企业, 个体工商户, 社会组织 …).',
    },
  },
});

@ObjectType({
  description: 'One indicator of an evaluation: what was counted and what it weighed.',
})
export class EvaluationIndicator {
  @Field(() => String, { description: 'The indicator’s code, e.g. `PENALTY_SERIOUS`.' })
  code!: string;

  @Field(() => String, { description: 'Its name, e.g. 公示期内的严重失信行政处罚.' })
  name!: string;

  @Field(() => Float, { description: 'How many records it counted.' })
  value!: number;

  @Field(() => Float, {
    description: 'The points it added to the score (negative for adverse records).',
  })
  points!: number;

  @Field(() => String, { description: 'The policy its weight rests on.' })
  basis!: string;

  @Field(() => [ID], {
    description:
      'The contributing records and list entries (`penalty:12`, `list:3`, `catalog:7`), newest first, at most 100.',
  })
  recordIds!: string[];
}

@ObjectType({
  description:
    'A subject’s public credit evaluation (公共信用综合评价), computed from the platform’s published records under a model version. Institutions see the class alone (score null, indicators empty).',
})
export class CreditEvaluation {
  @Field(() => CreditCodeScalar, { description: 'The subject evaluated.' })
  subjectCode!: string;

  @Field(() => CreditGrade, { description: 'The class.' })
  grade!: CreditGrade;

  @Field(() => String, { description: 'The class’s name: 守信, 基本守信, 关注 or 失信.' })
  gradeName!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The score, 0–100; null unless the viewer sees the explanation.',
  })
  score!: number | null;

  @Field(() => String, { description: 'The version of the model that computed it.' })
  modelVersion!: string;

  @Field(() => DateTimeScalar, { description: 'When it was computed.' })
  computedAt!: Date;

  @Field(() => [EvaluationIndicator], {
    description:
      'The explanation: each indicator of the model with its count and points; empty unless the viewer sees the explanation.',
  })
  indicators!: EvaluationIndicator[];

  @Field(() => String, {
    nullable: true,
    description:
      'The supervision the class calls for under its model (分类监管: inspection ratio and frequency); null unless the viewer sees the explanation.',
  })
  supervision!: string | null;
}

export const EvaluationHistoryConnection = ConnectionType(
  CreditEvaluation,
  'CreditEvaluation',
  'A subject’s classes over time, newest first: one item per change of class, score or model.',
);

@ObjectType({ description: 'How a model weighs one indicator.' })
export class IndicatorWeight {
  @Field(() => String, { description: 'The indicator’s code.' })
  code!: string;

  @Field(() => String, { description: 'The indicator’s name.' })
  name!: string;

  @Field(() => String, { description: 'What the indicator counts.' })
  counts!: string;

  @Field(() => Float, { description: 'Points per counted record.' })
  pointsEach!: number;

  @Field(() => Float, { description: 'The most the indicator moves the score, as a magnitude.' })
  maxPoints!: number;

  @Field(() => String, { description: 'The policy the line rests on.' })
  basis!: string;
}

@ObjectType({
  description:
    'A class ceiling: at least `atLeast` records of an indicator hold the class at `grade` or below.',
})
export class GradeCap {
  @Field(() => String, { description: 'The indicator’s code.' })
  indicator!: string;

  @Field(() => Int, { description: 'The count from which the cap applies.' })
  atLeast!: number;

  @Field(() => CreditGrade, { description: 'The best class the subject can then have.' })
  grade!: CreditGrade;

  @Field(() => String, { description: 'The policy the cap rests on.' })
  basis!: string;
}

@ObjectType({ description: 'The least score of each class above D.' })
export class GradeThresholds {
  @Field(() => Float, { description: 'A from this score.' })
  a!: number;

  @Field(() => Float, { description: 'B from this score.' })
  b!: number;

  @Field(() => Float, { description: 'C from this score; below it, D.' })
  c!: number;
}

@ObjectType({ description: 'The supervision a class calls for (分类监管).' })
export class GradeSupervision {
  @Field(() => CreditGrade, { description: 'The class.' })
  grade!: CreditGrade;

  @Field(() => String, { description: 'The recommendation.' })
  recommendation!: string;
}

@ObjectType({
  description:
    'A version of the evaluation model. The platform ships a default (`2026.1`); the credit office publishes new versions, and each stays listed unchanged.',
})
export class EvaluationModel {
  @Field(() => String, { description: 'The version.' })
  version!: string;

  @Field(() => DateTimeScalar, { description: 'When it was published.' })
  publishedAt!: Date;

  @Field(() => Boolean, { description: 'Whether it is the model in force (the last published).' })
  inForce!: boolean;

  @Field(() => Float, { description: 'The score of a subject with nothing counted.' })
  baseScore!: number;

  @Field(() => GradeThresholds, { description: 'The class thresholds.' })
  thresholds!: GradeThresholds;

  @Field(() => [IndicatorWeight], { description: 'The indicators and their weights.' })
  indicators!: IndicatorWeight[];

  @Field(() => [GradeCap], { description: 'The class ceilings.' })
  gradeCaps!: GradeCap[];

  @Field(() => [GradeSupervision], { description: 'The supervision each class calls for.' })
  supervision!: GradeSupervision[];

  @Field(() => EvaluationPublicView, { description: 'What the public is shown.' })
  publicView!: EvaluationPublicView;

  @Field(() => String, { description: 'The policy the model rests on.' })
  basis!: string;
}

@ObjectType({ description: 'The count of evaluated subjects of one class in one group.' })
export class GradeCount {
  @Field(() => CreditGrade, { description: 'The class.' })
  grade!: CreditGrade;

  @Field(() => Int, { description: 'How many subjects have it.' })
  subjects!: number;
}

@ObjectType({ description: 'The class distribution of one district or sector.' })
export class EvaluationDistribution {
  @Field(() => String, {
    description: 'The group’s key: a 6-digit division code, or the code’s first two characters.',
  })
  key!: string;

  @Field(() => String, { description: 'The group’s name, e.g. 北京市海淀区 or 工商 企业.' })
  name!: string;

  @Field(() => [GradeCount], {
    description: 'The subjects per class, A to D (classes with none left out).',
  })
  grades!: GradeCount[];

  @Field(() => Int, { description: 'The subjects of the group.' })
  total!: number;
}

@InputType({ description: 'How a new model weighs one indicator.' })
export class IndicatorWeightInput {
  @Field(() => String, {
    description: 'The indicator’s code (see the default model for the list).',
  })
  code!: string;

  @Field(() => Float, { description: 'Points per counted record, −100 to 100 (two decimals).' })
  pointsEach!: number;

  @Field(() => Float, { description: 'The most the indicator moves the score, 0 to 100.' })
  maxPoints!: number;

  @Field(() => String, { description: 'The policy the line rests on.' })
  basis!: string;
}

@InputType({ description: 'A class ceiling of a new model.' })
export class GradeCapInput {
  @Field(() => String, { description: 'The indicator’s code; it must be weighed by the model.' })
  indicator!: string;

  @Field(() => Int, { description: 'The count from which the cap applies (1 or more).' })
  atLeast!: number;

  @Field(() => CreditGrade, { description: 'The best class the subject can then have.' })
  grade!: CreditGrade;

  @Field(() => String, { description: 'The policy the cap rests on.' })
  basis!: string;
}

@InputType({ description: 'The class thresholds of a new model: 0 ≤ c < b < a ≤ 100.' })
export class GradeThresholdsInput {
  @Field(() => Float, { description: 'A from this score.' })
  a!: number;

  @Field(() => Float, { description: 'B from this score.' })
  b!: number;

  @Field(() => Float, { description: 'C from this score.' })
  c!: number;
}

@InputType({ description: 'The supervision a class calls for.' })
export class GradeSupervisionInput {
  @Field(() => CreditGrade, { description: 'The class.' })
  grade!: CreditGrade;

  @Field(() => String, { description: 'The recommendation.' })
  recommendation!: string;
}

@InputType({ description: 'A new version of the evaluation model (publishEvaluationModel).' })
export class EvaluationModelInput {
  @Field(() => String, {
    description:
      'The new version, e.g. `2027.1`: 1–40 letters, digits, dots or dashes, never used before.',
  })
  version!: string;

  @Field(() => Float, { description: 'The score of a subject with nothing counted, 0–100.' })
  baseScore!: number;

  @Field(() => GradeThresholdsInput, { description: 'The class thresholds.' })
  thresholds!: GradeThresholdsInput;

  @Field(() => [IndicatorWeightInput], { description: 'The indicators weighed, each once.' })
  indicators!: IndicatorWeightInput[];

  @Field(() => [GradeCapInput], { defaultValue: [], description: 'The class ceilings.' })
  gradeCaps!: GradeCapInput[];

  @Field(() => [GradeSupervisionInput], {
    description: 'The supervision of each of the four classes.',
  })
  supervision!: GradeSupervisionInput[];

  @Field(() => EvaluationPublicView, {
    defaultValue: EvaluationPublicView.NOTHING,
    description: 'What the public is shown.',
  })
  publicView!: EvaluationPublicView;

  @Field(() => String, { description: 'The policy the model rests on.' })
  basis!: string;
}
