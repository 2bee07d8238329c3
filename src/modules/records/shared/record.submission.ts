import type { Viewer } from '../../../auth/viewer.js';
import type { Tx } from '../../../db/types.js';
import type { CalendarDate } from '../../../shared/dates.js';
import { LifecycleEvent, applyTransition } from '../../record-lifecycle/index.js';
import { type WorkingCalendar, loadWorkingCalendar } from '../../calendar/index.js';
import { DEFAULT_DISCLOSURE_WORKING_DAYS } from '../../catalog/index.js';
import { type DeadlineOf, batchDeadlines, deriveDisclosure } from './disclosure-policy.js';
import type { PenaltySeverity } from '../penalty/penalty.enums.js';
import type { RowToStore, SubmissionKind } from '../submission/submission.js';
import type { RecordKind } from './record.enums.js';
import { recordGlobalId } from './record.ids.js';
import { recordSubjectKey } from './record.columns.js';
import { correctRecord, findByIdentities, insertRecords } from './record.repository.js';
import { recordLifecycle } from './record.lifecycle.js';
import type { RecordRow, RecordTable } from './record.table-types.js';
import type { CommonFields, RowChecker } from './record.validation.js';
import type { ColumnNames } from '../kinds/kind.declaration.js';

/**
 * The most 双公示 rows one submission may carry: they are stored through a staging table with
 * COPY, so a batch costs a few statements whatever its size. The importer sends up to 5,000
 * rows a request, fewer when they would make more than 3 MB of JSON (the HTTP body limit,
 * MAX_BODY_BYTES, is 4 MB).
 */
export const TYPED_RECORDS_PER_BATCH = 5000;

export interface RecordKindSpec<I, F extends CommonFields & { documentNumber: string }> {
  kind: RecordKind;
  table: RecordTable;
  /** The catalog item records of this kind belong to. */
  catalogItemCode: string;
  check(input: I, today: string): F | RowChecker;
  /** The national column names of the kind's fields, for rejection messages. */
  columns: ColumnNames;
  /** Columns of this kind derived from the fields (a penalty's publicity period). */
  derive?(fields: F): object;
  /**
   * Fields a correction keeps from the stored version instead of the submitted row's (a
   * penalty's class that the credit office set), applied before the columns are derived.
   */
  kept?(previous: RecordRow): Partial<F>;
}

/**
 * What other modules do in the transaction that stores 双公示 records; the objections module
 * opens an objection for each record its department marked 异议 (当前状态). Given to the
 * resolvers through the request context, so that the records module does not depend on them.
 */
export type RecordsStored = (
  tx: Tx,
  viewer: Viewer,
  kind: RecordKind,
  rows: readonly RecordRow[],
  at: Date,
  today: CalendarDate,
) => Promise<void>;

/**
 * The submission kind of a typed record table (licensing, penalty): rows are checked by the
 * kind's national-field checks, identified by (source unit code, document number), get their
 * disclosure deadline on the official calendar and their kind's derived columns, and publish on
 * receipt when disclosure is required and the catalog item does not wait for review.
 */
export function typedRecordKind<
  I extends { sourceUnitCode?: string | null },
  F extends CommonFields & { documentNumber: string },
  R extends RecordRow,
>(spec: RecordKindSpec<I, F>, stored?: RecordsStored): SubmissionKind<I, F, R> {
  let calendar: WorkingCalendar | undefined;
  /** Stored columns of a row: its fields, disclosure and kind-specific derived columns. */
  const columnsOf = (
    deadlineOf: DeadlineOf,
    { fields: submitted, hash, item }: RowToStore<F>,
    keyId: string | null,
    previous?: RecordRow,
  ) => {
    const fields: F = {
      ...submitted,
      ...(previous === undefined ? {} : spec.kept?.(previous)),
    };
    const disclosure = deriveDisclosure(
      calendar!,
      fields as CommonFields & { severity?: PenaltySeverity },
      item.disclosureWorkingDays.get(fields.sourceUnitCode) ?? DEFAULT_DISCLOSURE_WORKING_DAYS,
      deadlineOf,
    );
    return {
      columns: {
        ...fields,
        ...disclosure,
        ...spec.derive?.(fields),
        subjectKey: recordSubjectKey(
          fields.subjectCode,
          fields.sourceUnitCode,
          fields.documentNumber,
        ),
        contentHash: hash,
        submittedByKeyId: keyId,
        catalogItemCode: item.code,
        catalogItemVersion: item.version,
      },
      publishOnReceipt: disclosure.disclosureRequired && !item.requiresReview,
    };
  };
  return {
    entityType: spec.kind,
    batchArgument: 'records',
    maxBatchSize: TYPED_RECORDS_PER_BATCH,
    itemCodes: [spec.catalogItemCode],
    itemOf: () => spec.catalogItemCode,
    logItemOf: () => spec.catalogItemCode,
    check: (input, today) => spec.check(input, today),
    columns: spec.columns,
    unitField: 'sourceUnitCode',
    rawUnitOf: input => input.sourceUnitCode,
    unitOf: fields => fields.sourceUnitCode,
    identityField: 'documentNumber',
    identityOf: fields => fields.documentNumber,
    storedIdentityOf: row => row.documentNumber,
    storedUnitOf: row => row.sourceUnitCode,
    subjectOf: row =>
      row.subjectCode === null
        ? null
        : {
            code: row.subjectCode,
            name: row.counterpartName,
            category: row.counterpartCategory,
            legalRepresentative: row.legalRepresentative,
            legalRepresentativeIdType: row.legalRepresentativeIdType,
            legalRepresentativeIdNumber: row.legalRepresentativeIdNumber,
            nameAsOf: row.decisionDate,
          },
    findExisting: (tx, rows) => findByIdentities<R>(tx, spec.table, rows),
    async insert(tx, rows, { at, today, keyId }) {
      const deadlineOf = batchDeadlines((calendar ??= await loadWorkingCalendar(tx)));
      const values = [];
      for (const row of rows) {
        const { columns, publishOnReceipt } = columnsOf(deadlineOf, row, keyId);
        values.push({
          ...columns,
          receivedAt: at,
          updatedAt: at,
          publishedAt: publishOnReceipt ? at : null,
          publishedOn: publishOnReceipt ? today : null,
        });
      }
      return insertRecords<R>(tx, spec.table, values);
    },
    async correct(tx, previous, row, { at, today, keyId }) {
      const deadlineOf = batchDeadlines((calendar ??= await loadWorkingCalendar(tx)));
      const { columns, publishOnReceipt } = columnsOf(deadlineOf, row, keyId, previous);
      const corrected = await correctRecord<R>(tx, spec.kind, previous, columns, keyId, at);
      // A correction that finds the record unpublished publishes it when it now must be.
      if (previous.publishedAt !== null || !publishOnReceipt) {
        return corrected;
      }
      return (await applyTransition(tx, recordLifecycle(spec.kind), previous.id, {
        event: LifecycleEvent.PUBLISH,
        at,
        on: today,
      })) as R;
    },
    globalId: row => recordGlobalId(spec.kind, row.id),
    ...(stored === undefined
      ? {}
      : {
          afterStore: (tx, rows, { viewer, at, today }) =>
            stored(tx, viewer, spec.kind, rows, at, today),
        }),
  };
}
