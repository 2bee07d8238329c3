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
