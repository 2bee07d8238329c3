import { count, eq } from 'drizzle-orm';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context.types.js';
import type { DbOrTx } from '../../db/types.js';
import { ConflictError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../shared/pagination.js';
import { analyzeCreditCode, regionName } from '../credit-code/index.js';
import { Subject } from '../subjects/index.js';
import {
  DEFAULT_MODEL,
  type EvaluationModelDefinition,
  GRADES,
  GRADE_NAMES,
  INDICATORS,
  type IndicatorCode,
} from './evaluation.model.js';
import {
  type Evaluation,
  EvaluationView,
  gradeDistribution,
  historyPage,
  listModels,
  modelOfVersion,
  publishModel,
} from './evaluation.service.js';
import {
  CreditEvaluation,
  EvaluationDimension,
  EvaluationDistribution,
  EvaluationHistoryConnection,
  EvaluationModel,
  EvaluationModelInput,
} from './evaluation.type.js';
import { subjectEvaluationHistory } from './evaluation.table.js';
import { checkModelInput } from './evaluation.validation.js';

/** A model as the API lists it. */
function modelNode(
  definition: EvaluationModelDefinition,
  publishedAt: Date,
  inForce: boolean,
): EvaluationModel {
  return {
    version: definition.version,
    publishedAt,
    inForce,
    baseScore: definition.baseScore,
    thresholds: {
      a: definition.thresholds.A,
      b: definition.thresholds.B,
      c: definition.thresholds.C,
    },
    indicators: definition.indicators.map(weight => ({
      ...weight,
      name: INDICATORS[weight.code].name,
      counts: INDICATORS[weight.code].counts,
    })),
    gradeCaps: definition.gradeCaps.map(cap => ({ ...cap })),
    supervision: GRADES.map(grade => ({ grade, recommendation: definition.supervision[grade] })),
    publicView: definition.publicView,
    basis: definition.basis,
  };
}

/**
 * An evaluation as a viewer is shown it: FULL with score, indicator lines (named and based by
 * its model version) and supervision; GRADE with the class alone; NONE is null.
 */
export async function evaluationNode(
  evaluation: Evaluation | null,
  view: EvaluationView,
  modelOf: (version: string) => Promise<EvaluationModelDefinition | null>,
): Promise<CreditEvaluation | null> {
  if (evaluation === null || view === EvaluationView.NONE) {
    return null;
  }
  const base = {
    subjectCode: evaluation.subjectCode,
    grade: evaluation.grade,
    gradeName: GRADE_NAMES[evaluation.grade],
    modelVersion: evaluation.modelVersion,
    computedAt: evaluation.computedAt,
  };
  if (view === EvaluationView.GRADE) {
    return { ...base, score: null, indicators: [], supervision: null };
  }
  const model = (await modelOf(evaluation.modelVersion)) ?? DEFAULT_MODEL;
  const basisOf = new Map(model.indicators.map(weight => [weight.code, weight.basis]));
  return {
    ...base,
    score: evaluation.score,
    indicators: evaluation.indicators.map(line => ({
      code: line.code,
      name: INDICATORS[line.code as IndicatorCode]?.name ?? line.code,
      value: Number(line.value),
      points: Number(line.points),
      basis: basisOf.get(line.code) ?? model.basis,
      recordIds: line.recordIds,
    })),
    supervision: model.supervision[evaluation.grade],
  };
}

@Resolver()
export class EvaluationResolver {
  @Query(() => [EvaluationModel], {
    description: 'Every version of the evaluation model, oldest first; the last is in force.',
  })
  async evaluationModels(@Ctx() ctx: Context): Promise<EvaluationModel[]> {
    const models = await listModels(ctx.db);
    return models.map((model, i) =>
      modelNode(model.definition, model.publishedAt, i === models.length - 1),
    );
  }

  @Mutation(() => EvaluationModel, {
    description:
      'Publishes a new version of the evaluation model (audited); it comes into force at once and the worker recomputes every subject under it. A published version is never edited: its version is CONFLICT (EVALUATION_MODEL_EXISTS).',
  })
  async publishEvaluationModel(
    @Arg('input', () => EvaluationModelInput, { description: 'The new version.' })
    input: EvaluationModelInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationModel> {
    const definition = checkModelInput(input);
    const exists = () =>
      new ConflictError(
        say('EVALUATION_MODEL_EXISTS', { ...named('version'), version: definition.version }),
        'version',
        { reason: 'EVALUATION_MODEL_EXISTS' },
      );
    if ((await modelOfVersion(ctx.primary, definition.version)) !== undefined) {
      throw exists();
    }
    const published = await publishModel(ctx.primary, ctx.viewer, ctx.clock, definition);
    if (published === null) {
      throw exists();
    }
    return modelNode(published.definition, published.publishedAt, true);
  }

  @Query(() => [EvaluationDistribution], {
    description:
      'The class distribution of the evaluated subjects by district or by sector, for the credit office’s statistics.',
  })
  async evaluationDistribution(
    @Arg('by', () => EvaluationDimension, { description: 'The grouping.' }) by: EvaluationDimension,
    @Ctx() ctx: Context,
  ): Promise<EvaluationDistribution[]> {
    const rows = await gradeDistribution(ctx.db, by);
    const groups = new Map<string, EvaluationDistribution>();
    for (const row of rows) {
      let group = groups.get(row.key);
      if (group === undefined) {
        const analysis = analyzeCreditCode(row.sample);
        const name =
          by === EvaluationDimension.DISTRICT
            ? (regionName(row.key) ?? row.key)
            : [analysis.registrationAuthority, analysis.entityType].filter(Boolean).join(' ') ||
              row.key;
        group = { key: row.key, name, grades: [], total: 0 };
        groups.set(row.key, group);
      }
      group.grades.push({ grade: row.grade, subjects: row.subjects });
      group.total += row.subjects;
    }
    return [...groups.values()];
  }
}

@Resolver(() => Subject)
export class SubjectEvaluationResolver {
  @FieldResolver(() => CreditEvaluation, {
    nullable: true,
    description:
      'The subject’s public credit evaluation. Regulators and the credit office see class, score and explanation; an institution the class alone, for a subject that authorised it; the public what the model in force configures (by default nothing: null).',
  })
  async evaluation(
    @Root() subject: Subject,
    @Ctx() ctx: Context,
  ): Promise<CreditEvaluation | null> {
    const view = await ctx.loaders.evaluationViewByCode.load(subject.code);
    if (view === EvaluationView.NONE) {
      return null;
    }
    return evaluationNode(await ctx.loaders.evaluationByCode.load(subject.code), view, version =>
      ctx.loaders.evaluationModelByVersion.load(version),
    );
  }

  @FieldResolver(() => EvaluationHistoryConnection, {
    description:
      'The subject’s classes over time, newest first (regulators and the credit office).',
  })
  async evaluationHistory(
    @Root() subject: Subject,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last item of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    const size = pageSize(first);
    const cursor =
      after === null || after === undefined
        ? null
        : decodeCursor(after, ['instant', 'number'] as const);
    const rows = await historyPage(
      ctx.db,
      subject.code,
      cursor === null ? null : { at: cursor[0].toISOString(), id: cursor[1] },
      size + 1,
    );
    const nodes = new Map<number, CreditEvaluation>();
    for (const row of rows.slice(0, size)) {
      nodes.set(
        row.id,
        (await evaluationNode(row, EvaluationView.FULL, version =>
          ctx.loaders.evaluationModelByVersion.load(version),
        ))!,
      );
    }
    return toConnection(
      rows,
      size,
      row => nodes.get(row.id)!,
      row => encodeCursor([row.computedAt.toISOString(), row.id]),
      historyCount(ctx.db, subject.code),
      cursor !== null,
    );
  }
}

async function historyCount(db: DbOrTx, code: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(subjectEvaluationHistory)
    .where(eq(subjectEvaluationHistory.subjectCode, code));
  return Number(row?.n ?? 0);
}
