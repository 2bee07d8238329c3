import { count, eq, and } from 'drizzle-orm';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Role } from '../../auth/viewer.js';
import type { Context } from '../../context.types.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '../../shared/pagination.js';
import { CreditCodeScalar } from '../../shared/scalars.js';
import { Subject } from '../subjects/index.js';
import {
  checkStats,
  findCheck,
  listMeasures,
  pageChecks,
  recordCheckFeedback,
  runCreditCheck,
  saveMeasure,
} from './credit-check.service.js';
import { ListEntry, type ListEntryRow, ListType } from '../credit-lists/index.js';
import { PenaltyRecord, type PenaltyRow, penaltyNode } from '../records/index.js';
import { CheckRule, CheckScenario } from './check.enums.js';
import { creditChecks } from './check.table.js';
import { CheckMeasure } from './check.type.js';
import { DeniedMeasure } from './check.type.js';
import { CreditCheck } from './check.type.js';
import { CreditCheckConnection } from './check.type.js';
import { CreditCheckStats } from './check.type.js';
import { Measure } from './check.type.js';
import { MeasureFeedbackInput } from './check.type.js';
import { MeasureInput } from './check.type.js';
import { listEntryNode } from '../credit-lists/index.js';

async function countChecks(
  ctx: Context,
  organization: string | null,
  scenario: CheckScenario | null,
): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(creditChecks)
    .where(
      and(
        organization === null ? undefined : eq(creditChecks.organizationCode, organization),
        scenario === null ? undefined : eq(creditChecks.scenario, scenario),
      ),
    );
  return Number(row?.n ?? 0);
}

@Resolver(() => CreditCheck)
export class CreditCheckResolver {
  @Query(() => [Measure], {
    name: 'measures',
    description: 'The measures list (奖惩措施清单), optionally for one scenario.',
  })
  async measureList(
    @Arg('scenario', () => CheckScenario, {
      nullable: true,
      description: 'Only measures that apply in this scenario.',
    })
    scenario: CheckScenario | null,
    @Ctx() ctx: Context,
  ): Promise<Measure[]> {
    return listMeasures(ctx.db, scenario ?? null);
  }

  @Mutation(() => CreditCheck, {
    description:
      'Checks a subject for a matter (REGULATOR): active list entries, the measures that apply, incentives; recorded.',
  })
  async runCreditCheck(
    @Arg('code', () => CreditCodeScalar, { description: 'The subject.' }) code: string,
    @Arg('scenario', () => CheckScenario, { description: 'The scenario.' }) scenario: CheckScenario,
    @Arg('matter', () => String, { description: 'The matter being decided (1–500 characters).' })
    matter: string,
    @Ctx() ctx: Context,
  ): Promise<CreditCheck> {
    return runCreditCheck(ctx.db, ctx.viewer, ctx.clock, code, scenario, matter);
  }

  @Mutation(() => CreditCheck, {
    description:
      'Records per measure whether it was applied (REGULATOR that ran the check, ADMIN).',
  })
  async recordCheckFeedback(
    @Arg('checkId', () => ID, { description: 'The check.' }) checkId: string,
    @Arg('feedback', () => [MeasureFeedbackInput], { description: 'Feedback per measure.' })
    feedback: MeasureFeedbackInput[],
    @Ctx() ctx: Context,
  ): Promise<CreditCheck> {
    const check = await recordCheckFeedback(ctx.db, ctx.viewer, ctx.clock, checkId, feedback);
    ctx.loaders.feedbackByCheck.clear(check.id);
    return check;
  }

