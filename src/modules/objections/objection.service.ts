import { type SQL, type SQLWrapper, and, eq, inArray, lt, or, sql } from 'drizzle-orm';

import { Role, type Viewer } from '../../auth/viewer.js';
import { executeRows } from '../../db/execute.js';
import type { Db, DbOrTx, Tx } from '../../db/types.js';
import { type CalendarDate, type Clock, addDays, chinaDayStart } from '../../shared/dates.js';
import {
  AppError,
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../shared/errors.js';
import { type ArgumentName, named, say } from '../../shared/messages.js';
import {
  malformedId,
  normalizeTrackingNumber,
  trackingNumber,
  uuidArgument,
} from '../../shared/ids.js';
import { recordAudit } from '../audit/index.js';
import { ChangeKind, recordChanges } from '../change-outbox/index.js';
import { loadWorkingCalendar } from '../calendar/index.js';
import { addWorkingDays } from '../calendar/index.js';
import { TABLES, findRecordsByIds } from '../disclosure/index.js';
import { LIST_ENTRY_LIFECYCLE } from '../credit-lists/index.js';
import { entriesByIds } from '../credit-lists/index.js';
import {
  LifecycleEvent,
  type LifecycleStep,
  type LifecycleTarget,
  applyTransition,
} from '../record-lifecycle/index.js';
import { RecordKind, RecordStatusCode, recordLifecycle } from '../records/index.js';
import { licensingPublicWhile, penaltyPublicWhile } from '../records/index.js';
import { commonColumns } from '../records/index.js';
import { recordVisibility } from '../records/index.js';
import { countFilings, lockFilingKeys } from './objection.repository.js';
import type { ObjectionStatusLimiter } from './objection.status-limit.js';
import { type ObjectionRow, objections } from './objection.table.js';

/** The platform accepts or rejects an objection within 2 working days; the department answers within 10. */
const ACCEPT_WORKING_DAYS = 2;
const ANSWER_WORKING_DAYS = 10;
/** 受理编号 of objections begin 异议's initials: `YY-20261203-7K3M9Q2XHD`. */
const TRACKING_PREFIX = 'YY';

type TargetKind = 'LICENSING' | 'PENALTY' | 'LIST_ENTRY';

interface Target {
  kind: TargetKind;
  id: number;
  version: number;
  subjectCode: string | null;
  /** The target's distribution key: the objection is stored with it. */
  subjectKey: string;
  sourceUnitCode: string;
  row: Record<string, unknown>;
}

function parseTarget(value: string): { kind: TargetKind; id: number } {
  const match = /^(licensing|penalty|list):(\d{1,15})$/.exec(value);
  if (match === null) {
    throw malformedId('targetId', { example: 'penalty:12' });
  }
  return {
    kind:
      match[1] === 'licensing' ? 'LICENSING' : match[1] === 'penalty' ? 'PENALTY' : 'LIST_ENTRY',
    id: Number(match[2]),
  };
}

/** The lifecycle table of an objection's (or a repair application's) target. */
export function targetLifecycle(kind: TargetKind): LifecycleTarget {
  switch (kind) {
    case 'LICENSING':
      return recordLifecycle(RecordKind.LICENSING);
    case 'PENALTY':
      return recordLifecycle(RecordKind.PENALTY);
    case 'LIST_ENTRY':
      return LIST_ENTRY_LIFECYCLE;
  }
}

function canSeeAll(viewer: Viewer): boolean {
  return viewer.role === Role.REGULATOR || viewer.role === Role.ADMIN;
}

/** The target as the viewer may see it; what the viewer may not see does not exist for it. */
export async function loadTarget(
  db: DbOrTx,
  viewer: Viewer,
  targetId: string,
  today: CalendarDate,
): Promise<Target> {
  const { kind, id } = parseTarget(targetId);
  if (kind === 'LIST_ENTRY') {
    const [entry] = await entriesByIds(db, [id]);
    const visible =
      entry !== undefined &&
      (canSeeAll(viewer) ||
        (viewer.role === Role.PROVIDER && entry.listingAuthorityCode === viewer.organizationCode) ||
        (entry.publishedAt !== null && entry.removedAt === null && entry.usageScope === 'PUBLIC'));
    if (!visible) {
      throw new NotFoundError('LIST_ENTRY', 'targetId');
    }
    return {
      kind,
      id,
      version: entry.version,
      subjectCode: entry.subjectCode,
      subjectKey: entry.subjectCode,
      sourceUnitCode: entry.listingAuthorityCode,
      row: entry,
    };
  }
  const recordKind = kind === 'LICENSING' ? RecordKind.LICENSING : RecordKind.PENALTY;
  const table = TABLES[recordKind];
  const t = commonColumns(table);
  const publicWhile =
    kind === 'LICENSING' ? licensingPublicWhile(today) : penaltyPublicWhile(today);
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.id, id), recordVisibility(viewer, table, publicWhile, today)))
    .limit(1);
  if (row === undefined) {
    throw new NotFoundError('RECORD', 'targetId');
  }
  return {
    kind,
    id,
    version: row.version,
    subjectCode: row.subjectCode,
    subjectKey: row.subjectKey,
    sourceUnitCode: row.sourceUnitCode,
    row,
  };
}

