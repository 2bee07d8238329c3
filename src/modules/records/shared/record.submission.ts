import { createHash } from 'node:crypto';

import { Role, type Viewer } from '../../../auth/viewer.js';
import type { Db } from '../../../db/types.js';
import type { Clock } from '../../../shared/dates.js';
import { BatchTooLargeError } from '../../../shared/errors.js';
import { recordAudit } from '../../audit/index.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { type CollectionItem, loadCollectionItem } from '../../catalog/index.js';
import { type RowOutcome, logSubmission } from './submission-log.repository.js';
import { analyzeCreditCode } from '../../credit-code/index.js';
import { deriveDisclosure } from './disclosure-policy.js';
import type { PenaltySeverity } from '../penalty/penalty.enums.js';
import { upsertSubjects } from '../../subjects/index.js';
import type { NewSubjectRow } from '../../subjects/index.js';
import { RecordKind } from './record.enums.js';
import { recordGlobalId } from './record.ids.js';
import {
  correctRecord,
  findByIdentities,
  insertRecords,
  lockSourceUnits,
} from './record.repository.js';
import type { RecordRow, RecordTable } from './record.table-types.js';
import { type CommonFields, type FieldRejection, RowChecker } from './record.validation.js';

/** The most rows one submission may carry; the importer sends batches of 500. */
export const MAX_BATCH_SIZE = 1000;

export interface RecordKindSpec<I, F extends CommonFields & { documentNumber: string }> {
  kind: RecordKind;
  table: RecordTable;
  /** The catalog item records of this kind belong to. */
  catalogItemCode: string;
  check(input: I, today: string): F | RowChecker;
  /** Columns of this kind derived from the fields (a penalty's publicity period). */
  derive?(fields: F): object;
}

export interface Rejection extends FieldRejection {
  index: number;
}

export interface SubmissionResult<R extends RecordRow> {
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
export function providerRejection(
  viewer: Viewer,
  item: CollectionItem,
  unitCode: string,
  field: string,
  index: number,
): Rejection | null {
  if (viewer.role === Role.PROVIDER && unitCode !== viewer.organizationCode) {
    return {
      index,
      field,
      code: 'SOURCE_UNIT_NOT_OWN',
      message: `A data provider may only submit its own records (${viewer.organizationCode ?? 'none'}); this row is from ${unitCode}.`,
    };
  }
  if (!item.providers.has(unitCode)) {
    return {
      index,
      field,
      code: 'NOT_A_PROVIDER_OF_ITEM',
      message: `${unitCode} is not listed in the catalog as a provider of ${item.code}; the credit office registers providers.`,
    };
  }
  return null;
}

/** The submission-log unit of a row: its source unit, or the submitter's when it names none valid. */
export function logUnit(viewer: Viewer, rawUnitCode: string | null | undefined): string {
  const code = analyzeCreditCode(rawUnitCode ?? '');
  return code.valid ? code.code : (viewer.organizationCode ?? '');
}

/**
 * The rows of one batch by identity: the first row of an identity counts; a later identical one
 * is a duplicate, a later different one a conflict (its correction belongs in a later batch).
 */
export class BatchIdentities {
  private readonly first = new Map<string, { hash: string; index: number }>();

