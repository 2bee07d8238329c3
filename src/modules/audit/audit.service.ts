import { type SQL, sql } from 'drizzle-orm';

import type { Viewer } from '../../auth/viewer.js';
import type { DbOrTx } from '../../db/types.js';
import { auditEvents } from './audit.table.js';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends audit events. Always called with the transaction of the change it records, so that a
 * change and its audit entry commit or roll back together. `at` is the injected clock's now.
 */
export async function recordAudit(
  tx: DbOrTx,
  viewer: Viewer,
  at: Date,
  events: AuditEvent | AuditEvent[],
): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) {
    return;
  }
  await tx.insert(auditEvents).values(
    list.map(event => ({
      occurredAt: at,
      action: event.action,
      actorKeyId: viewer.keyId,
      actorRole: viewer.role,
      actorOrganizationCode: viewer.organizationCode,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      details: event.details ?? {},
    })),
  );
}

/** Who an audit entry written by a statement is of, and when, each as SQL. */
export interface AuditActor {
  at: SQL;
  keyId: SQL;
  role: SQL;
  organizationCode: SQL;
}

/**
 * recordAudit as SQL, for a statement that writes its change and its audit entry together: an
 * entry per row of `source`, whose columns `entityId` and `details` read.
 */
export function auditInsert(
  actor: AuditActor,
  event: { action: string; entityType: string; entityId: SQL; details: SQL },
  source: SQL,
): SQL {
  return sql`insert into ${auditEvents} (occurred_at, action, actor_key_id, actor_role,
      actor_organization_code, entity_type, entity_id, details)
    select ${actor.at}::timestamptz, ${event.action}::text, ${actor.keyId}::uuid, ${actor.role}::text,
      ${actor.organizationCode}::text, ${event.entityType}::text, ${event.entityId}, ${event.details}
    from ${source}`;
}
