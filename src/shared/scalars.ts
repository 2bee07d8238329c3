import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

import { analyzeCreditCode } from '../modules/credit-code/index.js';
import { isCalendarDate } from './dates.js';

function badInput(message: string, node?: ValueNode): GraphQLError {
  return new GraphQLError(message, {
    ...(node === undefined ? {} : { nodes: node }),
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

function stringLiteral(ast: ValueNode, typeName: string): string {
  if (ast.kind !== Kind.STRING) {
    throw badInput(`${typeName} must be a string.`, ast);
  }
  return ast.value;
}

function parseDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badInput(
      `Date must be an existing date written YYYY-MM-DD; got ${JSON.stringify(value)}.`,
      node,
    );
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'A calendar date in China Standard Time, written `YYYY-MM-DD`. It is never a timestamp, so no time zone can shift it.',
  serialize: value => {
    if (typeof value === 'string' && isCalendarDate(value)) {
      return value;
    }
    throw new Error(`Date cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: value => parseDate(value),
  parseLiteral: ast => parseDate(stringLiteral(ast, 'Date'), ast),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, written as ISO-8601 with a time zone offset (UTC, `Z`).',
  serialize: value => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) {
      throw new Error(`DateTime cannot represent ${JSON.stringify(value)}`);
    }
    return date.toISOString();
  },
  parseValue: value => {
    const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) {
      throw badInput(`DateTime must be an ISO-8601 string; got ${JSON.stringify(value)}.`);
    }
    return date;
  },
  parseLiteral: ast => {
    const date = new Date(stringLiteral(ast, 'DateTime'));
    if (Number.isNaN(date.getTime())) {
      throw badInput('DateTime must be an ISO-8601 string.', ast);
    }
    return date;
  },
});

function parseCreditCode(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string') {
    throw badInput('CreditCode must be a string of 18 characters.', node);
  }
  const analysis = analyzeCreditCode(value);
  if (!analysis.valid) {
    throw new GraphQLError(
      `Invalid credit code ${JSON.stringify(value)}: ${analysis.reason ?? 'not valid'}`,
      {
        ...(node === undefined ? {} : { nodes: node }),
        extensions: { code: 'BAD_USER_INPUT', reason: analysis.problem },
      },
    );
  }
  return analysis.code;
}

export const CreditCodeScalar = new GraphQLScalarType<string, string>({
  name: 'CreditCode',
  description:
    '统一社会信用代码: an 18-character unified social credit code (GB 32100-2015) whose check characters are right. Input is trimmed and upper-cased; an invalid code is rejected with `BAD_USER_INPUT`.',
  serialize: value => {
    if (typeof value !== 'string') {
      throw new Error('CreditCode cannot represent a non-string value');
    }
    return value;
  },
  parseValue: value => parseCreditCode(value),
  parseLiteral: ast => parseCreditCode(stringLiteral(ast, 'CreditCode'), ast),
});