  @Query(() => CreditCheck, {
    nullable: true,
    description: 'A check (REGULATOR of the department that ran it, ADMIN).',
  })
  async creditCheck(
    @Arg('id', () => ID, { description: 'The check.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<CreditCheck | null> {
    return findCheck(ctx.db, ctx.viewer, id);
  }

  @Mutation(() => Measure, {
    description: 'Adds or changes a measure of the measures list (ADMIN). Audited.',
  })
  async saveMeasure(
    @Arg('input', () => MeasureInput, { description: 'The measure.' }) input: MeasureInput,
    @Ctx() ctx: Context,
  ): Promise<Measure> {
    return saveMeasure(ctx.db, ctx.viewer, ctx.clock, input);
  }

  @Query(() => CreditCheckConnection, {
    description:
      'Checks, newest first, with their completeness (ADMIN all, REGULATOR its own department’s).',
  })
  async creditChecks(
    @Arg('scenario', () => CheckScenario, {
      nullable: true,
      description: 'Only checks in this scenario.',
    })
    scenario: CheckScenario | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<CreditCheck>> {
    const size = pageSize(first);
    const organization = ctx.viewer.role === Role.ADMIN ? null : ctx.viewer.organizationCode;
    const cursor =
      after === null || after === undefined
        ? null
        : decodeCursor(after, ['instant', 'uuid'] as const);
    const position = cursor === null ? null : { checkedAt: cursor[0], id: cursor[1] };
    const rows = await pageChecks(ctx.db, organization, scenario ?? null, size + 1, position);
    return toConnection(
      rows,
      size,
      row => row,
      row => encodeCursor([row.checkedAt.toISOString(), row.id]),
      countChecks(ctx, organization, scenario ?? null),
      position !== null,
    );
  }

  @Query(() => [CreditCheckStats], {
    description: 'Checks per department and how many lack feedback (ADMIN all, REGULATOR its own).',
  })
  async creditCheckStats(@Ctx() ctx: Context): Promise<CreditCheckStats[]> {
    return checkStats(ctx.db, ctx.viewer.role === Role.ADMIN ? null : ctx.viewer.organizationCode);
  }

  @FieldResolver(() => Subject, { nullable: true, description: 'The subject checked.' })
  async subject(@Root() check: CreditCheck, @Ctx() ctx: Context): Promise<Subject | null> {
    return ctx.loaders.subjectByCode.load(check.subjectCode);
  }

  @FieldResolver(() => [ListEntry], { description: 'The active list entries the check hit.' })
  async hits(@Root() check: CreditCheck, @Ctx() ctx: Context): Promise<ListEntry[]> {
    const today = ctx.clock.today();
    const rows = await ctx.loaders.listEntryBySubjectAndId.loadMany(
      check.hitEntryIds.map(id => ({ subjectCode: check.subjectCode, id })),
    );
    return rows
      .filter((row): row is ListEntryRow => row !== null && !(row instanceof Error))
      .sort((a, b) => a.listedOn.localeCompare(b.listedOn) || a.id - b.id)
      .map(row => listEntryNode(row, today));
  }

  @FieldResolver(() => [CheckMeasure], {
    description: 'The measures that apply, each with its feedback.',
  })
  async measures(@Root() check: CreditCheck, @Ctx() ctx: Context): Promise<CheckMeasure[]> {
    const [found, feedback] = await Promise.all([
      ctx.loaders.measureById.loadMany(check.measureIds),
      ctx.loaders.feedbackByCheck.load(check.id),
    ]);
    return check.measureIds.map((id, index) => {
      const measure = found[index];
      if (measure === null || measure === undefined || measure instanceof Error) {
        throw measure instanceof Error
          ? measure
          : new Error(`Measure ${id} of a check is missing.`);
      }
      const f = feedback.find(item => item.measureId === id);
      return {
        measure,
        rule: measure.listType === ListType.BLACK ? CheckRule.BLACK_LISTED : check.incentiveRule,
        feedback:
          f === undefined
            ? null
            : { applied: f.applied, reason: f.reason, recordedAt: f.recordedAt },
      };
    });
  }

  @FieldResolver(() => [PenaltyRecord], {
    description:
      'The subject’s penalties still in publicity when the check ran (neither revoked nor repaired, the maximum publicity end not passed), whatever their scope, newest decision first.',
  })
  async penalties(@Root() check: CreditCheck, @Ctx() ctx: Context): Promise<PenaltyRecord[]> {
    const rows = await ctx.loaders.penaltyById.loadMany(check.penaltyIds);
    return rows
      .filter(
        (row): row is PenaltyRow =>
          row !== null && !(row instanceof Error) && row.subjectCode === check.subjectCode,
      )
      .map(row => penaltyNode(row));
  }

  @FieldResolver(() => [DeniedMeasure], {
    description:
      'The scenario’s incentive measures the check denied, each with the rule that denied it; empty when they were granted.',
  })
  async deniedMeasures(@Root() check: CreditCheck, @Ctx() ctx: Context): Promise<DeniedMeasure[]> {
    if (check.deniedMeasureIds.length === 0) {
      return [];
    }
    const { incentiveRule: rule, incentiveExplanation: explanation } = check;
    if (rule === null || explanation === null) {
      throw new Error(`Check ${check.id} has denied measures but no rule.`);
    }
    const found = await ctx.loaders.measureById.loadMany(check.deniedMeasureIds);
    return check.deniedMeasureIds.map((id, index) => {
      const measure = found[index];
      if (measure === null || measure === undefined || measure instanceof Error) {
        throw measure instanceof Error
          ? measure
          : new Error(`Measure ${id} of a check is missing.`);
      }
      return { measure, rule, explanation };
    });
  }

  @FieldResolver(() => Boolean, { description: 'True when every measure has feedback.' })
  async complete(@Root() check: CreditCheck, @Ctx() ctx: Context): Promise<boolean> {
    const feedback = await ctx.loaders.feedbackByCheck.load(check.id);
    return check.measureIds.every(id => feedback.some(f => f.measureId === id));
  }
}
