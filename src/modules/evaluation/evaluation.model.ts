/**
 * The public credit evaluation (公共信用综合评价) as rules: the indicators the platform computes
 * from its own published records, and the default model that weighs them into a score and a
 * class (A 守信 / B 基本守信 / C 关注 / D 失信). Every line cites its basis. A model is a value:
 * the credit office publishes a new version (publishEvaluationModel) and never edits an old one,
 * so a stored evaluation always names the version that produced it.
 */

/** The four classes of 分类监管, best first. */
export enum CreditGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

export const GRADES: readonly CreditGrade[] = [
  CreditGrade.A,
  CreditGrade.B,
  CreditGrade.C,
  CreditGrade.D,
];

/** The class names as the office writes them. */
export const GRADE_NAMES: Readonly<Record<CreditGrade, string>> = {
  A: '守信',
  B: '基本守信',
  C: '关注',
  D: '失信',
};

/** What the public is shown of an evaluation: nothing (the default) or the class alone. */
export enum EvaluationPublicView {
  NOTHING = 'NOTHING',
  GRADE = 'GRADE',
}

/**
 * The indicators the platform computes for every subject, each a count of the subject's
 * published records in a state (evaluation.statement.ts computes them, one SQL definition for
 * the incremental and the bulk recomputation). A record under an accepted objection (异议处理中)
 * counts only in OBJECTIONS_PENDING until the objection is decided.
 */
export const INDICATORS = {
  PENALTY_SERIOUS: {
    name: '公示期内的严重失信行政处罚',
    counts: 'Penalties marked or derived SERIOUS, in force and still in their publicity period.',
  },
  PENALTY_GENERAL: {
    name: '公示期内的一般失信行政处罚',
    counts: 'Penalties of GENERAL severity, in force and still in their publicity period.',
  },
  PENALTY_MINOR: {
    name: '公示期内的轻微失信行政处罚',
    counts: 'Penalties of MINOR severity, in force and still in their publicity period.',
  },
  PENALTY_PAST: {
    name: '公示期满五年内的行政处罚',
    counts:
      'Penalties in force whose publicity has ended, decided within the five years before the evaluation date.',
  },
  PENALTY_REPAIRED: {
    name: '已信用修复的行政处罚（五年内）',
    counts:
      'Penalties taken out of publicity by an approved credit repair, decided within five years.',
  },
  BLACK_LIST: {
    name: '列入严重失信主体名单',
    counts:
      'Black-list entries active on the evaluation date (published, not removed, repaired or expired).',
  },
  ABNORMAL_OPERATION: {
    name: '列入经营异常名录',
    counts: 'Entries of the 经营异常名录 listed by the evaluation date and not yet moved out.',
  },
  COMMITMENTS_BROKEN: {
    name: '未履行的信用承诺',
    counts: 'Credit commitments (信用承诺, 平台信用承诺) recorded as 未履约.',
  },
  RED_LIST: {
    name: '列入守信激励对象名单',
    counts: 'Red-list entries active on the evaluation date.',
  },
  LICENCES_VALID: {
    name: '有效期内的行政许可',
    counts: 'Licences in force whose validity covers the evaluation date.',
  },
  COMMITMENTS_KEPT: {
    name: '已履行的信用承诺',
    counts: 'Credit commitments recorded as 已履约.',
  },
  OBJECTIONS_PENDING: {
    name: '异议处理中的记录',
    counts:
      'Penalties and list entries under an accepted objection: they count here, not in their own indicator, until it is decided.',
  },
} as const;

export type IndicatorCode = keyof typeof INDICATORS;

/** How a model weighs one indicator: points per record, bounded in total by maxPoints. */
interface IndicatorWeight {
  code: IndicatorCode;
  /** Points each counted record adds (negative for adverse records). */
  pointsEach: number;
  /** The most this indicator can move the score, as a magnitude (its sign is pointsEach's). */
  maxPoints: number;
  /** The policy the line rests on. */
  basis: string;
}

/** A class ceiling: when an indicator counts at least `atLeast`, the class is at best `grade`. */
interface GradeCap {
  indicator: IndicatorCode;
  atLeast: number;
  grade: CreditGrade;
  basis: string;
}

/** One version of the evaluation model. */
export interface EvaluationModelDefinition {
  version: string;
  /** The score of a subject with nothing counted. */
  baseScore: number;
  /** The least score of each class above D: A ≥ thresholds.A, B ≥ thresholds.B, C ≥ thresholds.C. */
  thresholds: { A: number; B: number; C: number };
  indicators: IndicatorWeight[];
  gradeCaps: GradeCap[];
  /** 分类监管: the supervision each class calls for (random-inspection ratio and frequency). */
  supervision: Record<CreditGrade, string>;
  /** What the public sees; institutions always see the class alone, regulators everything. */
  publicView: EvaluationPublicView;
  basis: string;
}

/** The score bounds: a score is clamped into [0, MAX_SCORE]. */
export const MAX_SCORE = 100;

const PLAN = '京政发〔2017〕15号 二(一)2（健全行业领域信用评价和分类监管制度）';
const PUNISH = '京政发〔2017〕15号 二(三)（加大失信行为惩戒力度）';
const LISTS = '京政发〔2017〕15号 二(四)2（规范信用红黑名单制度）';
const REPAIR = '京政发〔2017〕15号 二(四)4（健全权益保护和信用修复机制）';
const REWARD = '京政发〔2017〕15号 二(二)（强化诚信行为激励）';

