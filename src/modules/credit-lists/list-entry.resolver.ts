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
import { SubmitRecordsPayload } from '../records/shared/record.payload.js';
import { Subject } from '../subjects/subject.type.js';
import {
  checkStats,
  feedbackOf,
  findCheck,
  listMeasures,
  pageChecks,
  recordCheckFeedback,
  runCreditCheck,
  saveMeasure,
} from '../checks/credit-check.service.js';
import { CheckScenario, ListType } from './list-entry.enums.js';
import { type ListEntryRow, creditChecks } from './list-entry.table.js';
import {
  CheckMeasure,
  CreditCheck,
  CreditCheckConnection,
  CreditCheckStats,
  ListEntry,
  ListEntryInput,
  Measure,
  MeasureFeedbackInput,
  MeasureInput,
} from './list-entry.type.js';
import {
  activeEntriesOf,
  entriesByIds,
  removeListEntry,
  submitListEntries,
} from './list-entry.service.js';

export function listEntryNode(row: ListEntryRow, today: string): ListEntry {
  const status =
    row.removedAt !== null
      ? 'REMOVED'
      : row.validUntil !== null && row.validUntil < today
        ? 'EXPIRED'
        : 'ACTIVE';
  return { ...row, id: `list:${row.id}`, status };
}

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

function canSeeEverything(role: Role): boolean {
  return role === Role.REGULATOR || role === Role.ADMIN;
}

@Resolver(() => ListEntry)
export class ListEntryResolver {
  @Mutation(() => SubmitRecordsPayload, {
    description:
      'Submits red and black list entries (the listing authority as PROVIDER, ADMIN). The stored entries are in `listEntries` of the payload; `records` stays empty.',
  })
  async submitListEntries(
    @Arg('entries', () => [ListEntryInput], { description: 'The entries.' })
    entries: ListEntryInput[],
    @Ctx() ctx: Context,
  ): Promise<SubmitRecordsPayload & { listEntries: ListEntry[] }> {
    const result = await submitListEntries(ctx.db, ctx.viewer, ctx.clock, entries);
    return {
      ...result,
      records: [],
      listEntries: result.rows.map(row => listEntryNode(row, ctx.clock.today())),
    };
  }

  @Mutation(() => ListEntry, {
    description: 'Removes an entry from its list (its listing authority, ADMIN), with a reason.',
  })
  async removeListEntry(
    @Arg('id', () => ID, { description: 'The entry.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (1–500 characters).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ListEntry> {
    return listEntryNode(
      await removeListEntry(ctx.db, ctx.viewer, ctx.clock, id, reason),
      ctx.clock.today(),
    );
  }

  @FieldResolver(() => Subject, { nullable: true, description: 'The listed subject.' })
  async subject(@Root() entry: ListEntry, @Ctx() ctx: Context): Promise<Subject | null> {
    return ctx.loaders.subjectByCode.load(entry.subjectCode);
  }
}

@Resolver(() => SubmitRecordsPayload)
export class ListPayloadResolver {
  @FieldResolver(() => [ListEntry], {
    description: 'The list entries stored by submitListEntries; empty for record submissions.',
  })
  listEntries(@Root() payload: SubmitRecordsPayload & { listEntries?: ListEntry[] }): ListEntry[] {
    return payload.listEntries ?? [];
  }
}

@Resolver(() => Subject)
export class SubjectListsResolver {
  @FieldResolver(() => [ListEntry], {
    description:
      'Active red-list (守信激励) and black-list (失信惩戒) entries: the public sees published public ones, regulators all.',
  })
  async listEntries(
    @Root() subject: Subject,
    @Arg('type', () => ListType, { nullable: true, description: 'Only this list.' })
    type: ListType | null,
    @Ctx() ctx: Context,
  ): Promise<ListEntry[]> {
    const today = ctx.clock.today();
    const rows = await activeEntriesOf(
      ctx.db,
      [subject.code],
      today,
      !canSeeEverything(ctx.viewer.role),
    );
    return rows
      .filter(row => type === null || type === undefined || row.listType === type)
      .map(row => listEntryNode(row, today));
  }
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
    return recordCheckFeedback(ctx.db, ctx.viewer, ctx.clock, checkId, feedback);
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
        : decodeCursor(after, ['string', 'string'] as const);
    const position = cursor === null ? null : { checkedAt: new Date(cursor[0]), id: cursor[1] };
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
    return (await entriesByIds(ctx.db, check.hitEntryIds)).map(row => listEntryNode(row, today));
  }

  @FieldResolver(() => [CheckMeasure], {
    description: 'The measures that apply, each with its feedback.',
  })
  async measures(@Root() check: CreditCheck, @Ctx() ctx: Context): Promise<CheckMeasure[]> {
    const [all, feedback] = await Promise.all([
      listMeasures(ctx.db, null),
      feedbackOf(ctx.db, [check.id]),
    ]);
    return check.measureIds.map(id => {
      const measure = all.find(m => m.id === id)!;
      const f = feedback.find(item => item.measureId === id);
      return {
        measure,
        feedback:
          f === undefined
            ? null
            : { applied: f.applied, reason: f.reason, recordedAt: f.recordedAt },
      };
    });
  }

  @FieldResolver(() => Boolean, { description: 'True when every measure has feedback.' })
  async complete(@Root() check: CreditCheck, @Ctx() ctx: Context): Promise<boolean> {
    const feedback = await feedbackOf(ctx.db, [check.id]);
    return check.measureIds.every(id => feedback.some(f => f.measureId === id));
  }
}
