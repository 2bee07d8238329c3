import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';

import { BadInputError } from './errors.js';

/** The largest page a client may ask for. */
const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page of a connection stands (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/**
 * Builds the Connection and Edge object types of a node type. `totalCount` may be a promise, so
 * a connection counts only when the client asks for the count.
 */
export function ConnectionType<T extends object>(
  nodeType: ClassType<T> | (abstract new () => T),
  nodeName: string,
  description: string,
) {
  @ObjectType(`${nodeName}Edge`, { description: `An edge of a ${nodeName} connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nodeName}.` })
    node!: T;
  }

  @ObjectType(`${nodeName}Connection`, { description })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: 'How many items the whole list holds, as visible to the caller.',
    })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Checks `first` (1 … MAX_PAGE_SIZE). */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadInputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first', {
      max: MAX_PAGE_SIZE,
    });
  }
  return size;
}

export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`, checking the shape of each part. */
export function decodeCursor<const K extends readonly ('string' | 'number')[]>(
  cursor: string,
  kinds: K,
): { [I in keyof K]: K[I] extends 'string' ? string : number } {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadInputError('after is not a cursor this list gave out.', 'after');
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== kinds.length ||
    parts.some(
      (part, i) =>
        typeof part !== kinds[i] || (typeof part === 'number' && !Number.isSafeInteger(part)),
    )
  ) {
    throw new BadInputError('after is not a cursor this list gave out.', 'after');
  }
  return parts as never;
}

/** Turns rows fetched with one extra (limit + 1) into a connection page. */
export function toConnection<R, T>(
  rows: readonly R[],
  size: number,
  toNode: (row: R) => T,
  cursorOf: (row: R) => string,
  totalCount: number | Promise<number>,
  hasPreviousPage: boolean,
): Connection<T> {
  const pageRows = rows.slice(0, size);
  const edges = pageRows.map(row => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
