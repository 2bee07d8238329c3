import { GraphQLError } from 'graphql';

import {
  type ArgumentName,
  type CreditCodeProblem,
  type ErrorCode,
  type ErrorReason,
  type Language,
  type Localized,
  type Thing,
  DEFAULT_LANGUAGE,
  argumentLabel,
  named,
  say,
} from './messages.js';

export interface AppErrorExtensions {
  code: ErrorCode;
  /** The argument or input field the error concerns, when there is one (its GraphQL name). */
  field?: string;
  /** The field's Chinese name: the national column of a record field, or the argument's label. */
  column?: string;
  /**
   * Why, as a stable value a client can branch on (messages.ts ERROR_REASONS; a bad CreditCode
   * gives its problem).
   */
  reason?: ErrorReason | CreditCodeProblem;
  [key: string]: unknown;
}

/**
 * Base of every expected error: its code and extensions reach the client unchanged, and its
 * message in the request's language (Chinese unless the request asked for English with
 * `Accept-Language: en`): the server sets `language` before formatting (server.ts).
 */
export class AppError extends GraphQLError {
  declare readonly extensions: AppErrorExtensions;
  /** The message in both languages, from the catalogue (messages.ts). */
  readonly text: Localized;
  /** The language the client reads the message in. */
  language: Language = DEFAULT_LANGUAGE;

  constructor(text: Localized, extensions: AppErrorExtensions, httpStatus?: number) {
    const withColumn =
      extensions.field !== undefined && extensions.column === undefined
        ? { ...extensions, column: argumentLabel(extensions.field) }
        : extensions;
    super(text.zh, {
      extensions:
        httpStatus === undefined ? withColumn : { ...withColumn, http: { status: httpStatus } },
    });
    this.text = text;
  }

  /** The message in the language the client reads. */
  get localizedMessage(): string {
    return this.text[this.language];
  }
}

type Extra = Omit<AppErrorExtensions, 'code' | 'field'>;

export class BadInputError extends AppError {
  constructor(text: Localized, field?: ArgumentName, extra: Extra = {}) {
    super(text, { code: 'BAD_USER_INPUT', ...(field === undefined ? {} : { field }), ...extra });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(text: Localized = say('UNAUTHENTICATED')) {
    super(text, { code: 'UNAUTHENTICATED' }, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(text: Localized = say('FORBIDDEN')) {
    super(text, { code: 'FORBIDDEN' });
  }
}

export class NotFoundError extends AppError {
  constructor(thing: Thing, field?: ArgumentName, name?: string) {
    super(say('NOT_FOUND', { thing, ...(name === undefined ? {} : { name }) }), {
      code: 'NOT_FOUND',
      ...(field === undefined ? {} : { field }),
    });
  }
}

export class ConflictError extends AppError {
  constructor(text: Localized, field?: ArgumentName, extra: Extra = {}) {
    super(text, { code: 'CONFLICT', ...(field === undefined ? {} : { field }), ...extra });
  }
}

export class BatchTooLargeError extends AppError {
  constructor(field: ArgumentName, size: number, max: number) {
    super(say('BATCH_TOO_LARGE', { ...named(field), max, size }), {
      code: 'BATCH_TOO_LARGE',
      field,
      max,
      size,
    });
  }
}

/** The AppError behind a GraphQL error: itself, or what a resolver or a scalar threw. */
export function appErrorOf(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if (current instanceof AppError) {
      return current;
    }
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}

/** A programmer error: reaching it is a bug, and the client sees a masked internal error. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Invariant violated: ${message}`);
  }
}