export interface FileObjectionCommand {
  targetId: string;
  filerName: string;
  filerContact: string;
  grounds: string;
  evidence?: string | null;
}

export function text(
  field: ArgumentName,
  value: string | null | undefined,
  max: number,
  required = true,
): string | null {
  const t = value?.trim() ?? '';
  if (t === '') {
    if (required) {
      throw new BadInputError(say('REQUIRED', named(field)), field);
    }
    return null;
  }
  if (t.length > max) {
    throw new BadInputError(say('MAX_LENGTH', { ...named(field), max }), field);
  }
  return t;
}

/** A mainland mobile number: 11 digits, 1 then 3–9, optionally written with +86 and separators. */
const MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;
/**
 * An e-mail address (after lower-casing): a local part of RFC 5322 atoms, `@`, and a domain of
 * at least two labels (letters, digits, hyphens inside, or non-ASCII for internationalised names).
 */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff]{2,63}$/;
/** Grounds shorter than this say nothing the office could check. */
const MIN_GROUNDS = 10;

/**
 * The contact of an objection's filer (DESIGN §3.4): a mainland mobile number, stored as its 11
 * digits, or an e-mail address, stored in lower case, so that each contact is counted once
 * however it is written. Anything else is BAD_USER_INPUT on `filerContact`.
 */
function normalizeContact(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  const mobile = MOBILE.exec(compact)?.[1];
  if (mobile !== undefined) {
    return mobile;
  }
  const email = value.trim().toLowerCase();
  if (email.length <= 200 && email.indexOf('@') <= 64 && EMAIL.test(email)) {
    return email;
  }
  throw new BadInputError(say('INVALID_CONTACT', named('filerContact')), 'filerContact', {
    reason: 'INVALID_CONTACT',
  });
}

/**
 * A contact as `objectionStatus` compares it: normalised as filing stores it (a mobile number's
 * 11 digits, an e-mail address in lower case); anything else as written, trimmed and
 * upper-cased (a department's credit code, for an objection it opened by marking its record).
 */
function contactKey(value: string): string {
  try {
    return normalizeContact(value);
  } catch {
    return value.trim().toUpperCase();
  }
}

/**
 * Follows an objection up (objectionStatus, anyone): the objection whose 受理编号 and filer's
 * contact both match, or null, whichever of the two is wrong, so that a number alone shows
 * nothing and an answer tells nobody whether a number exists. The number is read as people type
 * it (spaces, lower case; `normalizeTrackingNumber`), the contact normalised as filing normalises
 * it. Look-ups are counted per client address and per contact a day (`ObjectionStatusLimiter`).
 */
export async function objectionStatus(
  db: DbOrTx,
  clock: Clock,
  lookup: { clientIp: string | null; limiter: ObjectionStatusLimiter },
  args: { trackingNumber: string; contact: string },
): Promise<ObjectionRow | null> {
  const number = normalizeTrackingNumber(text('trackingNumber', args.trackingNumber, 40)!);
  const contact = contactKey(text('contact', args.contact, 200)!);
  await lookup.limiter.consume(lookup.clientIp, contact, clock.today());
  const [row] = await db
    .select()
    .from(objections)
    .where(and(eq(objections.trackingNumber, number), eq(objections.filerContact, contact)))
    .limit(1);
  return row ?? null;
}

/** How many objections one client address and one contact may file per calendar day. */
export interface ObjectionLimits {
  perIpPerDay: number;
  perContactPerDay: number;
}