  /** 'first', 'duplicate', or the rejection of a conflicting row. */
  classify(
    identity: string,
    hash: string,
    index: number,
    field: string,
  ): 'first' | 'duplicate' | Rejection {
    const earlier = this.first.get(identity);
    if (earlier === undefined) {
      this.first.set(identity, { hash, index });
      return 'first';
    }
    if (earlier.hash === hash) {
      return 'duplicate';
    }
    return {
      index,
      field,
      code: 'CONFLICT_IN_BATCH',
      message: `Row ${earlier.index} of this batch has the same ${field} with different content; submit the correction in a later batch.`,
    };
  }
}

/** sha256 of the normalised fields, key order fixed: equal content, equal hash. */
export function contentHash(fields: object): string {
  const entries = Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}

/**
 * Stores a batch of records of one kind (DESIGN §4, "Submissions").
 *
 * Every row is checked; invalid rows come back with their index, field and code, and never
 * stop the valid ones. A record is identified by (source unit code, document number) within its
 * kind: resubmitting identical content is a duplicate; changed content is a correction that
 * keeps the replaced version in `record_versions`. A PROVIDER may only submit records of its
 * own source unit, and only a source unit the catalog lists as a provider of the kind's item
 * may submit at all; records keep the item version they were collected under. All valid rows,
 * their subjects, the submission log and the audit entry commit in one transaction, serialised
 * per source unit.
 */
export async function submitRecords<
  I extends { sourceUnitCode?: string | null },
  F extends CommonFields & { documentNumber: string },
  R extends RecordRow,
>(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  spec: RecordKindSpec<I, F>,
  inputs: readonly I[],
): Promise<SubmissionResult<R>> {
  if (inputs.length > MAX_BATCH_SIZE) {
    throw new BatchTooLargeError('records', inputs.length, MAX_BATCH_SIZE);
  }
  const today = clock.today();
  const item = await loadCollectionItem(db, spec.catalogItemCode);
  const rejected: Rejection[] = [];
  const valid: { index: number; fields: F; hash: string }[] = [];
  let duplicates = 0;
  const identities = new BatchIdentities();
  const outcomes = new Map<number, RowOutcome>();

  inputs.forEach((input, index) => {
    const result = spec.check(input, today);
    if (result instanceof RowChecker) {
      rejected.push(...result.rejections.map(r => ({ index, ...r })));
      return;
    }
    const refused = providerRejection(viewer, item, result.sourceUnitCode, 'sourceUnitCode', index);
    if (refused !== null) {
      rejected.push(refused);
      return;
    }
    const hash = contentHash(result);
    const seen = identities.classify(
      `${result.sourceUnitCode}\u0000${result.documentNumber}`,
      hash,
      index,
      'documentNumber',
    );
    if (seen === 'duplicate') {
      duplicates += 1;
      outcomes.set(index, 'duplicate');
      return;
    }
    if (seen !== 'first') {
      rejected.push(seen);
      return;
    }
    valid.push({ index, fields: result, hash });
  });

  const now = clock.now();
  /** The submission log line of each row: its source unit, or the submitter's when it has none. */
  const logRows = () =>
    inputs.map((input, index) => ({
      unit: logUnit(viewer, input.sourceUnitCode),
      outcome: outcomes.get(index) ?? ('rejected' as const),
    }));
  if (valid.length === 0) {
    await logSubmission(db, { itemCode: item.code, keyId: viewer.keyId, at: now, rows: logRows() });
    rejected.sort((a, b) => a.index - b.index);
    return { accepted: 0, duplicates, corrections: 0, rejected, rows: [] };
  }

  const outcome = await db.transaction(async tx => {
    await lockSourceUnits(
      tx,
      valid.map(v => v.fields.sourceUnitCode),
    );
    const calendar = await loadWorkingCalendar(tx);
    /** Stored columns of a row: its fields, disclosure and kind-specific derived columns. */
    const columnsOf = ({ fields, hash }: (typeof valid)[number]) => {
      const disclosure = deriveDisclosure(
        calendar,
        fields as CommonFields & { severity?: PenaltySeverity },
      );
      return {
        ...fields,
        ...disclosure,
        ...spec.derive?.(fields),
        contentHash: hash,
        submittedByKeyId: viewer.keyId,
        catalogItemCode: item.code,
        catalogItemVersion: item.version,
        publishOnReceipt: disclosure.disclosureRequired && !item.requiresReview,
      };
    };
    const existing = await findByIdentities<R>(
      tx,
      spec.table,
      valid.map(v => v.fields),
    );
    const existingByIdentity = new Map(
      existing.map(row => [`${row.sourceUnitCode}\u0000${row.documentNumber}`, row]),
    );

    const fresh: typeof valid = [];
    const changed: { entry: (typeof valid)[number]; previous: R }[] = [];
    let unchanged = 0;
    for (const entry of valid) {
      const previous = existingByIdentity.get(
        `${entry.fields.sourceUnitCode}\u0000${entry.fields.documentNumber}`,
      );
      if (previous === undefined) {
        fresh.push(entry);
        outcomes.set(entry.index, 'accepted');
      } else if (previous.contentHash === entry.hash) {
        unchanged += 1;
        outcomes.set(entry.index, 'duplicate');
      } else {
        changed.push({ entry, previous });
        outcomes.set(entry.index, 'corrected');
      }
    }

    await upsertSubjects(
      tx,
      subjectsOf([...fresh, ...changed.map(c => c.entry)].map(e => e.fields)),
      now,
    );

    const inserted = await insertRecords<R>(
      tx,
      spec.table,
      fresh.map(entry => {
        const { publishOnReceipt, ...columns } = columnsOf(entry);
        return {
          ...columns,
          receivedAt: now,
          updatedAt: now,
          publishedAt: publishOnReceipt ? now : null,
          publishedOn: publishOnReceipt ? today : null,
        };
      }),
    );
    const corrected: R[] = [];
    for (const { entry, previous } of changed) {
      const { publishOnReceipt, ...columns } = columnsOf(entry);
      const publishNow = previous.publishedAt === null && publishOnReceipt;
      corrected.push(
        await correctRecord<R>(
          tx,
          spec.table,
          spec.kind,
          previous,
          {
            ...columns,
            publishedAt: publishNow ? now : previous.publishedAt,
            publishedOn: publishNow ? today : previous.publishedOn,
          },
          viewer.keyId,
          now,
        ),
      );
    }

    await recordAudit(tx, viewer, clock.now(), [
      {
        action: 'records.submit',
        entityType: spec.kind,
        details: {
          received: inputs.length,
          inserted: inserted.map(row => recordGlobalId(spec.kind, row.id)),
          corrected: corrected.map(row => recordGlobalId(spec.kind, row.id)),
          duplicates: duplicates + unchanged,
          rejectedRows: new Set(rejected.map(r => r.index)).size,
        },
      },
      ...corrected.map(row => ({
        action: 'record.correct',
        entityType: spec.kind,
        entityId: recordGlobalId(spec.kind, row.id),
        details: { version: row.version },
      })),
    ]);

    await logSubmission(tx, { itemCode: item.code, keyId: viewer.keyId, at: now, rows: logRows() });

    const rowByIndex = new Map<number, R>();
    fresh.forEach((entry, i) => rowByIndex.set(entry.index, inserted[i]!));
    changed.forEach(({ entry }, i) => rowByIndex.set(entry.index, corrected[i]!));
    return {
      unchanged,
      corrections: corrected.length,
      rows: [...rowByIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row),
    };
  });

  rejected.sort((a, b) => a.index - b.index);
  return {
    accepted: outcome.rows.length,
    duplicates: duplicates + outcome.unchanged,
    corrections: outcome.corrections,
    rejected,
    rows: outcome.rows,
  };
}

/** One subject row per credit code in the batch, taken from its latest decision. */
function subjectsOf(
  rows: readonly CommonFields[],
): Omit<NewSubjectRow, 'createdAt' | 'updatedAt'>[] {
  const latest = new Map<string, CommonFields>();
  for (const row of rows) {
    if (row.subjectCode === null) {
      continue;
    }
    const seen = latest.get(row.subjectCode);
    if (seen === undefined || seen.decisionDate <= row.decisionDate) {
      latest.set(row.subjectCode, row);
    }
  }
  return [...latest.values()].map(row => ({
    code: row.subjectCode!,
    name: row.counterpartName,
    category: row.counterpartCategory,
    legalRepresentative: row.legalRepresentative,
    legalRepresentativeIdType: row.legalRepresentativeIdType,
    legalRepresentativeIdNumber: row.legalRepresentativeIdNumber,
    nameAsOf: row.decisionDate,
  }));
}
