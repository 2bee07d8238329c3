import { sql } from 'drizzle-orm';
import type { GraphQLResolveInfo } from 'graphql';

import { Role, type Viewer } from '../../auth/viewer.js';
import type { Context } from '../../context.types.js';
import type { DbOrTx } from '../../db/types.js';
import { BadInputError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { accessLog } from './subject-access-log.table.js';

/**
 * The purpose a caller states for a subject query, trimmed; an INSTITUTION must give one
 * (DESIGN §4), of at most 200 characters.
 */
export function statedPurpose(viewer: Viewer, purpose: string | null | undefined): string | null {
  const stated = purpose?.trim() || null;
  if (viewer.role === Role.INSTITUTION && stated === null) {
    throw new BadInputError(say('PURPOSE_REQUIRED', named('purpose')), 'purpose');
  }
  if (stated !== null && stated.length > 200) {
    throw new BadInputError(say('MAX_LENGTH', { ...named('purpose'), max: 200 }), 'purpose');
  }
  return stated;
}

/** Roles whose every subject query is logged (DESIGN §3.5). */
export function isLoggedRole(role: Role): boolean {
  return role === Role.INSTITUTION || role === Role.REGULATOR;
}

/** How the access log names the GraphQL operation that read a subject. */
function operationLabel(info: GraphQLResolveInfo): string {
  return `${info.operation.operation} ${info.operation.name?.value ?? '(anonymous)'}`;
}

/**
 * The subjects whose data a request has read, for a logged role (accessLogPlugin): those whose
 * access a root field has logged already, and every other one its answer holds.
 */
export class SubjectsRead {
  readonly logged = new Set<string>();
  readonly read = new Set<string>();
  /** What of the subjects the operation reads (subjectDataRead), known once it is resolved. */
  dataRead: string[] | null = null;
}

/**
 * Appends the access-log entries of a root field that reads subjects (one per code, in the
 * order given), inside the request that made it, and notes them as logged for the request.
 */
export async function logSubjectsRead(
  ctx: Context,
  subjectCodes: readonly string[],
  purpose: string | null,
  info: GraphQLResolveInfo,
): Promise<void> {
  await logSubjectsAccess(
    ctx.db,
    ctx.viewer,
    subjectCodes,
    purpose,
    operationLabel(info),
    ctx.clock.now(),
    ctx.subjectsRead.dataRead,
  );
  for (const code of subjectCodes) {
    ctx.subjectsRead.logged.add(code);
  }
}

/** Appends one access-log entry per subject code of a query, in the order given, in one statement. */
export async function logSubjectsAccess(
  db: DbOrTx,
  viewer: Viewer,
  subjectCodes: readonly string[],
  purpose: string | null,
  operation: string,
  at: Date,
  dataRead: readonly string[] | null = null,
): Promise<void> {
  if (subjectCodes.length === 0) {
    return;
  }
  // One statement whose parameters do not grow with the codes (a feed page or a batch query
  // logs up to 100): the codes as one array, unnested in their order, the rest once.
  await db.execute(sql`insert into ${accessLog}
      (occurred_at, key_id, role, organization_name, organization_code, subject_code, purpose,
       operation, data_read)
    select ${at.toISOString()}::timestamptz, ${viewer.keyId}::uuid, ${viewer.role}::role,
           ${viewer.organizationName}::text, ${viewer.organizationCode}::text, code,
           ${purpose}::text, ${operation}::text,
           ${dataRead === null ? null : sql.param([...dataRead])}::text[]
      from unnest(${sql.param([...subjectCodes])}::text[]) with ordinality as given(code, n)
     order by n`);
}

/** The most subjects `subjects(codes:)` answers in one request (DESIGN §4.1). */
const MAX_BATCH_SUBJECTS = 100;

/** Checks the number of codes of a batch query. */
export function checkBatchCodes(codes: readonly string[]): readonly string[] {
  if (codes.length > MAX_BATCH_SUBJECTS) {
    throw new BadInputError(
      say('ITEM_COUNT', { ...named('codes'), min: 1, max: MAX_BATCH_SUBJECTS }),
      'codes',
      { max: MAX_BATCH_SUBJECTS },
    );
  }
  return codes;
}
