import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';

import { isCalendarDate } from './dates.js';
import { BadInputError } from './errors.js';
import { type ArgumentName, named, say } from './messages.js';
import { isUuid } from './ids.js';

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
 * a connection counts only when the client asks for the count. `more` declares the fields a
 * connection or its edges add (a search's highlights) on the classes built here.
 */
export function ConnectionType<T extends object>(
  nodeType: ClassType<T> | (abstract new () => T),
  nodeName: string,
  description: string,
  more: { edge?: (edgeType: ClassType) => void; connection?: (type: ClassType) => void } = {},
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
  more.edge?.(EdgeType);
  more.connection?.(ConnectionClass);
  return ConnectionClass;
}

/** Checks `first` (1 … MAX_PAGE_SIZE). */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadInputError(
      say('OUT_OF_RANGE', { ...named('first'), min: 1, max: MAX_PAGE_SIZE }),
      'first',
      { max: MAX_PAGE_SIZE },
    );
  }
  return size;
}

export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/**
 * What each part of a cursor holds, checked when it is decoded: `date` a calendar date
 * (`YYYY-MM-DD`, an existing one), `instant` a timestamp as `toISOString` writes it (decoded to a
 * Date), `uuid` a row id, `number` a safe integer, `string` any text.
 */
type CursorPart = 'string' | 'number' | 'date' | 'instant' | 'uuid';
type Decoded<K extends CursorPart> = K extends 'number'
  ? number
  : K extends 'instant'
    ? Date
    : string;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function partIsValid(part: unknown, kind: CursorPart): boolean {
  switch (kind) {
    case 'number':
      return typeof part === 'number' && Number.isSafeInteger(part);
    case 'string':
      return typeof part === 'string';
    case 'date':
      return typeof part === 'string' && isCalendarDate(part);
    case 'instant':
      return (
        typeof part === 'string' &&
        INSTANT.test(part) &&
        isCalendarDate(part.slice(0, 10)) &&
        !Number.isNaN(Date.parse(part))
      );
    case 'uuid':
      return typeof part === 'string' && isUuid(part);
  }
}

/**
 * Decodes a cursor made by `encodeCursor`, checking each part against its kind, so that nothing
 * a client crafts reaches a statement: anything else is BAD_USER_INPUT on `field` (`after`), with
 * `reason: MALFORMED_CURSOR`.
 */
export function decodeCursor<const K extends readonly CursorPart[]>(
  cursor: string,
  kinds: K,
  field: ArgumentName = 'after',
): { [I in keyof K]: Decoded<K[I]> } {
  const malformed = () =>
    new BadInputError(say('MALFORMED_CURSOR', named(field)), field, {
      reason: 'MALFORMED_CURSOR',
    });
  let parts: unknown;
  try {
    parts =
      cursor.length > 1000 ? null : JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== kinds.length ||
    parts.some((part, i) => !partIsValid(part, kinds[i]!))
  ) {
    throw malformed();
  }
  return parts.map((part, i) =>
    kinds[i] === 'instant' ? new Date(part as string) : part,
  ) as never;
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
