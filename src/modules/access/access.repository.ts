import { type SQL, and, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';

import type { DbOrTx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import { type AccessLogRow, accessLog } from '../subjects/index.js';
import { type AuthorizationRow, authorizations } from './access.table.js';

/** SQL: the institution holds a valid authorization for the subject in `subjectCode`. */
export function authorizedFor(
  institutionCode: string,
  subjectCode: SQL | unknown,
  today: CalendarDate,
): SQL {
  return sql`exists (select 1 from ${authorizations}
    where ${authorizations.institutionCode} = ${institutionCode}
      and ${authorizations.subjectCode} = ${subjectCode}
      and ${authorizations.revokedAt} is null
      and ${authorizations.validFrom} <= ${today}
      and ${authorizations.validUntil} >= ${today})`;
}

export async function insertAuthorization(
  db: DbOrTx,
  values: typeof authorizations.$inferInsert,
): Promise<AuthorizationRow> {
  const [row] = await db.insert(authorizations).values(values).returning();
  return row!;
}

export async function findAuthorization(
  db: DbOrTx,
  id: string,
): Promise<AuthorizationRow | undefined> {
  const [row] = await db.select().from(authorizations).where(eq(authorizations.id, id)).limit(1);
  return row;
}

export async function markAuthorizationRevoked(
  db: DbOrTx,
  id: string,
  at: Date,
  byKeyId: string | null,
  reason: string,
): Promise<AuthorizationRow | undefined> {
  const [row] = await db
    .update(authorizations)
    .set({ revokedAt: at, revokedByKeyId: byKeyId, revocationReason: reason })
    .where(and(eq(authorizations.id, id), isNull(authorizations.revokedAt)))
    .returning();
  return row;
}

export interface AuthorizationQuery {
  institutionCode: string | null;
  subjectCode: string | null;
}

function authorizationFilter(query: AuthorizationQuery): SQL | undefined {
  return and(
    query.institutionCode === null
      ? undefined
      : eq(authorizations.institutionCode, query.institutionCode),
    query.subjectCode === null ? undefined : eq(authorizations.subjectCode, query.subjectCode),
  );
}

export async function pageAuthorizations(
  db: DbOrTx,
  query: AuthorizationQuery,
  limit: number,
  after: { registeredAt: string; id: string } | null,
): Promise<AuthorizationRow[]> {
  return db
    .select()
    .from(authorizations)
    .where(
      and(
        authorizationFilter(query),
        after === null
          ? undefined
          : or(
              lt(authorizations.registeredAt, new Date(after.registeredAt)),
              and(
                eq(authorizations.registeredAt, new Date(after.registeredAt)),
                lt(authorizations.id, after.id),
              ),
            ),
      ),
    )
    .orderBy(desc(authorizations.registeredAt), desc(authorizations.id))
    .limit(limit);
}

export async function countAuthorizations(db: DbOrTx, query: AuthorizationQuery): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(authorizations)
    .where(authorizationFilter(query));
  return Number(row?.n ?? 0);
}

export interface AccessLogQuery {
  subjectCode: string | null;
  organizationCode: string | null;
}

function accessLogFilter(query: AccessLogQuery): SQL | undefined {
  return and(
    query.subjectCode === null ? undefined : eq(accessLog.subjectCode, query.subjectCode),
    query.organizationCode === null
      ? undefined
      : eq(accessLog.organizationCode, query.organizationCode),
  );
}

export async function pageAccessLog(
  db: DbOrTx,
  query: AccessLogQuery,
  limit: number,
  afterId: number | null,
): Promise<AccessLogRow[]> {
  return db
    .select()
    .from(accessLog)
    .where(and(accessLogFilter(query), afterId === null ? undefined : lt(accessLog.id, afterId)))
    .orderBy(desc(accessLog.id))
    .limit(limit);
}

export async function countAccessLog(db: DbOrTx, query: AccessLogQuery): Promise<number> {
  const [row] = await db.select({ n: count() }).from(accessLog).where(accessLogFilter(query));
  return Number(row?.n ?? 0);
}
