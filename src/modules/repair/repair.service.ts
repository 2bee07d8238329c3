import { and, eq } from 'drizzle-orm';

import { type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import { type CalendarDate, type Clock, addMonths, chinaDateOf } from '../../shared/dates.js';
import { AppError, BadInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { uuidArgument } from '../../shared/ids.js';
import { isUniqueViolation } from '../../db/errors.js';
import { recordAudit } from '../audit/index.js';
import { ListType } from '../credit-lists/index.js';
import { LifecycleEvent, applyTransition } from '../record-lifecycle/index.js';
import { penaltyRecords } from '../records/index.js';
import { PENDING_REPAIR_INDEX, type RepairRow, repairApplications } from './repair.table.js';
import { text } from '../objections/index.js';
import { loadTarget, targetLifecycle } from '../objections/index.js';

/** A black-list entry may be repaired one year after listing at the earliest. */
const LIST_REPAIR_MONTHS = 12;

export interface RepairCommand {
  targetId: string;
  applicantName: string;
  applicantContact: string;
  proofOfPerformance: string;
  creditCommitment: string;
}

class RepairTooEarlyError extends AppError {
  constructor(availableFrom: CalendarDate) {
    super(say('REPAIR_TOO_EARLY', { availableFrom }), {
      code: 'REPAIR_TOO_EARLY',
      field: 'targetId',
      availableFrom,
    });
  }
}

/**
 * Applies for credit repair (applyForRepair, anyone for a subject) of a penalty or a black-list
 * entry. Accepted only after the minimum publicity period: the penalty's stored minimum end
 * (DESIGN §3.3), or one year after listing for a black-list entry. Proof of performance and
 * a credit commitment are required as references.
 */
export async function applyForRepair(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  command: RepairCommand,
): Promise<RepairRow> {
  const applicantName = text('applicantName', command.applicantName, 200)!;
  const applicantContact = text('applicantContact', command.applicantContact, 200)!;
  const proofOfPerformance = text('proofOfPerformance', command.proofOfPerformance, 2000)!;
  const creditCommitment = text('creditCommitment', command.creditCommitment, 2000)!;
  const today = clock.today();
  return db.transaction(async tx => {
    const target = await loadTarget(tx, viewer, command.targetId, today);
    if (target.kind === 'LICENSING') {
      throw new BadInputError(say('REPAIR_NOT_APPLICABLE', named('targetId')), 'targetId');
    }
    let availableFrom: CalendarDate;
    if (target.kind === 'PENALTY') {
      // The target's row is typed by the columns every record kind has; the penalty's own
      // columns are read from its table, in this transaction.
      const [penalty] = await tx
        .select({
          repairedAt: penaltyRecords.repairedAt,
          publicityMinEnd: penaltyRecords.publicityMinEnd,
        })
        .from(penaltyRecords)
        .where(eq(penaltyRecords.id, target.id));
      if (penalty === undefined) {
        throw new NotFoundError('RECORD', 'targetId');
      }
      if (penalty.repairedAt !== null) {
        throw new ConflictError(say('PENALTY_ALREADY_REPAIRED', named('targetId')), 'targetId');
      }
      availableFrom = penalty.publicityMinEnd;
    } else {
      const entry = target.row as {
        listType: ListType;
        listedOn: string;
        repairedAt: Date | null;
        removedAt: Date | null;
      };
      if (entry.listType !== ListType.BLACK) {
        throw new BadInputError(say('REPAIR_ONLY_BLACK_LIST', named('targetId')), 'targetId');
      }
      if (entry.removedAt !== null) {
        throw new ConflictError(say('ENTRY_NOT_LISTED', named('targetId')), 'targetId');
      }
      availableFrom = addMonths(entry.listedOn, LIST_REPAIR_MONTHS);
    }
    if (today < availableFrom) {
      throw new RepairTooEarlyError(availableFrom);
    }
    // One pending application per target: the partial unique index decides between
    // applications filed at once, and the loser is a CONFLICT.
    let row: RepairRow | undefined;
    try {
      [row] = await tx
        .insert(repairApplications)
        .values({
          targetKind: target.kind,
          targetId: target.id,
          subjectCode: target.subjectCode ?? '',
          subjectKey: target.subjectKey,
          sourceUnitCode: target.sourceUnitCode,
          applicantName,
          applicantContact,
          proofOfPerformance,
          creditCommitment,
          filedAt: clock.now(),
          status: 'PENDING',
        })
        .returning();
    } catch (error) {
      if (isUniqueViolation(error, PENDING_REPAIR_INDEX)) {
        throw new ConflictError(say('REPAIR_ALREADY_PENDING', named('targetId')), 'targetId', {
          reason: 'REPAIR_ALREADY_PENDING',
        });
      }
      throw error;
    }
    await recordAudit(tx, viewer, clock.now(), {
      action: 'repair.apply',
      entityType: 'repair_application',
      entityId: row!.id,
      details: { target: command.targetId },
    });
    return row!;
  });
}

/**
 * Decides a repair application (decideRepair, ADMIN). Approval is the target's REPAIR: it takes
 * the penalty out of the public view, or the subject off the black list; regulators still see
 * it, marked repaired, and credit checks stop finding it. The decision is one guarded statement
 * (`UPDATE … WHERE status = 'PENDING' RETURNING`): of two decisions at once one wins and the
 * other is a CONFLICT (`reason: REPAIR_ALREADY_DECIDED`). A target revoked, removed or repaired
 * meanwhile is a CONFLICT too, and nothing is stored.
 */
export async function decideRepair(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
  approve: boolean,
  note: string,
): Promise<RepairRow> {
  const applicationId = uuidArgument(id, 'id');
  const reason = text('note', note, 2000)!;
  return db.transaction(async tx => {
    const now = clock.now();
    const [row] = await tx
      .update(repairApplications)
      .set({
        status: approve ? 'APPROVED' : 'REJECTED',
        decidedAt: now,
        decisionNote: reason,
        decidedByKeyId: viewer.keyId,
      })
      .where(
        and(eq(repairApplications.id, applicationId), eq(repairApplications.status, 'PENDING')),
      )
      .returning();
    if (row === undefined) {
      const [found] = await tx
        .select({ status: repairApplications.status })
        .from(repairApplications)
        .where(eq(repairApplications.id, applicationId));
      if (found === undefined) {
        throw new NotFoundError('REPAIR_APPLICATION', 'id');
      }
      throw new ConflictError(
        say('REPAIR_ALREADY_DECIDED', { ...named('id'), status: found.status }),
        'id',
        { reason: 'REPAIR_ALREADY_DECIDED', status: found.status, allowedFrom: ['PENDING'] },
      );
    }
    if (approve) {
      await applyTransition(
        tx,
        targetLifecycle(row.targetKind),
        row.targetId,
        { event: LifecycleEvent.REPAIR, at: now, reason: `信用修复：${reason}` },
        { field: 'id' },
      );
    }
    await recordAudit(tx, viewer, now, {
      action: approve ? 'repair.approve' : 'repair.reject',
      entityType: 'repair_application',
      entityId: applicationId,
      details: {
        target: `${row.targetKind}:${row.targetId}`,
        decidedOn: chinaDateOf(now),
      },
    });
    return row;
  });
}
