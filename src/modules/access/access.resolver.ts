import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';

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
import {
  countAccessLog,
  countAuthorizations,
  pageAccessLog,
  pageAuthorizations,
} from './access.repository.js';
import { registerAuthorization, revokeAuthorization } from './access.service.js';
import {
  AccessLogConnection,
  AccessLogEntry,
  Authorization,
  AuthorizationConnection,
  AuthorizationInput,
} from './access.type.js';

@Resolver()
export class AccessResolver {
  @Mutation(() => Authorization, {
    description:
      'Registers the authorization a subject gave the calling institution (INSTITUTION); AUTHORIZED-scope records show while it is valid.',
  })
  async registerAuthorization(
    @Arg('input', () => AuthorizationInput, {
      description: 'The subject, purpose, period and signed document.',
    })
    input: AuthorizationInput,
    @Ctx() ctx: Context,
  ): Promise<Authorization> {
    return registerAuthorization(ctx.db, ctx.viewer, ctx.clock, input);
  }

  @Mutation(() => Authorization, { description: 'Revokes an authorization at once (ADMIN).' })
  async revokeAuthorization(
    @Arg('id', () => ID, { description: 'The authorization.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (1–500 characters).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Authorization> {
    return revokeAuthorization(ctx.db, ctx.viewer, ctx.clock, id, reason);
  }

  @Query(() => AuthorizationConnection, {
    description: 'Authorizations, newest first (ADMIN; an INSTITUTION sees its own).',
  })
  async authorizations(
    @Arg('subjectCode', () => CreditCodeScalar, {
      nullable: true,
      description: 'Only those of this subject.',
    })
    subjectCode: string | null,
    @Arg('institutionCode', () => CreditCodeScalar, {
      nullable: true,
      description: 'Only those of this institution.',
    })
    institutionCode: string | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Authorization>> {
    const size = pageSize(first);
    const query = {
      subjectCode: subjectCode ?? null,
      institutionCode:
        ctx.viewer.role === Role.INSTITUTION
          ? ctx.viewer.organizationCode
          : (institutionCode ?? null),
    };
    const position =
      after === null || after === undefined
        ? null
        : decodeCursor(after, ['instant', 'uuid'] as const);
    const rows = await pageAuthorizations(
      ctx.db,
      query,
      size + 1,
      position === null ? null : { registeredAt: position[0].toISOString(), id: position[1] },
    );
    return toConnection(
      rows,
      size,
      row => row,
      row => encodeCursor([row.registeredAt.toISOString(), row.id]),
      countAuthorizations(ctx.db, query),
      position !== null,
    );
  }

  @Query(() => AccessLogConnection, {
    description:
      'Who queried which subject, when and why (ADMIN), newest first, by subject and/or by organisation.',
  })
  async accessLog(
    @Arg('subjectCode', () => CreditCodeScalar, {
      nullable: true,
      description: 'Only queries of this subject.',
    })
    subjectCode: string | null,
    @Arg('organizationCode', () => CreditCodeScalar, {
      nullable: true,
      description: 'Only queries by this organisation.',
    })
    organizationCode: string | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessLogEntry>> {
    const size = pageSize(first);
    const query = { subjectCode: subjectCode ?? null, organizationCode: organizationCode ?? null };
    const afterId =
      after === null || after === undefined ? null : decodeCursor(after, ['number'] as const)[0];
    const rows = await pageAccessLog(ctx.db, query, size + 1, afterId);
    return toConnection(
      rows,
      size,
      row => ({ ...row, id: String(row.id), role: row.role as Role }),
      row => encodeCursor([row.id]),
      countAccessLog(ctx.db, query),
      afterId !== null,
    );
  }
}
