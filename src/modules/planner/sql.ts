import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

import { Unplannable } from './collect.js';

/** A JSON object member: the response key and the SQL of its value. */
export type Member = readonly [key: string, value: SQL];

/**
 * Arguments json_build_object takes at most (FUNC_MAX_ARGS is 100): a wider object is built
 * with row_to_json over a one-row select whose columns are named by the keys.
 */
const MAX_PAIRS = 50;

function keyLiteral(key: string): SQL {
  // A GraphQL response key is a Name (/[_A-Za-z][_0-9A-Za-z]*/): safe to write as a literal.
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(key)) {
    throw new Unplannable('response key');
  }
  return sql.raw(`'${key}'`);
}

/** The JSON object of the members, keys in selection order. */
export function jsonObject(members: readonly Member[]): SQL {
  if (members.length <= MAX_PAIRS) {
    return sql`json_build_object(${sql.join(
      members.map(([key, value]) => sql`${keyLiteral(key)}, ${value}`),
      sql`, `,
    )})`;
  }
  if (members.some(([key]) => key.length > 63)) {
    throw new Unplannable('response key longer than an identifier');
  }
  return sql`(select row_to_json(o) from (select ${sql.join(
    members.map(([key, value]) => sql`${value} as ${sql.identifier(key)}`),
    sql`, `,
  )}) o)`;
}

/** A timestamp as the DateTime scalar writes it: ISO-8601 in UTC with milliseconds. */
export function isoInstant(column: SQLWrapper): SQL {
  return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A string constant of the plan itself (type names, kinds): written into the statement. */
export function constant(value: string): SQL {
  if (!/^[A-Za-z0-9_:]*$/.test(value)) {
    throw new Unplannable('constant');
  }
  return sql.raw(`'${value}'`);
}

/**
 * A cursor as `encodeCursor` (shared/pagination.ts) writes it, from the text of its JSON array:
 * base64url without padding. PostgreSQL's base64 breaks lines every 76 characters; the breaks
 * are dropped with the padding.
 */
export function cursorOf(json: SQLWrapper): SQL {
  return sql`rtrim(translate(encode(convert_to(${json}, 'UTF8'), 'base64'), E'+/\n', '-_'), '=')`;
}
