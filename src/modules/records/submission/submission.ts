import { createHash } from 'node:crypto';

import { Role, type Viewer } from '../../../auth/viewer.js';
import type { Db, DbOrTx, Tx } from '../../../db/types.js';
import type { CalendarDate, Clock } from '../../../shared/dates.js';
import { BatchTooLargeError } from '../../../shared/errors.js';
import type { Language } from '../../../shared/messages.js';
import { observeSubmission } from '../../../shared/observations.js';
import type { ColumnNames } from '../kinds/kind.declaration.js';
import { recordAudit } from '../../audit/index.js';
import { ChangeKind, recordChanges } from '../../change-outbox/index.js';
import { type CollectionItem, loadCollectionItem } from '../../catalog/index.js';
import {
  type RowOutcome,
  logRejections,
  logSubmission,
} from '../shared/submission-log.repository.js';
import { analyzeCreditCode } from '../../credit-code/index.js';
import { upsertSubjects } from '../../subjects/index.js';
import type { NewSubjectRow } from '../../subjects/index.js';
import { lockSourceUnits } from '../shared/record.repository.js';
import { type FieldRejection, RowChecker, fieldRejection } from '../shared/record.validation.js';

/** The most rows one submission of a kind may carry, unless the kind says otherwise. */
export const MAX_BATCH_SIZE = 1000;

interface Rejection extends FieldRejection {
  index: number;
}

/** A submission's rejections as the API shows them: each message in the request's language. */
export function rejectionsIn(
  rejected: readonly Rejection[],
  language: Language,
): { index: number; field: string | null; column: string | null; code: string; message: string }[] {
  return rejected.map(r => ({ ...r, message: r.message[language] }));
}

/** The subject a row is about, as the path creates or updates it. */
type SubjectOfRow = Omit<NewSubjectRow, 'createdAt' | 'updatedAt'>;

/** One checked row on its way to storage. */
export interface RowToStore<F> {
  fields: F;
  /** sha256 of the normalised fields: equal content, equal hash. */
  hash: string;
  /** The catalog item the row belongs to, in the version it is collected under. */
  item: CollectionItem;
}

/** What every stored record of every kind has, as far as the path needs it. */
export interface StoredRecord {
  id: number;
  contentHash: string;
  subjectCode: string | null;
  publishedAt: Date | null;
}

/** What the path gives a kind's storage besides the rows. */
interface StoreContext {
  at: Date;
  today: CalendarDate;
  keyId: string | null;
}

/**
 * How one record kind goes through the submission path: how a row is checked, what identifies
 * it, which catalog item and subject it belongs to, and how it is stored. The rest is the
 * path's and the same for every kind.
 */
export interface SubmissionKind<I, F, R extends StoredRecord> {
  /** The audit entity type of the kind ('LICENSING', 'PENALTY', 'list_entry', an item code). */
  entityType: string;
  /** The name of the batch argument, for BATCH_TOO_LARGE. */
  batchArgument: 'records' | 'entries';
  /** The most rows one submission may carry (1,000 unless given). */
  maxBatchSize?: number;
  /** The catalog items rows of the kind may belong to (loaded once per submission). */
  itemCodes: readonly string[];
  /** The item a checked row belongs to. */
  itemOf(fields: F): string;
  /** The item the submission log counts a row under, before or without its checks. */
  logItemOf(input: I): string;
  /** Checks and normalises one row; the RowChecker with its rejections when the row is bad. */
  check(input: I, today: CalendarDate, items: ReadonlyMap<string, CollectionItem>): F | RowChecker;
  /** The national column names of the kind's fields, which rejection messages name. */
  columns: ColumnNames;
  /** The field that names the row's source unit, and its value (raw, then checked). */
  unitField: string;
  rawUnitOf(input: I): string | null | undefined;
  unitOf(fields: F): string;
  /** The field that identifies a record within its source unit, and the identity of a row. */
  identityField: string;
  identityOf(fields: F): string;
  /** The identity of a stored record, as `identityOf` gives it for the row that stored it. */
  storedIdentityOf(row: R): string;
  storedUnitOf(row: R): string;
  /** Per-row rejections that need the database (null where the row may go on). */
  verify?(db: DbOrTx, rows: readonly F[]): Promise<(FieldRejection | null)[]>;
  /** The subject the row is about, created or brought up to date with it; null for none. */
  subjectOf(fields: F): SubjectOfRow | null;
  /** Existing records of the rows' identities. */
  findExisting(tx: DbOrTx, rows: readonly F[]): Promise<R[]>;
  /** Stores new records (at least one), in the order given. */
  insert(tx: Tx, rows: readonly RowToStore<F>[], context: StoreContext): Promise<R[]>;
  /**
   * Replaces a record with its correction, keeping the previous version, through the record
   * lifecycle's CORRECT (and PUBLISH when the correction makes it public).
   */
  correct(tx: Tx, previous: R, row: RowToStore<F>, context: StoreContext): Promise<R>;
  /** The record's global ID, for the audit entry and the change feed. */
  globalId(row: R): string;
  /** The change feed's name for a new row stored public; RECORD_PUBLISHED unless told. */
  publishedChange?: ChangeKind;
  /** What follows, in the same transaction, from the rows just stored (new and corrected). */
  afterStore?(
    tx: Tx,
    rows: readonly R[],
    context: StoreContext & { viewer: Viewer },
  ): Promise<void>;
}

