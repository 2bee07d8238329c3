import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

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
import type { ChangeKind } from '../change-outbox/index.js';
import { Subject, logSubjectsRead } from '../subjects/index.js';
import { decodeFeedCursor, encodeFeedCursor } from './feed.js';
import { countFeed, countMonitored, pageFeed, pageMonitored } from './monitoring.repository.js';
import { monitorSubjects, unmonitorSubjects } from './monitoring.service.js';
import {
  Change,
  ChangeConnection,
  MonitorPayload,
  MonitoredSubject,
  MonitoredSubjectConnection,
} from './monitoring.type.js';

/**
 * A connection whose totalCount is counted only when the client selects it: counting a feed
 * or a list of a million codes costs more than the page.
 */
function countedOnDemand<T>(
  connection: Connection<T>,
  count: () => Promise<number>,
): Connection<T> {
  return Object.defineProperty(connection, 'totalCount', { get: count, enumerable: true });
}

/** The most changes one page of the feed holds; also its default. */
const FEED_PAGE_SIZE = 100;

/**
 * Writes the access-log entries of the subjects a page shows, one per code, with the purpose
 * the institution stated for monitoring it: a listing or a feed page that shows subjects is a
 * query of them (DESIGN §3.5).
 */
async function logShown(
  ctx: Context,
  info: GraphQLResolveInfo,
  shown: readonly { subjectCode: string; purpose: string }[],
): Promise<void> {
  const byPurpose = new Map<string, Set<string>>();
  for (const { subjectCode, purpose } of shown) {
    if (!ctx.subjectsRead.logged.has(subjectCode)) {
      byPurpose.set(purpose, (byPurpose.get(purpose) ?? new Set()).add(subjectCode));
    }
  }
  for (const [purpose, codes] of byPurpose) {
    await logSubjectsRead(ctx, [...codes], purpose, info);
  }
}

@Resolver()
export class MonitoringResolver {
  @Mutation(() => MonitorPayload, {
    description:
      'Adds up to 10,000 credit codes to the calling institution’s monitoring list (INSTITUTION), with the purpose it monitors them for; idempotent: a code monitored already is `unchanged`. Its changes appear in `changes` from now on.',
  })
  async monitorSubjects(
    @Arg('codes', () => [CreditCodeScalar], { description: 'The codes, at most 10,000.' })
    codes: string[],
    @Arg('purpose', () => String, {
      description: 'Why the institution monitors them (required, at most 200 characters).',
    })
    purpose: string,
    @Ctx() ctx: Context,
  ): Promise<MonitorPayload> {
    return monitorSubjects(ctx.db, ctx.viewer, ctx.clock, codes, purpose, ctx.language);
  }

  @Mutation(() => MonitorPayload, {
    description:
      'Takes up to 10,000 credit codes off the calling institution’s monitoring list (INSTITUTION); a code not on it is `unchanged`.',
  })
  async unmonitorSubjects(
    @Arg('codes', () => [CreditCodeScalar], { description: 'The codes, at most 10,000.' })
    codes: string[],
    @Ctx() ctx: Context,
  ): Promise<MonitorPayload> {
    return unmonitorSubjects(ctx.db, ctx.viewer, ctx.clock, codes, ctx.language);
  }

  @Query(() => MonitoredSubjectConnection, {
    description:
      'The calling institution’s monitoring list, by credit code (INSTITUTION, its own). Each code listed is written to the access log with its purpose.',
  })
  async monitoredSubjects(
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<MonitoredSubject>> {
    const size = pageSize(first);
    const afterCode =
      after === null || after === undefined ? null : decodeCursor(after, ['string'] as const)[0];
    const institutionCode = ctx.viewer.organizationCode!;
    const rows = await pageMonitored(ctx.db, institutionCode, size + 1, afterCode);
    await logShown(ctx, info, rows.slice(0, size));
    return countedOnDemand(
      toConnection(
        rows,
        size,
        row => row,
        row => encodeCursor([row.subjectCode]),
        0,
        afterCode !== null,
      ),
      () => countMonitored(ctx.db, institutionCode),
    );
  }

  @Query(() => ChangeConnection, {
    description:
      'Changes of the subjects the calling institution monitors (INSTITUTION), in commit order, from the moment each was monitored; resume with `after` (a cursor never skips nor repeats a change). Each change’s subject shows what a query by the institution shows, and is written to the access log with the code’s purpose.',
  })
  async changes(
    @Arg('after', () => String, {
      nullable: true,
      description: 'The cursor of the last change consumed; from the start of the feed without it.',
    })
    after: string | null,
    @Arg('first', () => Int, { defaultValue: FEED_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Change>> {
    const size = pageSize(first);
    const position = decodeFeedCursor(after);
    const institutionCode = ctx.viewer.organizationCode!;
    const rows = await pageFeed(ctx.db, institutionCode, position, size + 1);
    await logShown(ctx, info, rows.slice(0, size));
    return countedOnDemand(
      toConnection(
        rows,
        size,
        row => ({
          id: String(row.id),
          subjectCode: row.subjectCode,
          kind: row.kind as ChangeKind,
          recordId: row.recordId,
          occurredAt: row.occurredAt,
        }),
        row => encodeFeedCursor(row),
        0,
        after !== null && after !== undefined,
      ),
      () => countFeed(ctx.db, institutionCode),
    );
  }
}

@Resolver(() => Change)
export class ChangeSubjectResolver {
  @FieldResolver(() => Subject, {
    nullable: true,
    description:
      'The subject as it is now, as a query by the institution shows it (its field rules and masking).',
  })
  subject(@Root() change: Change, @Ctx() ctx: Context): Promise<Subject | null> {
    return ctx.loaders.subjectByCode.load(change.subjectCode);
  }
}

@Resolver(() => MonitoredSubject)
export class MonitoredSubjectResolver {
  @FieldResolver(() => Subject, {
    nullable: true,
    description: 'The subject, as a query by the institution shows it; null while it is unknown.',
  })
  subject(@Root() monitored: MonitoredSubject, @Ctx() ctx: Context): Promise<Subject | null> {
    return ctx.loaders.subjectByCode.load(monitored.subjectCode);
  }
}
