import type DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import type { Context } from '../../../context.types.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '../../../shared/pagination.js';
import { Subject } from '../../subjects/index.js';
import { catalogRecordNode } from '../catalog-records/catalog-record.resolver.js';
import {
  type CatalogRecord,
  CatalogRecordConnection,
} from '../catalog-records/catalog-record.type.js';
import { LicensingRecordConnection, type LicensingRecord } from '../licensing/licensing.type.js';
import { PenaltyRecordConnection, type PenaltyRecord } from '../penalty/penalty.type.js';
import type { SubjectPageKey } from './record.loaders.js';
import { licensingNode, penaltyNode } from './record.node.js';

/**
 * One page of a subject's records of one kind, through the request's page and count loaders,
 * newest decision first, with (decision date, id) as cursor.
 */
async function subjectPage<R extends { decisionDate: string; id: number }, N>(
  subject: Subject,
  first: number,
  after: string | null | undefined,
  pages: DataLoader<SubjectPageKey, R[], string>,
  counts: DataLoader<string, number>,
  toNode: (row: R) => N,
): Promise<Connection<N>> {
  const size = pageSize(first);
  let position: SubjectPageKey['after'] = null;
  if (after !== null && after !== undefined) {
    const [decisionDate, id] = decodeCursor(after, ['date', 'number'] as const);
    position = { decisionDate, id };
  }
  const rows = await pages.load({ subjectCode: subject.code, first: size, after: position });
  return toConnection(
    rows,
    size,
    toNode,
    row => encodeCursor([row.decisionDate, row.id]),
    counts.load(subject.code),
    position !== null,
  );
}

/** The subject's records of each kind: fields of `Subject` that belong to the records. */
@Resolver(() => Subject)
export class SubjectRecordsResolver {
  @FieldResolver(() => LicensingRecordConnection, {
    description: '行政许可 records the caller may see, newest decision first.',
  })
  async licensingRecords(
    @Root() subject: Subject,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<LicensingRecord>> {
    return subjectPage(
      subject,
      first,
      after,
      ctx.loaders.licensingPageBySubject,
      ctx.loaders.licensingCountBySubject,
      licensingNode,
    );
  }

  @FieldResolver(() => CatalogRecordConnection, {
    description: 'Records of other catalog items (信用承诺, …) the caller may see, newest first.',
  })
  async catalogRecords(
    @Root() subject: Subject,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<CatalogRecord>> {
    return subjectPage(
      subject,
      first,
      after,
      ctx.loaders.catalogRecordPageBySubject,
      ctx.loaders.catalogRecordCountBySubject,
      catalogRecordNode,
    );
  }

  @FieldResolver(() => PenaltyRecordConnection, {
    description: '行政处罚 records the caller may see, newest decision first.',
  })
  async penaltyRecords(
    @Root() subject: Subject,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<PenaltyRecord>> {
    return subjectPage(
      subject,
      first,
      after,
      ctx.loaders.penaltyPageBySubject,
      ctx.loaders.penaltyCountBySubject,
      penaltyNode,
    );
  }
}