/** The documented defaults (OBJECTION_LIMIT_PER_IP, OBJECTION_LIMIT_PER_CONTACT). */
export const DEFAULT_OBJECTION_LIMITS: ObjectionLimits = Object.freeze({
  perIpPerDay: 5,
  perContactPerDay: 3,
});

/** Who files: the client address (null when there is none, e.g. a seed) and the limits. */
export interface Filing {
  clientIp: string | null;
  limits: ObjectionLimits;
}

class ObjectionLimitError extends AppError {
  constructor(by: 'CONTACT' | 'IP', max: number, resetsOn: CalendarDate) {
    super(
      say('OBJECTION_LIMIT_REACHED', {
        limit: by === 'CONTACT' ? 'PER_CONTACT' : 'PER_IP',
        max,
        resetsOn,
      }),
      {
        code: 'OBJECTION_LIMIT_REACHED',
        field: by === 'CONTACT' ? 'filerContact' : 'input',
        limit: by === 'CONTACT' ? 'PER_CONTACT' : 'PER_IP',
        max,
        resetsOn,
      },
    );
  }
}

/**
 * Files an objection (fileObjection, anyone). The contact must be a mainland mobile number or
 * an e-mail address and the grounds at least 10 characters; each contact and each client address
 * may file a limited number a calendar day (China Standard Time, on the injected clock), counted
 * under a lock so that concurrent filings cannot pass a limit together. Filing alone marks
 * nothing: the record shows "异议处理中" only once the credit office accepts the objection for
 * handling (DESIGN §3.4, `objectionOpenOn`). The platform must accept or reject it within 2
 * working days of filing (the official calendar), the department answer within 10 working days
 * of acceptance.
 */
export async function fileObjection(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  command: FileObjectionCommand,
  filing: Filing,
): Promise<ObjectionRow> {
  const filerName = text('filerName', command.filerName, 100)!;
  const filerContact = normalizeContact(text('filerContact', command.filerContact, 200)!);
  const grounds = text('grounds', command.grounds, 4000)!;
  if ([...grounds].length < MIN_GROUNDS) {
    throw new BadInputError(
      say('TOO_SHORT', { ...named('grounds'), min: MIN_GROUNDS }),
      'grounds',
      {
        reason: 'TOO_SHORT',
        min: MIN_GROUNDS,
      },
    );
  }
  const evidence = text('evidence', command.evidence, 2000, false);
  const today = clock.today();
  const { clientIp, limits } = filing;
  return db.transaction(async tx => {
    await lockFilingKeys(tx, [
      `objection:contact:${filerContact}`,
      ...(clientIp === null ? [] : [`objection:ip:${clientIp}`]),
    ]);
    const tomorrow = addDays(today, 1);
    const day = [chinaDayStart(today), chinaDayStart(tomorrow)] as const;
    if ((await countFilings(tx, { filerContact }, ...day)) >= limits.perContactPerDay) {
      throw new ObjectionLimitError('CONTACT', limits.perContactPerDay, tomorrow);
    }
    if (
      clientIp !== null &&
      (await countFilings(tx, { filerIp: clientIp }, ...day)) >= limits.perIpPerDay
    ) {
      throw new ObjectionLimitError('IP', limits.perIpPerDay, tomorrow);
    }
    const target = await loadTarget(tx, viewer, command.targetId, today);
    const calendar = await loadWorkingCalendar(tx);
    const [row] = await tx
      .insert(objections)
      .values({
        trackingNumber: trackingNumber(TRACKING_PREFIX, today),
        targetKind: target.kind,
        targetId: target.id,
        targetVersion: target.version,
        subjectCode: target.subjectCode,
        subjectKey: target.subjectKey,
        sourceUnitCode: target.sourceUnitCode,
        filerName,
        filerContact,
        filerIp: clientIp,
        grounds,
        evidence,
        filedAt: clock.now(),
        acceptDue: addWorkingDays(calendar, today, ACCEPT_WORKING_DAYS).date,
        status: 'FILED',
      })
      .returning();
    await recordAudit(tx, viewer, clock.now(), {
      action: 'objection.file',
      entityType: 'objection',
      entityId: row!.id,
      details: { target: command.targetId },
    });
    return row!;
  });
}

