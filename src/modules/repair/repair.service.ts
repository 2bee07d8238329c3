import { and, eq } from 'drizzle-orm';

import { type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import { type CalendarDate, type Clock, addMonths, chinaDateOf } from '../../shared/dates.js';
import { AppError, BadInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { recordAudit } from '../audit/index.js';
import { ListType } from '../credit-lists/index.js';
import { LifecycleEvent, applyTransition } from '../record-lifecycle/index.js';
import { penaltyRecords } from '../records/index.js';
import { type RepairRow } from './repair.table.js';
import { repairApplications } from './repair.table.js';
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
    super(
      `Credit repair can be applied for from ${availableFrom}, when the minimum publicity period ends.`,
      {
        code: 'REPAIR_TOO_EARLY',
        field: 'targetId',
        availableFrom,
      },
    );
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
      throw new BadInputError(
        'Credit repair applies to penalties and black-list entries.',
        'targetId',
      );
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
        throw new NotFoundError('The record', 'targetId');
      }
      if (penalty.repairedAt !== null) {
        throw new ConflictError('The penalty has already been repaired.', 'targetId');
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
        throw new BadInputError('Only black-list entries are repaired.', 'targetId');
      }
      if (entry.removedAt !== null) {
        throw new ConflictError('The entry is no longer on the list.', 'targetId');
      }
      availableFrom = addMonths(entry.listedOn, LIST_REPAIR_MONTHS);
    }
    if (today < availableFrom) {
      throw new RepairTooEarlyError(availableFrom);
    }
    const [pending] = await tx
      .select({ id: repairApplications.id })
      .from(repairApplications)
      .where(
        and(
          eq(repairApplications.targetKind, target.kind),
          eq(repairApplications.targetId, target.id),
          eq(repairApplications.status, 'PENDING'),
        ),
      )
      .limit(1);
    if (pending !== undefined) {
      throw new ConflictError('An application for this record is already pending.', 'targetId');
    }
    const [row] = await tx
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
    await recordAudit(tx, viewer, clock.now(), {
      action: 'repair.apply',
      entityType: 'repair_application',
      entityId: row!.id,
      details: { target: command.targetId },
    });
    return row!;
  });
}

class RepairAlreadyDecidedError extends AppError {
  constructor() {
    super('The repair application has already been decided.', {
      code: 'REPAIR_ALREADY_DECIDED',
      field: 'id',
    });
  }
}

/**
 * Decides a repair application (decideRepair, ADMIN). Approval is the target's REPAIR: it takes
 * the penalty out of the public view, or the subject off the black list; regulators still see
 * it, marked repaired, and credit checks stop finding it. A target revoked, removed or repaired
 * meanwhile is a CONFLICT, and nothing is stored.
 */
export async function decideRepair(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
  approve: boolean,
  note: string,
): Promise<RepairRow> {
  const reason = text('note', note, 2000)!;
  return db.transaction(async tx => {
    const [application] = /^[0-9a-f-]{36}$/i.test(id)
      ? await tx.select().from(repairApplications).where(eq(repairApplications.id, id)).limit(1)
      : [];
    if (application === undefined) {
      throw new NotFoundError('The repair application', 'id');
    }
    if (application.status !== 'PENDING') {
      throw new RepairAlreadyDecidedError();
    }
    const now = clock.now();
    if (approve) {
      await applyTransition(
        tx,
        targetLifecycle(application.targetKind),
        application.targetId,
        { event: LifecycleEvent.REPAIR, at: now, reason: `信用修复：${reason}` },
        { field: 'id' },
      );
    }
    const [row] = await tx
      .update(repairApplications)
      .set({
        status: approve ? 'APPROVED' : 'REJECTED',
        decidedAt: now,
        decisionNote: reason,
        decidedByKeyId: viewer.keyId,
      })
      .where(and(eq(repairApplications.id, id), eq(repairApplications.status, 'PENDING')))
      .returning();
    if (row === undefined) {
      throw new RepairAlreadyDecidedError();
    }
    await recordAudit(tx, viewer, now, {
      action: approve ? 'repair.approve' : 'repair.reject',
      entityType: 'repair_application',
      entityId: id,
      details: {
        target: `${application.targetKind}:${application.targetId}`,
        decidedOn: chinaDateOf(now),
      },
    });
    return row!;
  });
}
