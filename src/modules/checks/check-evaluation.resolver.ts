import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context.types.js';
import {
  CreditEvaluation,
  EvaluationView,
  evaluationAt,
  evaluationNode,
} from '../evaluation/index.js';
import { CreditCheck } from './check.type.js';

@Resolver(() => CreditCheck)
export class CheckEvaluationResolver {
  @FieldResolver(() => CreditEvaluation, {
    nullable: true,
    description:
      'The subject’s public credit evaluation as it stood when the check ran, with the supervision its class calls for (分类监管).',
  })
  async evaluation(
    @Root() check: CreditCheck,
    @Ctx() ctx: Context,
  ): Promise<CreditEvaluation | null> {
    return evaluationNode(
      await evaluationAt(ctx.db, check.subjectCode, check.checkedAt, ctx.clock),
      EvaluationView.FULL,
      version => ctx.loaders.evaluationModelByVersion.load(version),
    );
  }
}