/** A stored 双公示 record as the submission path hands it over. */
interface StoredRecordOfKind {
  id: number;
  version: number;
  status: string;
  subjectCode: string | null;
  subjectKey: string;
  sourceUnit: string;
  sourceUnitCode: string;
  revokedAt: Date | null;
  repairedAt: Date | null;
}

/**
 * Opens an objection on every stored record that its department marked 异议 (当前状态 OBJECTION,
 * V1 `2`) and that has none filed or open: in the transaction that stores the records, filed by
 * the department and accepted for handling at once (the marking is the department's own, not an
 * anonymous filing that spam could use), so the record shows 异议处理中 until the credit office
 * or the department decides it, with the same 2 and 10 working-day deadlines as any objection.
 * Re-marking a record that is already under objection opens nothing new, nor does marking one
 * that is revoked or repaired (it is out of every public view; an objection has nothing to mark).
 */
export async function openMarkedObjections(
  tx: Tx,
  viewer: Viewer,
  kind: RecordKind,
  rows: readonly StoredRecordOfKind[],
  at: Date,
  today: CalendarDate,
): Promise<void> {
  const marked = rows.filter(
    row =>
      row.status === RecordStatusCode.OBJECTION &&
      row.revokedAt === null &&
      row.repairedAt === null,
  );
  if (marked.length === 0) {
    return;
  }
  const targetKind: TargetKind = kind === RecordKind.LICENSING ? 'LICENSING' : 'PENALTY';
  const pending = await tx
    .select({ targetId: objections.targetId })
    .from(objections)
    .where(
      and(
        eq(objections.targetKind, targetKind),
        inArray(
          objections.targetId,
          marked.map(row => row.id),
        ),
        inArray(objections.status, ['FILED', 'ACCEPTED']),
      ),
    );
  const already = new Set(pending.map(row => Number(row.targetId)));
  const toOpen = marked.filter(row => !already.has(row.id));
  if (toOpen.length === 0) {
    return;
  }
  const calendar = await loadWorkingCalendar(tx);
  const opened = await tx
    .insert(objections)
    .values(
      toOpen.map(row => ({
        trackingNumber: trackingNumber(TRACKING_PREFIX, today),
        targetKind,
        targetId: row.id,
        targetVersion: row.version,
        subjectCode: row.subjectCode,
        subjectKey: row.subjectKey,
        sourceUnitCode: row.sourceUnitCode,
        filerName: row.sourceUnit,
        filerContact: row.sourceUnitCode,
        filerIp: null,
        grounds: MARKED_GROUNDS,
        filedAt: at,
        acceptDue: addWorkingDays(calendar, today, ACCEPT_WORKING_DAYS).date,
        status: 'ACCEPTED' as const,
        acceptedAt: at,
        acceptanceNote: MARKED_GROUNDS,
        answerDue: addWorkingDays(calendar, today, ANSWER_WORKING_DAYS).date,
      })),
    )
    .returning({ id: objections.id, targetId: objections.targetId });
  for (const row of toOpen) {
    await applyTransition(tx, targetLifecycle(targetKind), row.id, {
      event: LifecycleEvent.ACCEPT_OBJECTION,
      at,
    });
  }
  await recordAudit(
    tx,
    viewer,
    at,
    opened.map(row => ({
      action: 'objection.open_marked',
      entityType: 'objection',
      entityId: row.id,
      details: { target: `${targetKind}:${row.targetId}` },
    })),
  );
}

/** Why an objection opened by a department's own 当前状态 marking was opened. */
const MARKED_GROUNDS = '数据来源单位报送时将当前状态标注为“异议”，记录进入异议处理。';

type ObjectionStatus = ObjectionRow['status'];

/**
 * Why a guarded step of an objection changed nothing, read after the fact: NOT_FOUND when there
 * is no such objection, FORBIDDEN when a department answers another's, otherwise CONFLICT with
 * the status found and the statuses the step needs (`reason` OBJECTION_ALREADY_DECIDED once it
 * was rejected or decided, or accepted when it is the acceptance that was asked for;
 * OBJECTION_NOT_ACCEPTED when an answer comes before the acceptance).
 */
