import { GraphQLError } from 'graphql';

/** Every `extensions.code` the API returns. */
type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BATCH_TOO_LARGE'
  | 'OBJECTION_LIMIT_REACHED'
  | 'REPAIR_TOO_EARLY'
  | 'INTERNAL_SERVER_ERROR';

export interface AppErrorExtensions {
  code: ErrorCode;
  /** The argument or input field the error concerns, when there is one. */
  field?: string;
  [key: string]: unknown;
}

/** Base of every expected error: its message and extensions reach the client unchanged. */
export class AppError extends GraphQLError {
  declare readonly extensions: AppErrorExtensions;

  constructor(message: string, extensions: AppErrorExtensions, httpStatus?: number) {
    super(message, {
      extensions:
        httpStatus === undefined ? extensions : { ...extensions, http: { status: httpStatus } },
    });
  }
}

export class BadInputError extends AppError {
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(message, { code: 'BAD_USER_INPUT', ...(field === undefined ? {} : { field }), ...extra });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'The API key is not valid.') {
    super(message, { code: 'UNAUTHENTICATED' }, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role may not perform this operation.') {
    super(message, { code: 'FORBIDDEN' });
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, field?: string) {
    super(`${what} was not found.`, {
      code: 'NOT_FOUND',
      ...(field === undefined ? {} : { field }),
    });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(message, { code: 'CONFLICT', ...(field === undefined ? {} : { field }), ...extra });
  }
}

export class BatchTooLargeError extends AppError {
  constructor(field: string, size: number, max: number) {
    super(
      `A batch holds at most ${max} rows; this one has ${size}. Split it into smaller batches.`,
      {
        code: 'BATCH_TOO_LARGE',
        field,
        max,
        size,
      },
    );
  }
}

/** A programmer error: reaching it is a bug, and the client sees a masked internal error. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Invariant violated: ${message}`);
  }
}
