import { and, eq } from 'drizzle-orm';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  pageSize,
  toConnection,
} from '../../shared/pagination.js';
import { pageQueue } from '../objections/index.js';
import { applyForRepair } from './repair.service.js';
import { decideRepair } from './repair.service.js';
import { type RepairRow } from './repair.table.js';
import { repairApplications } from './repair.table.js';
import { RepairApplication } from './repair.type.js';
import { RepairApplicationConnection } from './repair.type.js';
import { RepairApplicationInput } from './repair.type.js';
import { RepairFilter } from './repair.type.js';
import { PREFIX } from '../objections/index.js';
import { scopedUnit } from '../objections/index.js';
import { queuePosition } from '../objections/index.js';

function repairNode(row: RepairRow): RepairApplication {
  return {
    ...row,
    targetId: `${PREFIX[row.targetKind]}:${row.targetId}`,
    status: row.status as RepairApplication['status'],
  };
}

@Resolver(() => RepairApplication)
export class RepairResolver {
  @Mutation(() => RepairApplication, {
    description:
      'Applies for credit repair of a penalty or a black-list entry (anyone, for a subject), after the minimum publicity period.',
  })
  async applyForRepair(
    @Arg('input', () => RepairApplicationInput, { description: 'The application.' })
    input: RepairApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<RepairApplication> {
    return repairNode(await applyForRepair(ctx.db, ctx.viewer, ctx.clock, input));
  }

  @Mutation(() => RepairApplication, {
    description:
      'Approves or refuses a repair application (ADMIN). Approval takes the record out of public view.',
  })
  async decideRepair(
    @Arg('id', () => ID, { description: 'The application.' }) id: string,
    @Arg('approve', () => Boolean, { description: 'True to approve.' }) approve: boolean,
    @Arg('note', () => String, { description: 'Why (1–2000 characters).' }) note: string,
    @Ctx() ctx: Context,
  ): Promise<RepairApplication> {
    return repairNode(await decideRepair(ctx.db, ctx.viewer, ctx.clock, id, approve, note));
  }

  @Query(() => RepairApplicationConnection, {
    description: 'Repair applications, newest first (ADMIN; a PROVIDER those about its records).',
  })
  async repairApplications(
    @Arg('filter', () => RepairFilter, { nullable: true, description: 'Which applications.' })
    filter: RepairFilter | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<RepairApplication>> {
    const size = pageSize(first);
    const unit = scopedUnit(ctx, filter?.sourceUnitCode);
    const where = and(
      unit === null ? undefined : eq(repairApplications.sourceUnitCode, unit),
      filter?.status ? eq(repairApplications.status, filter.status) : undefined,
    );
    const position = queuePosition(after);
    const { rows, total } = await pageQueue(ctx.db, repairApplications, where, size + 1, position);
    return toConnection(
      rows,
      size,
      repairNode,
      row => encodeCursor([row.filedAt.toISOString(), row.id]),
      total,
      position !== null,
    );
  }
}