async function objectionConflict(
  tx: DbOrTx,
  viewer: Viewer,
  id: string,
  step: 'accept' | 'decide',
): Promise<never> {
  const [found] = await tx
    .select({ status: objections.status, sourceUnitCode: objections.sourceUnitCode })
    .from(objections)
    .where(eq(objections.id, id));
  if (found === undefined) {
    throw new NotFoundError('OBJECTION', 'id');
  }
  if (
    step === 'decide' &&
    viewer.role === Role.PROVIDER &&
    found.sourceUnitCode !== viewer.organizationCode
  ) {
    throw new ForbiddenError(say('FORBIDDEN_OBJECTION_ANSWER'));
  }
  const allowedFrom: ObjectionStatus = step === 'accept' ? 'FILED' : 'ACCEPTED';
  const notYet = step === 'decide' && found.status === 'FILED';
  throw new ConflictError(
    notYet
      ? say('OBJECTION_NOT_ACCEPTED', named('id'))
      : say('OBJECTION_ALREADY_DECIDED', { ...named('id'), status: found.status }),
    'id',
    {
      reason: notYet ? 'OBJECTION_NOT_ACCEPTED' : 'OBJECTION_ALREADY_DECIDED',
      status: found.status,
      allowedFrom: [allowedFrom],
    },
  );
}

/**
 * The platform accepts or rejects an objection (ADMIN); acceptance starts the department's 10
 * working days, marks the target 异议处理中, and is the target's ACCEPT_OBJECTION. One guarded
 * statement (`UPDATE … WHERE status = 'FILED' RETURNING`) takes the step: of two decisions at
 * once one wins and the other is a CONFLICT. A target revoked, repaired or removed meanwhile is
 * a CONFLICT too, and nothing is stored.
 */
export async function acceptObjection(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
  accept: boolean,
  note: string,
): Promise<ObjectionRow> {
  const objectionId = uuidArgument(id, 'id');
  const reason = text('note', note, 2000)!;
  return db.transaction(async tx => {
    const calendar = await loadWorkingCalendar(tx);
    const now = clock.now();
    const [row] = await tx
      .update(objections)
      .set({
        status: accept ? 'ACCEPTED' : 'REJECTED',
        acceptedAt: now,
        acceptanceNote: reason,
        answerDue: accept
          ? addWorkingDays(calendar, clock.today(), ANSWER_WORKING_DAYS).date
          : null,
      })
      .where(and(eq(objections.id, objectionId), eq(objections.status, 'FILED')))
      .returning();
    if (row === undefined) {
      return objectionConflict(tx, viewer, objectionId, 'accept');
    }
    if (accept) {
      await applyTransition(
        tx,
        targetLifecycle(row.targetKind),
        row.targetId,
        { event: LifecycleEvent.ACCEPT_OBJECTION, at: now },
        { field: 'id' },
      );
    }
    await recordAudit(tx, viewer, now, {
      action: accept ? 'objection.accept' : 'objection.reject',
      entityType: 'objection',
      entityId: objectionId,
      details: { note: reason },
    });
    return row;
  });
}

/**
 * The department's answer to an accepted objection (decideObjection: the responsible PROVIDER or
 * ADMIN), each outcome a transition of the target: CORRECTED needs the corrected record
 * submitted first (its version has risen since filing; the correction keeps the history);
 * REVOKED revokes the record or removes the entry, leaving it visible to regulators only;
 * UPHELD keeps it as it is. The answer is one guarded statement (`UPDATE … WHERE status =
 * 'ACCEPTED' [AND the department's own] RETURNING`): an objection not accepted, or answered
 * meanwhile, is a CONFLICT, and so is a target whose state has moved; nothing is stored then.
 */
