import { and, eq, inArray } from 'drizzle-orm';

import type { Viewer } from '../../../auth/viewer.js';
import type { Db, DbOrTx } from '../../../db/types.js';
import type { Clock } from '../../../shared/dates.js';
import { BadInputError, BatchTooLargeError } from '../../../shared/errors.js';
import { recordAudit } from '../../audit/index.js';
import { loadCollectionItem } from '../../catalog/index.js';
import { type RowOutcome, logSubmission } from '../shared/submission-log.repository.js';
import { upsertSubjects } from '../../subjects/index.js';
import { SubjectCategory } from '../shared/record.enums.js';
import { lockSourceUnits } from '../shared/record.repository.js';
import {
  BatchIdentities,
  MAX_BATCH_SIZE,
  type Rejection,
  contentHash,
  logUnit,
  providerRejection,
} from '../shared/record.submission.js';
import { RowChecker } from '../shared/record.validation.js';
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

export function catalogRecordGlobalId(id: number): string {
  return `catalog:${id}`;
}

/**
 * Stores a batch of records of a generically stored catalog item (submitCatalogRecords), with
 * the semantics of the typed submissions: per-row checks against the item's field list, the
 * item's providers only (a PROVIDER only for itself), duplicates by (item, source unit, record
 * number), corrections with the previous version kept, one transaction with the submission log
 * and the audit entry.
 */
export async function submitCatalogRecords(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  itemCode: string,
  inputs: readonly CatalogRecordInputLike[],
): Promise<{
  accepted: number;
  duplicates: number;
  corrections: number;
  rejected: Rejection[];
  rows: CatalogRecordRow[];
}> {
  if (inputs.length > MAX_BATCH_SIZE) {
    throw new BatchTooLargeError('records', inputs.length, MAX_BATCH_SIZE);
  }
  const item = await loadCollectionItem(db, itemCode);
  if (item.fields.length === 0) {
    throw new BadInputError(
      `${itemCode} has its own submission (submitLicensingRecords or submitPenaltyRecords).`,
      'itemCode',
    );
  }
  const today = clock.today();
  const now = clock.now();
  const rejected: Rejection[] = [];
  const outcomes = new Map<number, RowOutcome>();
  const valid: { index: number; fields: CatalogRecordFields; hash: string }[] = [];
  const identities = new BatchIdentities();
  inputs.forEach((input, index) => {
    const result = checkCatalogRow(item.fields, input, today);
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
      `${result.sourceUnitCode}\u0000${result.recordNumber}`,
      hash,
      index,
      'recordNumber',
    );
    if (seen === 'duplicate') {
      outcomes.set(index, 'duplicate');
      return;
    }
    if (seen !== 'first') {
      rejected.push(seen);
      return;
    }
    valid.push({ index, fields: result, hash });
  });
  const logRows = () =>
    inputs.map((input, index) => ({
      unit: logUnit(viewer, input.sourceUnitCode),
      outcome: outcomes.get(index) ?? ('rejected' as const),
    }));

  const rows = await db.transaction(async tx => {
    const stored = new Map<number, CatalogRecordRow>();
    if (valid.length > 0) {
      await lockSourceUnits(
        tx,
        valid.map(v => v.fields.sourceUnitCode),
      );
      const existing = await findCatalogRecords(
        tx,
        item.code,
        valid.map(v => v.fields),
      );
      await upsertSubjects(
        tx,
        [
          ...new Map(
            valid
              .filter(v => v.fields.subjectCode !== null)
              .map(v => [v.fields.subjectCode!, v.fields]),
          ).values(),
        ].map(f => ({
          code: f.subjectCode!,
          name: f.counterpartName,
          category: f.counterpartCategory,
          nameAsOf: f.decisionDate,
        })),
        now,
      );
      const publish = (f: CatalogRecordFields) =>
        !item.requiresReview &&
        f.usageScope === UsageScope.PUBLIC &&
        f.counterpartCategory !== SubjectCategory.NATURAL_PERSON;
      for (const { index, fields, hash } of valid) {
        const previous = existing.get(`${fields.sourceUnitCode}\u0000${fields.recordNumber}`);
        const columns = {
          ...fields,
          catalogItemCode: item.code,
          catalogItemVersion: item.version,
          contentHash: hash,
          submittedByKeyId: viewer.keyId,
          updatedAt: now,
        };
        if (previous === undefined) {
          const [row] = await tx
            .insert(catalogRecords)
            .values({ ...columns, receivedAt: now, publishedAt: publish(fields) ? now : null })
            .returning();
          stored.set(index, row!);
          outcomes.set(index, 'accepted');
        } else if (previous.contentHash === hash) {
          outcomes.set(index, 'duplicate');
        } else {
          await tx.insert(catalogRecordVersions).values({
            recordId: previous.id,
            version: previous.version,
            data: JSON.parse(JSON.stringify(previous)) as Record<string, unknown>,
            supersededByKeyId: viewer.keyId,
            supersededAt: now,
          });
          const [row] = await tx
            .update(catalogRecords)
            .set({
              ...columns,
              version: previous.version + 1,
              publishedAt: previous.publishedAt ?? (publish(fields) ? now : null),
            })
            .where(eq(catalogRecords.id, previous.id))
            .returning();
          stored.set(index, row!);
          outcomes.set(index, 'corrected');
        }
      }
    }
    await logSubmission(tx, { itemCode: item.code, keyId: viewer.keyId, at: now, rows: logRows() });
    if (stored.size > 0) {
      await recordAudit(tx, viewer, clock.now(), {
        action: 'catalog_records.submit',
        entityType: item.code,
        details: {
          stored: [...stored.values()].map(row => catalogRecordGlobalId(row.id)),
          rejectedRows: new Set(rejected.map(r => r.index)).size,
        },
      });
    }
    return [...stored.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  });
  const count = (outcome: RowOutcome) => [...outcomes.values()].filter(o => o === outcome).length;
  rejected.sort((a, b) => a.index - b.index);
  return {
    accepted: count('accepted') + count('corrected'),
    corrections: count('corrected'),
    duplicates: count('duplicate'),
    rejected,
    rows,
  };
}

async function findCatalogRecords(
  db: DbOrTx,
  itemCode: string,
  identities: readonly { sourceUnitCode: string; recordNumber: string }[],
): Promise<Map<string, CatalogRecordRow>> {
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
  return new Map(rows.map(row => [`${row.sourceUnitCode}\u0000${row.recordNumber}`, row]));
}
