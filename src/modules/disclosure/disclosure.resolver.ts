import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Role } from '../../auth/viewer.js';
import type { Context } from '../../context.types.js';
import { BadInputError, ForbiddenError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { MAX_WORKING_DAYS, addWorkingDays } from '../calendar/index.js';
import type { LicensingRow } from '../records/index.js';
import type { PenaltyRow } from '../records/index.js';
import { PenaltyRecord } from '../records/index.js';
import { RecordKind } from '../records/index.js';
import { licensingNode, penaltyNode } from '../records/index.js';
import type { RecordRow } from '../records/index.js';
import { CreditRecord } from '../records/index.js';
import { DisclosureStatus, disclosureStatus, workingDaysLate } from '../records/index.js';
import {
  type DisclosureCursor,
  type DisclosureQuery,
  countDisclosureRecords,
  disclosureStats,
  pageDisclosureRecords,
} from './disclosure.repository.js';
import { publishRecords, revokeRecord } from './disclosure.service.js';
import {
  CreditRecordConnection,
  Deadline,
  Disclosure,
  DisclosureFilter,
  DisclosureStats,
  PublicityPeriod,
} from './disclosure.type.js';

function recordNode(kind: RecordKind, row: RecordRow): CreditRecord {
  return kind === RecordKind.LICENSING
    ? licensingNode(row as LicensingRow)
    : penaltyNode(row as PenaltyRow);
}

/** The source unit a caller may look at: a PROVIDER only its own. */
function scopedSourceUnit(ctx: Context, requested: string | null | undefined): string | null {
  if (ctx.viewer.role !== Role.PROVIDER) {
    return requested ?? null;
  }
  if (requested !== null && requested !== undefined && requested !== ctx.viewer.organizationCode) {
    throw new ForbiddenError(say('FORBIDDEN_OWN_RECORDS'));
  }
  return ctx.viewer.organizationCode;
}

/** The last deadline `dueWithin` working days from today reaches; null without the filter. */
async function dueBy(
  ctx: Context,
  today: string,
  dueWithin: number | null | undefined,
): Promise<string | null> {
  if (dueWithin === null || dueWithin === undefined) {
    return null;
  }
  if (!Number.isInteger(dueWithin) || dueWithin < 1 || dueWithin > MAX_WORKING_DAYS) {
    throw new BadInputError(
      say('OUT_OF_RANGE', { ...named('filter.dueWithin'), min: 1, max: MAX_WORKING_DAYS }),
      'filter.dueWithin',
    );
  }
  return addWorkingDays(await ctx.loaders.calendar(), today, dueWithin).date;
}

@Resolver(() => CreditRecord)
export class DisclosureFieldResolver {
  @FieldResolver(() => Disclosure, {
    description: 'The record against its 7-working-day disclosure deadline.',
  })
  async disclosure(@Root() record: CreditRecord, @Ctx() ctx: Context): Promise<Disclosure> {
    return {
      deadline: record.disclosureDeadline,
      provisional: record.deadlineProvisional,
      status: disclosureStatus(record, ctx.clock.today()),
      publishedAt: record.publishedAt,
      facts: record,
    };
  }
}

@Resolver(() => Disclosure)
export class DisclosureLatenessResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Working days past the deadline: until publication when LATE, until today when OVERDUE (at least 1); null otherwise.',
  })
  async workingDaysLate(
    @Root() disclosure: Disclosure,
    @Ctx() ctx: Context,
  ): Promise<number | null> {
    // The calendar is read only for late records, and only when this field is asked for.
    return disclosure.status === DisclosureStatus.LATE ||
      disclosure.status === DisclosureStatus.OVERDUE
      ? workingDaysLate(await ctx.loaders.calendar(), disclosure.facts, ctx.clock.today())
      : null;
  }
}

@Resolver(() => PenaltyRecord)
export class PenaltyPublicityResolver {
  @FieldResolver(() => PublicityPeriod, {
    description: 'How long the penalty stays public, and from when repair may be applied for.',
  })
  publicity(
    @Root()
    penalty: PenaltyRecord & {
      publicityRegime: PublicityPeriod['regime'];
      publicityMinEnd: string;
      publicityMaxEnd: string;
    },
  ): PublicityPeriod {
    return {
      regime: penalty.publicityRegime,
      minimumEndDate: penalty.publicityMinEnd,
      maximumEndDate: penalty.publicityMaxEnd,
    };
  }
}

