import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Role } from '../../auth/viewer.js';
import type { Context } from '../../context.types.js';
import { ForbiddenError } from '../../shared/errors.js';
import { say } from '../../shared/messages.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '../../shared/pagination.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { ListEntry } from '../credit-lists/index.js';
import { CreditRecord } from '../records/index.js';
import {
  acceptObjection,
  decideObjection,
  fileObjection,
  objectionFilter,
  objectionStatus,
} from './objection.service.js';
import { pageQueue } from './objection.repository.js';
import { type ObjectionRow, objections } from './objection.table.js';
import {
  FileObjectionInput,
  Objection,
  ObjectionConnection,
  ObjectionFilter,
  ObjectionOutcome,
} from './objection.type.js';

export const PREFIX = { LICENSING: 'licensing', PENALTY: 'penalty', LIST_ENTRY: 'list' } as const;

function objectionNode(row: ObjectionRow, today: string): Objection {
  const overdue =
    (row.status === 'FILED' && row.acceptDue < today) ||
    (row.status === 'ACCEPTED' && row.answerDue !== null && row.answerDue < today);
  return {
    ...row,
    targetId: `${PREFIX[row.targetKind]}:${row.targetId}`,
    status: row.status as Objection['status'],
    outcome: row.outcome as Objection['outcome'],
    overdue,
  };
}

export function queuePosition(
  after: string | null | undefined,
): { filedAt: Date; id: string } | null {
  if (after === null || after === undefined) {
    return null;
  }
  const [filedAt, id] = decodeCursor(after, ['instant', 'uuid'] as const);
  return { filedAt, id };
}

/** The department a caller may look at: a PROVIDER only its own. */
export function scopedUnit(ctx: Context, requested: string | null | undefined): string | null {
  if (ctx.viewer.role !== Role.PROVIDER) {
    return requested ?? null;
  }
  if (requested !== null && requested !== undefined && requested !== ctx.viewer.organizationCode) {
    throw new ForbiddenError(say('FORBIDDEN_OWN_OBJECTIONS'));
  }
  return ctx.viewer.organizationCode;
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @Mutation(() => Objection, {
    description:
      'Files an objection against a record or a list entry (anyone). The contact must be a mainland mobile number or an e-mail address and the grounds at least 10 characters; each client address and each contact may file a limited number a day (OBJECTION_LIMIT_REACHED beyond). Filing alone marks nothing: the record shows 异议处理中 once the credit office accepts the objection.',
  })
  async fileObjection(
    @Arg('input', () => FileObjectionInput, { description: 'The objection.' })
    input: FileObjectionInput,
    @Ctx() ctx: Context,
  ): Promise<Objection> {
    return objectionNode(
      await fileObjection(ctx.db, ctx.viewer, ctx.clock, input, {
        clientIp: ctx.clientIp,
        limits: ctx.objectionLimits,
      }),
      ctx.clock.today(),
    );
  }

  @Mutation(() => Objection, {
    description: 'Accepts or rejects a filed objection (ADMIN), within 2 working days of filing.',
  })
  async acceptObjection(
    @Arg('id', () => ID, { description: 'The objection.' }) id: string,
    @Arg('accept', () => Boolean, { description: 'True to accept, false to reject.' })
    accept: boolean,
    @Arg('note', () => String, { description: 'Why (1–2000 characters).' }) note: string,
    @Ctx() ctx: Context,
  ): Promise<Objection> {
    return objectionNode(
      await acceptObjection(ctx.db, ctx.viewer, ctx.clock, id, accept, note),
      ctx.clock.today(),
    );
  }

  @Mutation(() => Objection, {
    description:
      'Answers an accepted objection (the responsible PROVIDER, ADMIN), within 10 working days of acceptance.',
  })
  async decideObjection(
    @Arg('id', () => ID, { description: 'The objection.' }) id: string,
    @Arg('outcome', () => ObjectionOutcome, { description: 'CORRECTED, REVOKED or UPHELD.' })
    outcome: ObjectionOutcome,
    @Arg('note', () => String, { description: 'The answer (1–2000 characters).' }) note: string,
    @Ctx() ctx: Context,
  ): Promise<Objection> {
    return objectionNode(
      await decideObjection(ctx.db, ctx.viewer, ctx.clock, id, outcome, note),
      ctx.clock.today(),
    );
  }

  @Query(() => Objection, {
    nullable: true,
    description:
      'Follows an objection up (anyone): the objection with this 受理编号 whose filer’s contact is the one given (normalised as filing normalises it), with its status, dates, and the outcome and its reason once decided; null unless both match. Look-ups are limited per client address and per contact a day (OBJECTION_LIMIT_REACHED beyond).',
  })
  async objectionStatus(
    @Arg('trackingNumber', () => String, {
      description: 'The 受理编号 given on filing, e.g. `YY-20261203-7K3M9Q2XHD`.',
    })
    trackingNumber: string,
    @Arg('contact', () => String, {
      description: 'The mobile number or e-mail address given on filing.',
    })
    contact: string,
    @Ctx() ctx: Context,
  ): Promise<Objection | null> {
    const row = await objectionStatus(
      ctx.db,
      ctx.clock,
      { clientIp: ctx.clientIp, limiter: ctx.objectionStatusLimiter },
      { trackingNumber, contact },
    );
    return row === null ? null : objectionNode(row, ctx.clock.today());
  }

  @Query(() => ObjectionConnection, {
    description:
      'Objections, newest first (ADMIN; a PROVIDER those about its records). `overdue` lists the late ones.',
  })
  async objections(
    @Arg('filter', () => ObjectionFilter, { nullable: true, description: 'Which objections.' })
    filter: ObjectionFilter | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Objection>> {
    const size = pageSize(first);
    const today = ctx.clock.today();
    const where = objectionFilter(
      {
        sourceUnitCode: scopedUnit(ctx, filter?.sourceUnitCode),
        status: filter?.status ?? null,
        overdue: filter?.overdue === true,
      },
      today,
    );
    const position = queuePosition(after);
    const { rows, total } = await pageQueue(ctx.db, objections, where, size + 1, position);
    return toConnection(
      rows,
      size,
      row => objectionNode(row, today),
      row => encodeCursor([row.filedAt.toISOString(), row.id]),
      total,
      position !== null,
    );
  }
}

@Resolver(() => CreditRecord)
export class RecordObjectionResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True from the credit office’s acceptance of an objection against the record until its outcome: it shows 异议处理中. A filed objection not yet accepted does not count.',
  })
  async underObjection(@Root() record: CreditRecord, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.openObjection.load(`${record.kind}:${record.rowId}`);
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'When an approved credit repair took the record out of public view.',
  })
  repairedAt(@Root() record: CreditRecord & { repairedAt?: Date | null }): Date | null {
    return record.repairedAt ?? null;
  }
}

@Resolver(() => ListEntry)
export class ListEntryObjectionResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True from the credit office’s acceptance of an objection against the entry until its outcome: it shows 异议处理中. A filed objection not yet accepted does not count.',
  })
  async underObjection(@Root() entry: ListEntry, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.openObjection.load(`LIST_ENTRY:${entry.id.slice('list:'.length)}`);
  }
}
