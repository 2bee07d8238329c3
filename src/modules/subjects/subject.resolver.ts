import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { BadInputError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { idNumberFor } from '../../shared/masking.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '../../shared/pagination.js';
import { CreditCodeScalar } from '../../shared/scalars.js';
import { analyzeCreditCode, regionName } from '../credit-code/index.js';
import {
  checkBatchCodes,
  isLoggedRole,
  logSubjectsRead,
  statedPurpose,
} from './subject-access-log.js';
import { type SearchKey, countSearchSubjects, searchSubjects } from './subject.repository.js';
import { Subject, SubjectConnection, type TextRange, nameHighlights } from './subject.type.js';

/** A page of a search: each edge with the query's places in the name, the total's exactness. */
type SearchConnection = Omit<Connection<Subject>, 'edges'> & {
  edges: (Connection<Subject>['edges'][number] & { highlights: TextRange[] })[];
  totalCountExact: Promise<boolean>;
};

/**
 * The text of a name search and where its page starts, checked: 2 to 100 characters, a cursor
 * it gave out. A hit's cursor is `[position, sort, code]`: its place in the list (for the
 * positions of the next page) and its rank key, which the next page starts after.
 */
export function searchRequest(
  query: string,
  after: string | null | undefined,
): { text: string; offset: number; after: SearchKey | null } {
  const text = query.trim();
  if ([...text].length < 2 || [...text].length > 100) {
    throw new BadInputError(say('LENGTH', { ...named('query'), min: 2, max: 100 }), 'query');
  }
  if (after === null || after === undefined) {
    return { text, offset: 0, after: null };
  }
  const [offset, sort, code] = decodeCursor(after, ['number', 'number', 'string'] as const);
  if (offset < 1 || sort < 0 || sort > 47 || !/^[0-9A-Z]{18}$/.test(code)) {
    throw new BadInputError(say('MALFORMED_CURSOR', named('after')), 'after', {
      reason: 'MALFORMED_CURSOR',
    });
  }
  return { text, offset, after: { sort, code } };
}

/** The cursor of the hit at `position` (from 1) with that rank key (see searchRequest). */
function searchCursor(position: number, key: SearchKey): string {
  return encodeCursor([position, key.sort, key.code]);
}

@Resolver(() => Subject)
export class SubjectResolver {
  @Query(() => Subject, {
    nullable: true,
    description:
      'Everything about one subject the caller may see; null when the code is not known. INSTITUTION callers must state a purpose; every query by an INSTITUTION or REGULATOR is written to the access log.',
  })
  async subject(
    @Arg('code', () => CreditCodeScalar, { description: 'The subject’s credit code.' })
    code: string,
    @Arg('purpose', () => String, {
      nullable: true,
      description: 'Why the caller looks the subject up (required for INSTITUTION).',
    })
    purpose: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subject | null> {
    const stated = statedPurpose(ctx.viewer, purpose);
    if (isLoggedRole(ctx.viewer.role)) {
      await logSubjectsRead(ctx, [code], stated, info);
    }
    return ctx.loaders.subjectByCode.load(code);
  }

  @Query(() => [Subject], {
    nullable: 'items',
    description:
      'The profiles of up to 100 subjects in one request (a bank screening a portfolio), in the order of the codes given, null for a code that is not known. INSTITUTION callers must state a purpose; for an INSTITUTION or REGULATOR each code is written to the access log.',
  })
  async subjects(
    @Arg('codes', () => [CreditCodeScalar], {
      description: 'The subjects’ credit codes, at most 100.',
    })
    codes: string[],
    @Arg('purpose', () => String, {
      nullable: true,
      description: 'Why the caller looks the subjects up (required for INSTITUTION).',
    })
    purpose: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(Subject | null)[]> {
    checkBatchCodes(codes);
    const stated = statedPurpose(ctx.viewer, purpose);
    if (isLoggedRole(ctx.viewer.role)) {
      await logSubjectsRead(ctx, codes, stated, info);
    }
    return Promise.all(codes.map(code => ctx.loaders.subjectByCode.load(code)));
  }

  @Query(() => SubjectConnection, {
    description:
      'Subjects whose name contains the query (ignoring case), or whose credit code starts with it (at least 2 characters): exact name or code first, then names that start with the query, then subjects with more public records, then by code. totalCount is exact up to 10,000 (totalCountExact).',
  })
  async searchSubjects(
    @Arg('query', () => String, { description: 'Part of a name, or the start of a credit code.' })
    query: string,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1–100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Arg('purpose', () => String, {
      nullable: true,
      description:
        'Why the caller searches (required for INSTITUTION); for an INSTITUTION or REGULATOR each subject found is written to the access log.',
    })
    purpose: string | null,
    @Ctx() ctx: Context,
  ): Promise<SearchConnection> {
    statedPurpose(ctx.viewer, purpose);
    const size = pageSize(first);
    const request = searchRequest(query, after);
    const hits = await searchSubjects(ctx.db, request.text, size + 1, request.after);
    const total = countSearchSubjects(ctx.db, request.text);
    const connection = toConnection(
      hits.map((hit, i) => ({ ...hit, position: request.offset + i + 1 })),
      size,
      ({ row }) => row,
      ({ position, key }) => searchCursor(position, key),
      total.then(t => t.total),
      request.offset > 0,
    );
    return {
      ...connection,
      edges: connection.edges.map(edge => ({
        ...edge,
        highlights: nameHighlights(edge.node.name, request.text),
      })),
      totalCountExact: total.then(t => t.exact),
    };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'ID number of the legal representative: full for regulators, masked for institutions and providers, null for the public.',
  })
  legalRepresentativeIdNumber(@Root() subject: Subject, @Ctx() ctx: Context): string | null {
    return idNumberFor(ctx.viewer, subject.legalRepresentativeIdNumber);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '登记管理部门, decoded from the code.',
  })
  registrationAuthority(@Root() subject: Subject): string | null {
    return analyzeCreditCode(subject.code).registrationAuthority ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: '机构类别, decoded from the code.' })
  entityType(@Root() subject: Subject): string | null {
    return analyzeCreditCode(subject.code).entityType ?? null;
  }

  @FieldResolver(() => String, {
    description: '登记管理机关行政区划码 (positions 3–8 of the code).',
  })
  regionCode(@Root() subject: Subject): string {
    return subject.code.slice(2, 8);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of that administrative division, when known.',
  })
  regionName(@Root() subject: Subject): string | null {
    return regionName(subject.code.slice(2, 8)) ?? null;
  }
}
