/**
 * The PostgreSQL error behind a failed statement: drizzle wraps the driver's error (postgres.js
 * or PGlite) in a DrizzleQueryError whose `cause` it is, and the driver's error carries the
 * SQLSTATE in `code` and the constraint in `constraint_name` (postgres.js) or `constraint`
 * (PGlite).
 */
function databaseErrorOf(
  error: unknown,
): { code?: unknown; constraint_name?: unknown; constraint?: unknown } | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    if (typeof (e as { code?: unknown }).code === 'string') {
      return e as { code?: unknown };
    }
    e = e.cause;
  }
  return undefined;
}

/** True when a statement failed on the unique index or constraint named (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const found = databaseErrorOf(error);
  return found?.code === '23505' && (found.constraint_name ?? found.constraint) === constraint;
}

/**
 * What of an unexpected error may be logged: its class and the database's own message and
 * SQLSTATE, never the statement's text or parameters (a DrizzleQueryError's message holds both).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { error: String(error).slice(0, 500) };
  }
  const database = databaseErrorOf(error);
  const isQuery = 'query' in error || database !== undefined;
  if (!isQuery) {
    return { error: error.stack ?? error.message };
  }
  const cause = database instanceof Error ? database.message : undefined;
  return {
    error: `${error.name}: a database statement failed`,
    ...(cause === undefined ? {} : { cause: cause.slice(0, 500) }),
    ...(typeof database?.code === 'string' ? { sqlState: database.code } : {}),
  };
}