/** The publication columns of a record stored on receipt: public at once when it publishes. */
export function onReceipt(
  publishes: boolean,
  at: Date,
): { receivedAt: Date; publishedAt: Date | null } {
  return { receivedAt: at, publishedAt: publishes ? at : null };
}

/** The replaced version of a record as a versions table keeps it: the stored row, as JSON. */
export function supersededVersion(
  previous: { version: number },
  at: Date,
): { version: number; data: Record<string, unknown>; supersededAt: Date } {
  return {
    version: previous.version,
    data: JSON.parse(JSON.stringify(previous)) as Record<string, unknown>,
    supersededAt: at,
  };
}

export interface SubmissionResult<R> {
  accepted: number;
  duplicates: number;
  corrections: number;
  rejected: Rejection[];
  /** Stored rows (new and corrected) in input order. */
  rows: R[];
}

/**
 * Who may submit a row for a catalog item: only a source unit the catalog lists as one of its
 * providers, and a PROVIDER key only for its own unit. Null when the row may be submitted.
 */
function providerRejection(
  viewer: Viewer,
  item: CollectionItem,
  unitCode: string,
  field: string,
  columns: ColumnNames,
): FieldRejection | null {
  if (viewer.role === Role.PROVIDER && unitCode !== viewer.organizationCode) {
    return fieldRejection(columns, field, 'SOURCE_UNIT_NOT_OWN', {
      own: viewer.organizationCode ?? '',
      unit: unitCode,
    });
  }
  if (!item.providers.has(unitCode)) {
    return fieldRejection(columns, field, 'NOT_A_PROVIDER_OF_ITEM', {
      unit: unitCode,
      item: item.code,
    });
  }
  return null;
}

/** sha256 of the normalised fields, key order fixed: equal content, equal hash. */
export function contentHash(fields: object): string {
  const entries = Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}

/**
 * The submission-log unit of a row. A rejected row counts for the organisation of the key that
 * sent it, whatever source unit the row claims (the claim is what may be wrong, and another
 * department did not send it); a stored or duplicate row counts for its source unit.
 */
function logUnit(
  viewer: Viewer,
  rawUnitCode: string | null | undefined,
  outcome: RowOutcome,
): string {
  const code = analyzeCreditCode(rawUnitCode ?? '');
  return outcome !== 'rejected' && code.valid ? code.code : (viewer.organizationCode ?? '');
}