export async function decideObjection(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
  outcome: 'CORRECTED' | 'REVOKED' | 'UPHELD',
  note: string,
): Promise<ObjectionRow> {
  const objectionId = uuidArgument(id, 'id');
  const reason = text('note', note, 2000)!;
  return db.transaction(async tx => {
    const now = clock.now();
    const [objection] = await tx
      .update(objections)
      .set({
        status: 'DECIDED',
        outcome,
        decidedAt: now,
        decisionNote: reason,
        decidedByKeyId: viewer.keyId,
      })
      .where(
        and(
          eq(objections.id, objectionId),
          eq(objections.status, 'ACCEPTED'),
          viewer.role === Role.PROVIDER
            ? eq(objections.sourceUnitCode, viewer.organizationCode ?? '')
            : undefined,
        ),
      )
      .returning();
    if (objection === undefined) {
      return objectionConflict(tx, viewer, objectionId, 'decide');
    }
    const current =
      objection.targetKind === 'LIST_ENTRY'
        ? (await entriesByIds(tx, [objection.targetId]))[0]
        : (
            await findRecordsByIds(
              tx,
              objection.targetKind === 'LICENSING' ? RecordKind.LICENSING : RecordKind.PENALTY,
              [objection.targetId],
            )
          )[0];
    if (outcome === 'CORRECTED' && (current?.version ?? 0) <= objection.targetVersion) {
      throw new ConflictError(
        say('CORRECTION_FIRST', {
          ...named('outcome'),
          entry: objection.targetKind === 'LIST_ENTRY',
        }),
        'outcome',
      );
    }
    const revocation = `异议处理：撤销。${reason}`;
    const step: LifecycleStep =
      outcome === 'UPHELD'
        ? { event: LifecycleEvent.UPHOLD_ON_OBJECTION, at: now }
        : outcome === 'CORRECTED'
          ? { event: LifecycleEvent.CORRECTED_ON_OBJECTION, at: now }
          : objection.targetKind === 'LIST_ENTRY'
            ? { event: LifecycleEvent.REMOVE, at: now, reason: revocation, byKeyId: viewer.keyId }
            : { event: LifecycleEvent.REVOKE, at: now, reason: revocation };
    const target = targetLifecycle(objection.targetKind);
    await applyTransition(tx, target, objection.targetId, step, { field: 'id' });
    // UPHELD and CORRECTED are the decision in the feed already (the lifecycle's events); a
    // revocation is there as the record's, and the decision that made it is one entry more.
    if (outcome === 'REVOKED' && current?.publishedAt != null && current.subjectCode !== null) {
      await recordChanges(tx, [
        {
          subjectCode: current.subjectCode,
          kind: ChangeKind.OBJECTION_DECIDED,
          recordId: `${target.idPrefix}:${objection.targetId}`,
          occurredAt: now,
        },
      ]);
    }
    await recordAudit(tx, viewer, now, {
      action: 'objection.decide',
      entityType: 'objection',
      entityId: objectionId,
      details: { outcome, note: reason },
    });
    return objection;
  });
}

export interface ObjectionQuery {
  sourceUnitCode: string | null;
  status: ObjectionRow['status'] | null;
  overdue: boolean;
}

export function objectionFilter(query: ObjectionQuery, today: CalendarDate) {
  return and(
    query.sourceUnitCode === null ? undefined : eq(objections.sourceUnitCode, query.sourceUnitCode),
    query.status === null ? undefined : eq(objections.status, query.status),
    query.overdue
      ? or(
          and(eq(objections.status, 'FILED'), lt(objections.acceptDue, today)),
          and(eq(objections.status, 'ACCEPTED'), lt(objections.answerDue, today)),
        )
      : undefined,
  );
}

/**
 * The statuses in which an objection marks its target "异议处理中": accepted by the credit office
 * for handling and not yet answered (DESIGN §3.4). A filed objection marks nothing, so that spam
 * cannot mark a record; a rejected or decided one no longer does.
 */
const UNDER_OBJECTION_STATUSES = ['ACCEPTED'] as const;

/**
 * Whether the target whose row id is `targetId` is under objection ("异议处理中"), as an SQL
 * condition: the one definition, used by statements that build their answer in the database
 * (the planner) and by `openObjectionTargets` (the resolvers' loader).
 */
export function objectionOpenOn(kind: TargetKind, targetId: SQLWrapper): SQL {
  return sql`exists (select 1 from ${objections} where ${and(
    eq(objections.targetKind, kind),
    eq(objections.targetId, targetId),
    inArray(objections.status, [...UNDER_OBJECTION_STATUSES]),
  )})`;
}

/** The targets among `ids` that are under objection (`objectionOpenOn`): they show "异议处理中". */
export async function openObjectionTargets(
  db: DbOrTx,
  kind: TargetKind,
  ids: readonly number[],
): Promise<Set<number>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await executeRows<{ id: number | string }>(
    db,
    sql`select asked.id from unnest(${sql.param([...ids])}::bigint[]) as asked(id)
      where ${objectionOpenOn(kind, sql`asked.id`)}`,
  );
  return new Set(rows.map(row => Number(row.id)));
}