@Resolver()
export class DisclosureResolver {
  @Query(() => Deadline, {
    description:
      'The disclosure deadline of a decision date: the Nth working day after it (the decision day not counted).',
  })
  async disclosureDeadline(
    @Arg('decisionDate', () => DateScalar, { description: 'Date of the decision.' })
    decisionDate: string,
    @Arg('workingDays', () => Int, {
      defaultValue: 7,
      description: `Working days allowed, 1–${MAX_WORKING_DAYS}.`,
    })
    workingDays: number,
    @Ctx() ctx: Context,
  ): Promise<Deadline> {
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
      throw new BadInputError(
        say('OUT_OF_RANGE', { ...named('workingDays'), min: 1, max: MAX_WORKING_DAYS }),
        'workingDays',
      );
    }
    const result = addWorkingDays(await ctx.loaders.calendar(), decisionDate, workingDays);
    return { deadline: result.date, provisional: result.provisional };
  }

  @Query(() => CreditRecordConnection, {
    description:
      'Licensing and penalty records by disclosure status, kind, source unit and decision dates, newest decision first (REGULATOR, ADMIN; a PROVIDER sees its own).',
  })
  async disclosureRecords(
    @Arg('filter', () => DisclosureFilter, {
      nullable: true,
      description: 'Which records to list.',
    })
    filter: DisclosureFilter | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<CreditRecord>> {
    const size = pageSize(first);
    const today = ctx.clock.today();
    const query: DisclosureQuery = {
      status: filter?.status ?? null,
      sourceUnitCode: scopedSourceUnit(ctx, filter?.sourceUnitCode),
      decisionFrom: filter?.decisionFrom ?? null,
      decisionTo: filter?.decisionTo ?? null,
      dueBy: await dueBy(ctx, today, filter?.dueWithin),
    };
    const kinds = filter?.kind ? [filter.kind] : [RecordKind.LICENSING, RecordKind.PENALTY];
    let position: DisclosureCursor | null = null;
    if (after !== null && after !== undefined) {
      const [decisionDate, kind, id] = decodeCursor(after, ['date', 'string', 'number'] as const);
      if (kind !== RecordKind.LICENSING && kind !== RecordKind.PENALTY) {
        throw new BadInputError(say('MALFORMED_CURSOR', named('after')), 'after', {
          reason: 'MALFORMED_CURSOR',
        });
      }
      position = { decisionDate, kind, id };
    }
    const rows = await pageDisclosureRecords(ctx.db, kinds, query, today, size + 1, position);
    return toConnection(
      rows,
      size,
      ({ kind, row }) => recordNode(kind, row),
      ({ kind, row }) => encodeCursor([row.decisionDate, kind, row.id]),
      countDisclosureRecords(ctx.db, kinds, query, today),
      position !== null,
    );
  }

  @Query(() => [DisclosureStats], {
    description:
      'Disclosure performance per source unit for decisions in a date range (REGULATOR, ADMIN; a PROVIDER sees its own).',
  })
  async disclosureStats(
    @Arg('from', () => DateScalar, { description: 'First decision date of the range.' })
    from: string,
    @Arg('to', () => DateScalar, { description: 'Last decision date of the range.' }) to: string,
    @Arg('kind', () => RecordKind, {
      nullable: true,
      description: 'Only licensing or only penalty records.',
    })
    kind: RecordKind | null,
    @Ctx() ctx: Context,
  ): Promise<DisclosureStats[]> {
    if (from > to) {
      throw new BadInputError(say('PERIOD_REVERSED', named('from')), 'from');
    }
    return disclosureStats(ctx.db, {
      kind,
      from,
      to,
      sourceUnitCode: scopedSourceUnit(ctx, null),
      today: ctx.clock.today(),
    });
  }

  @Mutation(() => [CreditRecord], {
    description:
      'Publishes records that wait for review (ADMIN). All or nothing; records already public are returned as they are.',
  })
  async publishRecords(
    @Arg('ids', () => [ID], { description: 'Ids of the records to publish.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<CreditRecord[]> {
    const rows = await publishRecords(ctx.db, ctx.viewer, ctx.clock, ids);
    return rows.map(({ kind, row }) => recordNode(kind, row));
  }

  @Mutation(() => CreditRecord, {
    description:
      'Revokes a record (ADMIN, or the PROVIDER that submitted it): it leaves the public view at once and keeps its history.',
  })
  async revokeRecord(
    @Arg('id', () => ID, { description: 'The record to revoke.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is revoked (1–500 characters).' })
    reason: string,
    @Ctx() ctx: Context,
  ): Promise<CreditRecord> {
    const { kind, row } = await revokeRecord(ctx.db, ctx.viewer, ctx.clock, id, reason);
    return recordNode(kind, row);
  }
}