/**
 * The one submission path of every record kind (DESIGN §4, "Submissions"): validate and
 * normalise each row → check the provider against the catalog → classify duplicates within the
 * batch → in one transaction, serialised per source unit: find the stored versions, create or
 * update the subjects, store new records and corrections (keeping the replaced version), write
 * the audit entry and the submission log of every row.
 *
 * Invalid rows come back with their index, field and code and never stop the valid ones. A
 * record is identified by its source unit and its kind's identity field: identical content is a
 * duplicate, changed content a correction. A PROVIDER may only submit its own source unit's
 * rows, and only a provider the catalog lists for the row's item may submit at all.
 */
export async function submitBatch<I, F extends object, R extends StoredRecord>(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  kind: SubmissionKind<I, F, R>,
  inputs: readonly I[],
): Promise<SubmissionResult<R>> {
  const maxBatchSize = kind.maxBatchSize ?? MAX_BATCH_SIZE;
  if (inputs.length > maxBatchSize) {
    throw new BatchTooLargeError(kind.batchArgument, inputs.length, maxBatchSize);
  }
  const today = clock.today();
  const at = clock.now();
  const items = new Map<string, CollectionItem>();
  for (const code of kind.itemCodes) {
    items.set(code, await loadCollectionItem(db, code));
  }
  const rejected: Rejection[] = [];
  const outcomes = new Map<number, RowOutcome>();
  const itemOfRow = new Map<number, string>();

  const checked = inputs.map(input => kind.check(input, today, items));
  const passed = checked.flatMap((fields, index) =>
    fields instanceof RowChecker ? [] : [{ index, fields }],
  );
  const verdicts = kind.verify
    ? await kind.verify(
        db,
        passed.map(p => p.fields),
      )
    : passed.map(() => null);
  const verdictOf = new Map(passed.map((p, i) => [p.index, verdicts[i] ?? null]));

  const valid: { index: number; row: RowToStore<F> }[] = [];
  const firstOfIdentity = new Map<string, { hash: string; index: number }>();
  checked.forEach((fields, index) => {
    if (fields instanceof RowChecker) {
      rejected.push(...fields.rejections.map(r => ({ index, ...r })));
      return;
    }
    const item = items.get(kind.itemOf(fields))!;
    itemOfRow.set(index, item.code);
    const refused =
      verdictOf.get(index) ??
      providerRejection(viewer, item, kind.unitOf(fields), kind.unitField, kind.columns);
    if (refused !== null) {
      rejected.push({ index, ...refused });
      return;
    }
    const hash = contentHash(fields);
    const identity = `${kind.unitOf(fields)}\u0000${kind.identityOf(fields)}`;
    const earlier = firstOfIdentity.get(identity);
    if (earlier === undefined) {
      firstOfIdentity.set(identity, { hash, index });
      valid.push({ index, row: { fields, hash, item } });
    } else if (earlier.hash === hash) {
      outcomes.set(index, 'duplicate');
    } else {
      rejected.push({
        index,
        ...fieldRejection(kind.columns, kind.identityField, 'CONFLICT_IN_BATCH', {
          row: earlier.index,
        }),
      });
    }
  });

  const stored = await db.transaction(async tx => {
    const rows = new Map<number, R>();
    const corrected: R[] = [];
    if (valid.length > 0) {
      await lockSourceUnits(
        tx,
        valid.map(v => kind.unitOf(v.row.fields)),
      );
      const existing = new Map(
        (
          await kind.findExisting(
            tx,
            valid.map(v => v.row.fields),
          )
        ).map(row => [`${kind.storedUnitOf(row)}\u0000${kind.storedIdentityOf(row)}`, row]),
      );
      const fresh: typeof valid = [];
      const changed: { entry: (typeof valid)[number]; previous: R }[] = [];
      for (const entry of valid) {
        const previous = existing.get(
          `${kind.unitOf(entry.row.fields)}\u0000${kind.identityOf(entry.row.fields)}`,
        );
        if (previous === undefined) {
          fresh.push(entry);
          outcomes.set(entry.index, 'accepted');
        } else if (previous.contentHash === entry.row.hash) {
          outcomes.set(entry.index, 'duplicate');
        } else {
          changed.push({ entry, previous });
          outcomes.set(entry.index, 'corrected');
        }
      }
      const subjects = new Map<string, SubjectOfRow>();
      for (const { row } of [...fresh, ...changed.map(c => c.entry)]) {
        const subject = kind.subjectOf(row.fields);
        const seen = subject === null ? undefined : subjects.get(subject.code);
        if (subject !== null && (seen === undefined || seen.nameAsOf <= subject.nameAsOf)) {
          subjects.set(subject.code, subject);
        }
      }
      await upsertSubjects(tx, [...subjects.values()], at);
      const context: StoreContext = { at, today, keyId: viewer.keyId };
      const inserted =
        fresh.length === 0
          ? []
          : await kind.insert(
              tx,
              fresh.map(f => f.row),
              context,
            );
      fresh.forEach((f, i) => rows.set(f.index, inserted[i]!));
      // A row public on receipt is news to whoever monitors its subject (corrections and later
      // publications write theirs through the record lifecycle).
      await recordChanges(
        tx,
        inserted
          .filter(row => row.publishedAt !== null && row.subjectCode !== null)
          .map(row => ({
            subjectCode: row.subjectCode!,
            kind: kind.publishedChange ?? ChangeKind.RECORD_PUBLISHED,
            recordId: kind.globalId(row),
            occurredAt: at,
          })),
      );
      for (const { entry, previous } of changed) {
        const row = await kind.correct(tx, previous, entry.row, context);
        corrected.push(row);
        rows.set(entry.index, row);
      }
      if (rows.size > 0) {
        await kind.afterStore?.(tx, [...inserted, ...corrected], { ...context, viewer });
      }
      await recordAudit(tx, viewer, at, [
        {
          action: 'records.submit',
          entityType: kind.entityType,
          details: {
            received: inputs.length,
            inserted: inserted.map(row => kind.globalId(row)),
            corrected: corrected.map(row => kind.globalId(row)),
            duplicates: [...outcomes.values()].filter(o => o === 'duplicate').length,
            rejectedRows: new Set(rejected.map(r => r.index)).size,
          },
        },
        ...corrected.map(row => ({
          action: 'record.correct',
          entityType: kind.entityType,
          entityId: kind.globalId(row),
        })),
      ]);
    }
    const logByItem = new Map<string, { unit: string; outcome: RowOutcome }[]>();
    inputs.forEach((input, index) => {
      const itemCode = itemOfRow.get(index) ?? kind.logItemOf(input);
      const lines = logByItem.get(itemCode) ?? [];
      const outcome = outcomes.get(index) ?? 'rejected';
      lines.push({ unit: logUnit(viewer, kind.rawUnitOf(input), outcome), outcome });
      logByItem.set(itemCode, lines);
    });
    for (const [itemCode, lines] of logByItem) {
      await logSubmission(tx, { itemCode, keyId: viewer.keyId, at, rows: lines });
    }
    await logRejections(tx, {
      keyId: viewer.keyId,
      submitter: { code: viewer.organizationCode, name: viewer.organizationName },
      at,
      rows: rejected.map(r => {
        const input = inputs[r.index]!;
        const identity = (input as Record<string, unknown>)[kind.identityField];
        const unit = kind.rawUnitOf(input);
        return {
          itemCode: itemOfRow.get(r.index) ?? kind.logItemOf(input),
          claimedUnitCode: typeof unit === 'string' && unit.trim() !== '' ? unit.trim() : null,
          rowIndex: r.index,
          documentNumber:
            typeof identity === 'string' && identity.trim() !== '' ? identity.trim() : null,
          field: r.field ?? null,
          code: r.code,
          message: r.message.zh,
        };
      }),
    });
    return { rows, corrections: corrected.length };
  });

  rejected.sort((a, b) => a.index - b.index);
  const duplicates = [...outcomes.values()].filter(o => o === 'duplicate').length;
  observeSubmission({
    kind: kind.entityType,
    accepted: stored.rows.size,
    duplicates,
    rejected: new Set(rejected.map(r => r.index)).size,
  });
  return {
    accepted: stored.rows.size,
    duplicates,
    corrections: stored.corrections,
    rejected,
    rows: [...stored.rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row),
  };
}
