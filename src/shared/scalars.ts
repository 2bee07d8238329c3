import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

import { analyzeCreditCode } from '../modules/credit-code/index.js';
import { isCalendarDate } from './dates.js';
import { BadInputError } from './errors.js';
import { type Localized, type Named, say } from './messages.js';

/** How a scalar's messages name the value: its type, and in Chinese what it holds. */
const SCALAR_NAMES = {
  Date: { field: 'Date', column: '日期' },
  DateTime: { field: 'DateTime', column: '时间' },
  CreditCode: { field: 'CreditCode', column: '统一社会信用代码' },
} as const satisfies Record<string, Named>;

/**
 * A value a scalar refuses: BAD_USER_INPUT with the catalogue's message. graphql-js wraps it in
 * its own error (naming the variable or the literal); the server reports this one's message.
 */
function badInput(text: Localized, extra: Record<string, unknown> = {}): BadInputError {
  return new BadInputError(text, undefined, extra);
}

function stringLiteral(ast: ValueNode, typeName: keyof typeof SCALAR_NAMES): string {
  if (ast.kind !== Kind.STRING) {
    throw badInput(say('NOT_A_STRING', SCALAR_NAMES[typeName]));
  }
  return ast.value;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badInput(say('INVALID_DATE', { ...SCALAR_NAMES.Date, value: String(value) }));
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
  parseLiteral: ast => parseDate(stringLiteral(ast, 'Date')),
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
      throw badInput(say('INVALID_DATE_TIME', { ...SCALAR_NAMES.DateTime, value: String(value) }));
    }
    return date;
  },
  parseLiteral: ast => {
    const date = new Date(stringLiteral(ast, 'DateTime'));
    if (Number.isNaN(date.getTime())) {
      throw badInput(say('INVALID_DATE_TIME', SCALAR_NAMES.DateTime));
    }
    return date;
  },
});

function parseCreditCode(value: unknown): string {
  if (typeof value !== 'string') {
    throw badInput(say('NOT_A_STRING', SCALAR_NAMES.CreditCode));
  }
  const analysis = analyzeCreditCode(value);
  if (!analysis.valid) {
    throw badInput(
      say('INVALID_CREDIT_CODE', {
        ...SCALAR_NAMES.CreditCode,
        value,
        reason: analysis.localizedReason!,
      }),
      { reason: analysis.problem },
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
  parseLiteral: ast => parseCreditCode(stringLiteral(ast, 'CreditCode')),
});
