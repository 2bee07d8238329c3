import { Role, type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import { type Clock, chinaDateOf } from '../../shared/dates.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { recordAudit } from '../audit/index.js';
import { RecordKind } from '../records/index.js';
import { parseRecordGlobalId, recordGlobalId } from '../records/index.js';
import type { RecordRow } from '../records/index.js';
import {
  LifecycleEvent,
  applyTransitionToAll,
  applyTransition,
} from '../record-lifecycle/index.js';
import { recordLifecycle } from '../records/index.js';
import { findRecordsByIds } from './disclosure.repository.js';

function parseIds(
  ids: readonly string[],
  field: 'ids' | 'id' = 'ids',
): { kind: RecordKind; id: number }[] {
  return ids.map((value, index) => {
    const parsed = parseRecordGlobalId(value);
    if (parsed === null) {
      throw new BadInputError(say('MALFORMED_ID', { ...named(field), value }), field, {
        reason: 'MALFORMED_ID',
        ...(field === 'ids' ? { index } : {}),
      });
    }
    return parsed;
  });
}

/**
 * Publishes records that wait for review (publishRecords, ADMIN), through the lifecycle's
 * PUBLISH. All or nothing: an unknown id, or a record that must never be published, fails the
 * call, and so does a record whose state moves while the call runs (CONFLICT). Records already
 * public stay as they were; `publishedAt` is the moment they first became public.
 */
export async function publishRecords(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  ids: readonly string[],
): Promise<{ kind: RecordKind; row: RecordRow }[]> {
  if (ids.length === 0 || ids.length > 1000) {
    throw new BadInputError(say('ITEM_COUNT', { ...named('ids'), min: 1, max: 1000 }), 'ids');
  }
  const wanted = parseIds(ids);
  const now = clock.now();
  return db.transaction(async tx => {
    const published: string[] = [];
    for (const kind of [RecordKind.LICENSING, RecordKind.PENALTY]) {
      const rowIds = wanted.filter(w => w.kind === kind).map(w => w.id);
      const rows = await findRecordsByIds(tx, kind, rowIds);
      const found = new Map(rows.map(row => [row.id, row]));
      const missing = rowIds.filter(id => !found.has(id));
      if (missing.length > 0) {
        throw new NotFoundError(
          'RECORDS',
          'ids',
          missing.map(id => recordGlobalId(kind, id)).join(', '),
        );
      }
      const barred = rows.filter(row => !row.disclosureRequired || row.revokedAt !== null);
      if (barred.length > 0) {
        throw new BadInputError(
          say('NOT_PUBLISHABLE', {
            ...named('ids'),
            ids: barred.map(row => recordGlobalId(kind, row.id)),
          }),
          'ids',
        );
      }
      const waiting = rows.filter(row => row.publishedAt === null).map(row => row.id);
      const changed = await applyTransitionToAll(
        tx,
        recordLifecycle(kind),
        waiting,
        { event: LifecycleEvent.PUBLISH, at: now, on: chinaDateOf(now) },
        { field: 'ids' },
      );
      published.push(...changed.map(row => recordGlobalId(kind, row.id)));
    }
    await recordAudit(tx, viewer, now, {
      action: 'records.publish',
      entityType: 'record',
      details: { published, requested: ids.length },
    });
    const result: { kind: RecordKind; row: RecordRow }[] = [];
    for (const { kind, id } of wanted) {
      const [row] = await findRecordsByIds(tx, kind, [id]);
      result.push({ kind, row: row! });
    }
    return result;
  });
}

/**
 * Revokes a record (ADMIN: the lifecycle's REVOKE), or withdraws it (the PROVIDER that submitted
 * it: WITHDRAW): it leaves every view but the regulators' and the credit office's at once, and
 * stays stored with its versions. A record already revoked is a CONFLICT.
 */
export async function revokeRecord(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
  reason: string,
): Promise<{ kind: RecordKind; row: RecordRow }> {
  const [target] = parseIds([id], 'id');
  const text = reason.trim();
  if (text.length === 0 || text.length > 500) {
    throw new BadInputError(say('LENGTH', { ...named('reason'), min: 1, max: 500 }), 'reason');
  }
  return db.transaction(async tx => {
    const [existing] = await findRecordsByIds(tx, target!.kind, [target!.id]);
    if (existing === undefined) {
      throw new NotFoundError('RECORD', 'id');
    }
    if (viewer.role === Role.PROVIDER && existing.sourceUnitCode !== viewer.organizationCode) {
      throw new ForbiddenError(say('FORBIDDEN_REVOKE_OWN'));
    }
    const event = viewer.role === Role.PROVIDER ? LifecycleEvent.WITHDRAW : LifecycleEvent.REVOKE;
    const now = clock.now();
    const row = await applyTransition(tx, recordLifecycle(target!.kind), target!.id, {
      event,
      at: now,
      reason: text,
    });
    await recordAudit(tx, viewer, now, {
      action: 'record.revoke',
      entityType: target!.kind,
      entityId: id,
      details: { reason: text, transition: event },
    });
    return { kind: target!.kind, row };
  });
}