/** The model the platform ships: version `2026.1`, listed like any published version. */
export const DEFAULT_MODEL: EvaluationModelDefinition = {
  version: '2026.1',
  baseScore: 80,
  thresholds: { A: 90, B: 75, C: 60 },
  indicators: [
    {
      code: 'PENALTY_SERIOUS',
      pointsEach: -25,
      maxPoints: 50,
      basis: `${PUNISH}；严重失信行政处罚公示期三年`,
    },
    {
      code: 'PENALTY_GENERAL',
      pointsEach: -10,
      maxPoints: 30,
      basis: `${PUNISH}；一般失信行政处罚公示期一年`,
    },
    {
      code: 'PENALTY_MINOR',
      pointsEach: -3,
      maxPoints: 9,
      basis: `${PUNISH}；轻微失信行政处罚公示期三个月`,
    },
    {
      code: 'PENALTY_PAST',
      pointsEach: -2,
      maxPoints: 10,
      basis: `${PLAN}；公示期满的处罚在五年内仍作为信用状况参考`,
    },
    {
      code: 'PENALTY_REPAIRED',
      pointsEach: -1,
      maxPoints: 5,
      basis: `${REPAIR}；修复后的处罚不再公示，仅作轻度参考`,
    },
    { code: 'BLACK_LIST', pointsEach: -40, maxPoints: 40, basis: `${LISTS}；失信联合惩戒对象` },
    {
      code: 'ABNORMAL_OPERATION',
      pointsEach: -10,
      maxPoints: 20,
      basis: `${PUNISH}；经营异常名录`,
    },
    {
      code: 'COMMITMENTS_BROKEN',
      pointsEach: -10,
      maxPoints: 30,
      basis: `${PUNISH}；违背信用承诺记入信用记录`,
    },
    { code: 'RED_LIST', pointsEach: 10, maxPoints: 10, basis: `${LISTS}；守信联合激励对象` },
    {
      code: 'LICENCES_VALID',
      pointsEach: 1,
      maxPoints: 5,
      basis: `${REWARD}；依法取得并持有的行政许可`,
    },
    { code: 'COMMITMENTS_KEPT', pointsEach: 2, maxPoints: 6, basis: `${REWARD}；信用承诺履约记录` },
    {
      code: 'OBJECTIONS_PENDING',
      pointsEach: 0,
      maxPoints: 0,
      basis: `${REPAIR}；异议处理期间相关记录暂不计分`,
    },
  ],
  gradeCaps: [
    {
      indicator: 'BLACK_LIST',
      atLeast: 1,
      grade: CreditGrade.D,
      basis: `${LISTS}；列入严重失信主体名单的评为失信`,
    },
    {
      indicator: 'PENALTY_SERIOUS',
      atLeast: 1,
      grade: CreditGrade.C,
      basis: `${PUNISH}；有公示期内严重失信处罚的至多为关注`,
    },
  ],
  supervision: {
    A: '守信：降低“双随机、一公开”抽查比例和频次，无事不扰，可适用告知承诺、容缺受理等便利措施',
    B: '基本守信：按常规比例和频次抽查',
    C: '关注：适当提高抽查比例和频次，加强日常监管',
    D: '失信：列为重点监管对象，提高抽查比例和频次，依法依规实施联合惩戒',
  },
  publicView: EvaluationPublicView.NOTHING,
  basis: PLAN,
};

/** The counted value of each indicator of one subject. */
export type IndicatorValues = Readonly<Record<IndicatorCode, number>>;

/** One indicator's line in a result: its count, its points, its contributing records. */
export interface IndicatorResult {
  code: IndicatorCode;
  value: number;
  points: number;
  recordIds: string[];
}

/** The points of an indicator under a model: pointsEach per record, bounded by maxPoints. */
function indicatorPoints(weight: IndicatorWeight, value: number): number {
  const raw = weight.pointsEach * value;
  return Math.sign(raw) * Math.min(Math.abs(raw), weight.maxPoints);
}

/**
 * The score and class of indicator values under a model: the base plus every indicator's
 * points, clamped into [0, MAX_SCORE], classed by the thresholds, then held down by every cap
 * that applies. The SQL of evaluation.statement.ts computes the same; the unit tests hold both
 * to this definition.
 */
export function gradeOf(
  model: EvaluationModelDefinition,
  values: IndicatorValues,
): { score: number; grade: CreditGrade } {
  let score = model.baseScore;
  for (const weight of model.indicators) {
    score += indicatorPoints(weight, values[weight.code]);
  }
  score = Math.min(MAX_SCORE, Math.max(0, score));
  let grade =
    score >= model.thresholds.A
      ? CreditGrade.A
      : score >= model.thresholds.B
        ? CreditGrade.B
        : score >= model.thresholds.C
          ? CreditGrade.C
          : CreditGrade.D;
  for (const cap of model.gradeCaps) {
    if (values[cap.indicator] >= cap.atLeast && GRADES.indexOf(cap.grade) > GRADES.indexOf(grade)) {
      grade = cap.grade;
    }
  }
  return { score, grade };
}
