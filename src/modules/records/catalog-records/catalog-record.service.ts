import { and, eq, inArray } from 'drizzle-orm';

import type { Viewer } from '../../../auth/viewer.js';
import type { Db, DbOrTx } from '../../../db/types.js';
import type { Clock } from '../../../shared/dates.js';
import { BadInputError } from '../../../shared/errors.js';
import { named, say } from '../../../shared/messages.js';
import { loadCollectionItem } from '../../catalog/index.js';
import { recordSubjectKey } from '../shared/record.columns.js';
import {
  LifecycleEvent,
  type LifecycleTarget,
  applyCorrection,
  applyTransition,
} from '../../record-lifecycle/index.js';
import { SubjectCategory } from '../../subjects/index.js';
import {
  onReceipt,
  type RowToStore,
  type SubmissionKind,
  type SubmissionResult,
  submitBatch,
  supersededVersion,
} from '../submission/submission.js';
import {
  type CatalogRecordRow,
  catalogRecordVersions,
  catalogRecords,
} from './catalog-record.table.js';
import {
  type CatalogRecordFields,
  type CatalogRecordInputLike,
  checkCatalogRow,
} from './catalog-record.validation.js';
import { UsageScope } from '../../catalog/index.js';
import { recordKind } from '../kinds/registry.js';
import { type ColumnNames, columnNames } from '../kinds/kind.declaration.js';
import { catalogCommonFields } from '../kinds/catalog.kinds.js';
import type { CatalogFieldDefinition } from '../../catalog/index.js';

export function catalogRecordGlobalId(id: number): string {
  return `catalog:${id}`;
}

/** Catalog records as the record lifecycle moves them (only PUBLISH and CORRECT reach them). */
const CATALOG_RECORD_LIFECYCLE: LifecycleTarget<typeof catalogRecords> = {
  machine: 'RECORD',
  idPrefix: 'catalog',
  table: catalogRecords,
};

/**
 * The submission kind of a generically stored catalog item (submitCatalogRecords): rows are
 * checked against the item's field list and identified by (source unit, record number); they
 * publish on receipt when public in scope, not about a natural person and the item does not wait
 * for review.
 */
/**
 * The column names of an item's records: the common columns, the item's field list, and its
 * kind's declaration when it has one (which names its date column, e.g. 成立日期).
 */
function catalogColumns(itemCode: string, fields: readonly CatalogFieldDefinition[]): ColumnNames {
  return columnNames(catalogCommonFields('决定日期'), fields, recordKind(itemCode)?.fields ?? []);
}

function catalogRecordKind(
  itemCode: string,
): SubmissionKind<CatalogRecordInputLike, CatalogRecordFields, CatalogRecordRow> {
  const publishes = (row: RowToStore<CatalogRecordFields>) =>
    !row.item.requiresReview &&
    row.fields.usageScope === UsageScope.PUBLIC &&
    row.fields.counterpartCategory !== SubjectCategory.NATURAL_PERSON;
  const columnsOf = (row: RowToStore<CatalogRecordFields>, at: Date, keyId: string | null) => ({
    ...row.fields,
    subjectKey: recordSubjectKey(
      row.fields.subjectCode,
      row.item.code,
      row.fields.sourceUnitCode,
      row.fields.recordNumber,
    ),
    catalogItemCode: row.item.code,
    catalogItemVersion: row.item.version,
    contentHash: row.hash,
    submittedByKeyId: keyId,
    updatedAt: at,
  });
  return {
    entityType: itemCode,
    batchArgument: 'records',
    itemCodes: [itemCode],
    itemOf: () => itemCode,
    logItemOf: () => itemCode,
    check: (input, today, items) => {
      const fields = items.get(itemCode)!.fields;
      return checkCatalogRow(
        fields,
        input,
        today,
        catalogColumns(itemCode, fields),
        recordKind(itemCode)?.removal,
      );
    },
    columns: catalogColumns(itemCode, []),
    unitField: 'sourceUnitCode',
    rawUnitOf: input => input.sourceUnitCode,
    unitOf: fields => fields.sourceUnitCode,
    identityField: 'recordNumber',
    identityOf: fields => fields.recordNumber,
    storedIdentityOf: row => row.recordNumber,
    storedUnitOf: row => row.sourceUnitCode,
    subjectOf: fields =>
      fields.subjectCode === null
        ? null
        : {
            code: fields.subjectCode,
            name: fields.counterpartName,
            category: fields.counterpartCategory,
            nameAsOf: fields.decisionDate,
          },
    findExisting: (tx, rows) => findCatalogRecords(tx, itemCode, rows),
    async insert(tx, rows, { at, keyId }) {
      const values = rows.map(row => ({
        ...columnsOf(row, at, keyId),
        ...onReceipt(publishes(row), at),
      }));
      return tx.insert(catalogRecords).values(values).returning();
    },
    async correct(tx, previous, row, { at, today, keyId }) {
      const columns = columnsOf(row, at, keyId);
      await tx.insert(catalogRecordVersions).values({
        recordId: previous.id,
        subjectKey: previous.subjectKey,
        supersededByKeyId: keyId,
        ...supersededVersion(previous, at),
      });
      const stored = await applyCorrection(tx, CATALOG_RECORD_LIFECYCLE, previous.id, {
        version: previous.version,
        values: columns,
        at,
      });
      if (previous.subjectKey !== columns.subjectKey) {
        // The correction changed the subject: the earlier versions follow the record.
        await tx
          .update(catalogRecordVersions)
          .set({ subjectKey: columns.subjectKey })
          .where(eq(catalogRecordVersions.recordId, previous.id));
      }
      // A correction that finds the record unpublished publishes it when it now must be.
      if (previous.publishedAt !== null || !publishes(row)) {
        return stored;
      }
      return applyTransition(tx, CATALOG_RECORD_LIFECYCLE, previous.id, {
        event: LifecycleEvent.PUBLISH,
        at,
        on: today,
      });
    },
    globalId: row => catalogRecordGlobalId(row.id),
  };
}

/**
 * Stores a batch of records of a generically stored catalog item (submitCatalogRecords) through
 * the one submission path. Licensing and penalty items have their own typed submissions.
 */
export async function submitCatalogRecords(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  itemCode: string,
  inputs: readonly CatalogRecordInputLike[],
): Promise<SubmissionResult<CatalogRecordRow>> {
  const item = await loadCollectionItem(db, itemCode);
  if (item.fields.length === 0) {
    throw new BadInputError(
      say('OWN_SUBMISSION', { ...named('itemCode'), item: itemCode }),
      'itemCode',
    );
  }
  return submitBatch(db, viewer, clock, catalogRecordKind(item.code), inputs);
}

async function findCatalogRecords(
  db: DbOrTx,
  itemCode: string,
  identities: readonly { sourceUnitCode: string; recordNumber: string }[],
): Promise<CatalogRecordRow[]> {
  const rows = await db
    .select()
    .from(catalogRecords)
    .where(
      and(
        eq(catalogRecords.catalogItemCode, itemCode),
        inArray(catalogRecords.sourceUnitCode, [...new Set(identities.map(i => i.sourceUnitCode))]),
        inArray(catalogRecords.recordNumber, [...new Set(identities.map(i => i.recordNumber))]),
      ),
    );
  return rows;
}
