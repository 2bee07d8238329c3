import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

import { Role, type Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx } from '../../db/types.js';
import type { CalendarDate, Clock } from '../../shared/dates.js';
import {
  BadInputError,
  BatchTooLargeError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../shared/errors.js';
import { recordAudit } from '../audit/index.js';
import { itemsWithScope, loadCollectionItem } from '../catalog/index.js';
import { type RowOutcome, logSubmission } from '../records/index.js';
import { SubjectCategory } from '../records/index.js';
import { lockSourceUnits } from '../records/index.js';
import {
  BatchIdentities,
  MAX_BATCH_SIZE,
  type Rejection,
  contentHash,
  logUnit,
  providerRejection,
} from '../records/index.js';
import { RowChecker } from '../records/index.js';
import { findSubjectsByCodes, upsertSubjects } from '../subjects/index.js';
import { ListType } from './list-entry.enums.js';
import { type ListEntryRow, listEntries, listEntryVersions } from './list-entry.table.js';
import { UsageScope } from '../catalog/index.js';

export const LIST_ITEMS: Record<ListType, string> = {
  [ListType.RED]: 'RED_LIST',
  [ListType.BLACK]: 'BLACK_LIST',
};

export interface ListEntryInputLike {
  listType?: ListType | null;
  subjectName?: string | null;
  subjectCode?: string | null;
  documentNumber?: string | null;
  listingAuthority?: string | null;
  listingAuthorityCode?: string | null;
  basis?: string | null;
  reason?: string | null;
  listedOn?: string | null;
  validUntil?: string | null;
  usageScope?: UsageScope | null;
}

interface ListEntryFields {
  listType: ListType;
  subjectName: string;
  subjectCode: string;
  documentNumber: string;
  listingAuthority: string;
  listingAuthorityCode: string;
  basis: string;
  reason: string;
  listedOn: string;
  validUntil: string | null;
  usageScope: UsageScope;
}

function checkEntry(input: ListEntryInputLike, today: string): ListEntryFields | RowChecker {
  const c = new RowChecker(today);
  const listType = c.required('listType', input.listType);
  const subjectName = c.text('subjectName', input.subjectName, 200, true);
  const subjectCode = c.creditCode('subjectCode', input.subjectCode, true);
  const documentNumber = c.text('documentNumber', input.documentNumber, 128, true);
  const listingAuthority = c.text('listingAuthority', input.listingAuthority, 200, true);
  const listingAuthorityCode = c.creditCode(
    'listingAuthorityCode',
    input.listingAuthorityCode,
    true,
  );
  const basis = c.text('basis', input.basis, 2000, true);
  const reason = c.text('reason', input.reason, 2000, true);
  const listedOn = c.date('listedOn', input.listedOn, true, true);
  const validUntil = c.date('validUntil', input.validUntil, false);
  if (listedOn !== null && validUntil !== null && validUntil < listedOn) {
    c.reject(
      'validUntil',
      'DATE_ORDER',
      `validUntil ${validUntil} is before listedOn ${listedOn}.`,
    );
  }
  if (
    !c.ok ||
    listType === null ||
    subjectName === null ||
    subjectCode === null ||
    documentNumber === null ||
    listingAuthority === null ||
    listingAuthorityCode === null ||
    basis === null ||
    reason === null ||
    listedOn === null
  ) {
    return c;
  }
  return {
    listType,
    subjectName,
    subjectCode,
    documentNumber,
    listingAuthority,
    listingAuthorityCode,
    basis,
    reason,
    listedOn,
    validUntil,
    usageScope: input.usageScope ?? UsageScope.PUBLIC,
  };
}

/**
 * Stores red and black list entries from their listing authorities (submitListEntries), with
 * the batch semantics of records: per-row checks, only the catalog providers of the list's
 * item (a PROVIDER only for itself), duplicates and corrections with history, one transaction
 * with the submission log and the audit entry.
 */
export async function submitListEntries(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  inputs: readonly ListEntryInputLike[],
) {
  if (inputs.length > MAX_BATCH_SIZE) {
    throw new BatchTooLargeError('entries', inputs.length, MAX_BATCH_SIZE);
  }
  const items = {
    [ListType.RED]: await loadCollectionItem(db, LIST_ITEMS.RED),
    [ListType.BLACK]: await loadCollectionItem(db, LIST_ITEMS.BLACK),
  };
  const today = clock.today();
  const now = clock.now();
  const rejected: Rejection[] = [];
  const outcomes = new Map<number, RowOutcome>();
  const valid: { index: number; fields: ListEntryFields; hash: string }[] = [];
  const identities = new BatchIdentities();
  const checked = inputs.map(input => checkEntry(input, today));
  const known = new Set(
    (
      await findSubjectsByCodes(db, [
        ...new Set(checked.flatMap(f => (f instanceof RowChecker ? [] : [f.subjectCode]))),
      ])
    ).map(s => s.code),
  );
  inputs.forEach((_input, index) => {
    const fields = checked[index]!;
    if (fields instanceof RowChecker) {
      rejected.push(...fields.rejections.map(r => ({ index, ...r })));
      return;
    }
    if (!known.has(fields.subjectCode)) {
      rejected.push({
        index,
        field: 'subjectCode',
        code: 'UNKNOWN_SUBJECT',
        message: `No subject with credit code ${fields.subjectCode} is known to the platform; a listing needs a registered subject.`,
      });
      return;
    }
    const refused = providerRejection(
      viewer,
      items[fields.listType],
      fields.listingAuthorityCode,
      'listingAuthorityCode',
      index,
    );
    if (refused !== null) {
      rejected.push(refused);
      return;
    }
    const hash = contentHash(fields);
    const seen = identities.classify(
      `${fields.listingAuthorityCode}\u0000${fields.listType}\u0000${fields.documentNumber}`,
      hash,
      index,
      'documentNumber',
    );
    if (seen === 'duplicate') {
      outcomes.set(index, 'duplicate');
      return;
    }
    if (seen !== 'first') {
      rejected.push(seen);
      return;
    }
    valid.push({ index, fields, hash });
  });

  const stored = await db.transaction(async tx => {
    const rows = new Map<number, ListEntryRow>();
    if (valid.length > 0) {
      await lockSourceUnits(
        tx,
        valid.map(v => v.fields.listingAuthorityCode),
      );
      await upsertSubjects(
        tx,
        [...new Map(valid.map(v => [v.fields.subjectCode, v.fields])).values()].map(f => ({
          code: f.subjectCode,
          name: f.subjectName,
          category: f.subjectCode.startsWith('92')
            ? SubjectCategory.INDIVIDUAL_BUSINESS
            : SubjectCategory.LEGAL_ENTITY,
          nameAsOf: f.listedOn,
        })),
        now,
      );
      const existing = await tx
        .select()
        .from(listEntries)
        .where(
          inArray(listEntries.documentNumber, [
            ...new Set(valid.map(v => v.fields.documentNumber)),
          ]),
        );
      const byIdentity = new Map(
        existing.map(row => [
          `${row.listingAuthorityCode}\u0000${row.listType}\u0000${row.documentNumber}`,
          row,
        ]),
      );
      for (const { index, fields, hash } of valid) {
        const item = items[fields.listType];
        const previous = byIdentity.get(
          `${fields.listingAuthorityCode}\u0000${fields.listType}\u0000${fields.documentNumber}`,
        );
        const columns = {
          ...fields,
          catalogItemCode: item.code,
          catalogItemVersion: item.version,
          contentHash: hash,
          submittedByKeyId: viewer.keyId,
          updatedAt: now,
        };
        const publish = !item.requiresReview && fields.usageScope === UsageScope.PUBLIC;
        if (previous === undefined) {
          const [row] = await tx
            .insert(listEntries)
            .values({ ...columns, receivedAt: now, publishedAt: publish ? now : null })
            .returning();
          rows.set(index, row!);
          outcomes.set(index, 'accepted');
        } else if (previous.contentHash === hash) {
          outcomes.set(index, 'duplicate');
        } else {
          await tx.insert(listEntryVersions).values({
            entryId: previous.id,
            version: previous.version,
            data: JSON.parse(JSON.stringify(previous)) as Record<string, unknown>,
            supersededAt: now,
          });
          const [row] = await tx
            .update(listEntries)
            .set({
              ...columns,
              version: previous.version + 1,
              publishedAt: previous.publishedAt ?? (publish ? now : null),
            })
            .where(eq(listEntries.id, previous.id))
            .returning();
          rows.set(index, row!);
          outcomes.set(index, 'corrected');
        }
      }
    }
    for (const listType of [ListType.RED, ListType.BLACK]) {
      const indexes = inputs
        .map((input, index) => ({ input, index }))
        .filter(({ input }) => (input.listType ?? ListType.BLACK) === listType);
      await logSubmission(tx, {
        itemCode: LIST_ITEMS[listType],
        keyId: viewer.keyId,
        at: now,
        rows: indexes.map(({ input, index }) => ({
          unit: logUnit(viewer, input.listingAuthorityCode),
          outcome: outcomes.get(index) ?? ('rejected' as const),
        })),
      });
    }
    if (rows.size > 0) {
      await recordAudit(tx, viewer, clock.now(), {
        action: 'list_entries.submit',
        entityType: 'list_entry',
        details: { stored: [...rows.values()].map(r => r.id) },
      });
    }
    return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  });
  const count = (o: RowOutcome) => [...outcomes.values()].filter(v => v === o).length;
  rejected.sort((a, b) => a.index - b.index);
  return {
    accepted: count('accepted') + count('corrected'),
    corrections: count('corrected'),
    duplicates: count('duplicate'),
    rejected,
    rows: stored,
  };
}

/** Removes an entry from its list (the listing authority or the credit office), with a reason. */
export async function removeListEntry(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
  reason: string,
): Promise<ListEntryRow> {
  const text = reason.trim();
  if (text.length === 0 || text.length > 500) {
    throw new BadInputError('reason must have 1 to 500 characters.', 'reason');
  }
  const entryId = /^list:(\d{1,15})$/.exec(id)?.[1];
  if (entryId === undefined) {
    throw new NotFoundError('The list entry', 'id');
  }
  return db.transaction(async tx => {
    const [entry] = await tx
      .select()
      .from(listEntries)
      .where(eq(listEntries.id, Number(entryId)))
      .limit(1);
    if (entry === undefined) {
      throw new NotFoundError('The list entry', 'id');
    }
    if (viewer.role === Role.PROVIDER && entry.listingAuthorityCode !== viewer.organizationCode) {
      throw new ForbiddenError('Only the listing authority may remove an entry from its list.');
    }
    if (entry.removedAt !== null) {
      throw new ConflictError('The entry is already removed.', 'id');
    }
    const [row] = await tx
      .update(listEntries)
      .set({
        removedAt: clock.now(),
        removalReason: text,
        removedByKeyId: viewer.keyId,
        updatedAt: clock.now(),
      })
      .where(and(eq(listEntries.id, entry.id), isNull(listEntries.removedAt)))
      .returning();
    await recordAudit(tx, viewer, clock.now(), {
      action: 'list_entry.remove',
      entityType: 'list_entry',
      entityId: id,
      details: { reason: text },
    });
    return row!;
  });
}

/** SQL: an entry in force today (listed, not expired, not removed). */
export function activeOn(today: CalendarDate): SQL {
  return and(
    isNull(listEntries.removedAt),
    sql`${listEntries.listedOn} <= ${today}`,
    or(isNull(listEntries.validUntil), sql`${listEntries.validUntil} >= ${today}`),
  )!;
}

/** Active entries of the subjects that the viewer may see: the public sees published public ones. */
export async function activeEntriesOf(
  db: DbOrTx,
  subjectCodes: readonly string[],
  today: CalendarDate,
  publicOnly: boolean,
): Promise<ListEntryRow[]> {
  if (subjectCodes.length === 0) {
    return [];
  }
  return db
    .select()
    .from(listEntries)
    .where(
      and(
        inArray(listEntries.subjectCode, [...subjectCodes]),
        activeOn(today),
        publicOnly
          ? and(
              sql`${listEntries.publishedAt} is not null`,
              eq(listEntries.usageScope, UsageScope.PUBLIC),
              sql`${listEntries.catalogItemCode} in ${itemsWithScope(UsageScope.PUBLIC)}`,
            )
          : undefined,
      ),
    )
    .orderBy(listEntries.listedOn);
}

export async function entriesByIds(db: DbOrTx, ids: readonly number[]): Promise<ListEntryRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(listEntries)
    .where(inArray(listEntries.id, [...ids]))
    .orderBy(listEntries.listedOn);
}
