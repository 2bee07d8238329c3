import { eq } from 'drizzle-orm';

import type { Viewer } from '../../../auth/viewer.js';
import type { Db } from '../../../db/types.js';
import type { Clock } from '../../../shared/dates.js';
import { BadInputError, NotFoundError } from '../../../shared/errors.js';
import { named, say } from '../../../shared/messages.js';
import { malformedId } from '../../../shared/ids.js';
import { recordAudit } from '../../audit/index.js';
import { loadCollectionItem } from '../../catalog/index.js';
import { LifecycleEvent, applyTransition } from '../../record-lifecycle/index.js';
import { derivePublicity, isDisclosureRequired } from '../shared/disclosure-policy.js';
import { RecordKind } from '../shared/record.enums.js';
import { parseRecordGlobalId, recordGlobalId } from '../shared/record.ids.js';
import { recordLifecycle } from '../shared/record.lifecycle.js';
import { correctRecord } from '../shared/record.repository.js';
import { type PenaltySeverity, SeveritySource } from './penalty.enums.js';
import { type PenaltyRow, penaltyRecords } from './penalty.table.js';
import { overriddenClass } from './publicity-classes.js';

const MIN_REASON = 4;
const MAX_REASON = 500;

/**
 * The credit office sets a penalty's publicity class (overridePenaltySeverity, ADMIN), with a
 * reason: the record's publicity period and whether it must be disclosed follow the new class, the
 * replaced version is kept (a new record version, as a correction), and the audit entry is written
 * in the same transaction. A later correction by the department keeps the office's class. A
 * record that was not public and now must be is published, as a correction would publish it.
 */
export async function overridePenaltySeverity(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  globalId: string,
  severity: PenaltySeverity,
  reasonInput: string,
): Promise<PenaltyRow> {
  const parsed = parseRecordGlobalId(globalId);
  if (parsed === null) {
    throw malformedId('id');
  }
  if (parsed.kind !== RecordKind.PENALTY) {
    throw new BadInputError(say('NOT_A_PENALTY', named('id')), 'id', {
      reason: 'NOT_A_PENALTY',
    });
  }
  const reason = reasonInput.trim();
  if ([...reason].length < MIN_REASON || [...reason].length > MAX_REASON) {
    throw new BadInputError(
      say('LENGTH', { ...named('reason'), min: MIN_REASON, max: MAX_REASON }),
      'reason',
      { reason: 'LENGTH', min: MIN_REASON, max: MAX_REASON },
    );
  }
  const at = clock.now();
  const today = clock.today();
  return db.transaction(async tx => {
    const [previous] = await tx
      .select()
      .from(penaltyRecords)
      .where(eq(penaltyRecords.id, parsed.id))
      .for('update');
    if (previous === undefined) {
      throw new NotFoundError('PENALTY', 'id');
    }
    const decided = overriddenClass(severity, reason);
    const columns = {
      ...decided,
      ...derivePublicity({
        decisionDate: previous.decisionDate,
        severity,
        sector: previous.sector,
      }),
      disclosureRequired: isDisclosureRequired({ ...previous, severity }),
      subjectKey: previous.subjectKey,
    };
    let row = await correctRecord<PenaltyRow>(
      tx,
      RecordKind.PENALTY,
      previous,
      columns,
      viewer.keyId,
      at,
    );
    const inView = previous.revokedAt === null && previous.repairedAt === null;
    if (previous.publishedAt === null && columns.disclosureRequired && inView) {
      const item = await loadCollectionItem(tx, previous.catalogItemCode);
      if (!item.requiresReview) {
        row = (await applyTransition(tx, recordLifecycle(RecordKind.PENALTY), previous.id, {
          event: LifecycleEvent.PUBLISH,
          at,
          on: today,
        })) as PenaltyRow;
      }
    }
    await recordAudit(tx, viewer, at, {
      action: 'penalty.severity.override',
      entityType: RecordKind.PENALTY,
      entityId: recordGlobalId(RecordKind.PENALTY, previous.id),
      details: {
        from: { severity: previous.severity, source: previous.severitySource },
        to: { severity, source: SeveritySource.OVERRIDDEN },
        reason,
        version: row.version,
      },
    });
    return row;
  });
}
