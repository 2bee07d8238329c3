import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

import { Role, type Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx } from '../../db/types.js';
import type { CalendarDate, Clock } from '../../shared/dates.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { malformedId } from '../../shared/ids.js';
import { recordAudit } from '../audit/index.js';
import { ChangeKind } from '../change-outbox/index.js';
import { UsageScope, itemsWithScope } from '../catalog/index.js';
import { codeCategoryOf } from '../credit-code/index.js';
import {
  onReceipt,
  RowChecker,
  type RowToStore,
  type SubmissionKind,
  type SubmissionResult,
  submitBatch,
  supersededVersion,
  columnNames,
  fieldRejection,
  RED_LIST_KIND,
} from '../records/index.js';
import {
  LifecycleEvent,
  type LifecycleTarget,
  applyCorrection,
  applyTransition,
} from '../record-lifecycle/index.js';
import { SubjectCategory, findSubjectsByCodes } from '../subjects/index.js';
import { ListType } from './list-entry.enums.js';
import {
  type ListEntryRow,
  type ListEntryVersionRow,
  listEntries,
  listEntryVersions,
} from './list-entry.table.js';

/** List entries as the list-entry lifecycle moves them. */
export const LIST_ENTRY_LIFECYCLE: LifecycleTarget<typeof listEntries> = {
  machine: 'LIST_ENTRY',
  idPrefix: 'list',
  table: listEntries,
};

const LIST_ITEMS: Record<ListType, string> = {
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

/** The column names of list entries (red and black lists declare the same fields). */
const COLUMNS = columnNames(RED_LIST_KIND.fields);

function checkEntry(input: ListEntryInputLike, today: string): ListEntryFields | RowChecker {
  const c = new RowChecker(today, COLUMNS);
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
    c.reject('validUntil', 'DATE_ORDER', {
      value: validUntil,
      before: c.named('listedOn'),
      beforeValue: listedOn,
    });
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
 * The submission kind of red and black list entries (submitListEntries): checked per row, the
 * subject must be known to the platform, the listing authority is the source unit and must be a
 * catalog provider of its list's item, and an entry is identified by (authority, list, document
 * number). Entries publish on receipt when public in scope and the item does not wait for review.
 */
const listEntryKind: SubmissionKind<ListEntryInputLike, ListEntryFields, ListEntryRow> = {
  entityType: 'list_entry',
  batchArgument: 'entries',
  publishedChange: ChangeKind.LIST_ENTRY_ADDED,
  itemCodes: [LIST_ITEMS.RED, LIST_ITEMS.BLACK],
  itemOf: fields => LIST_ITEMS[fields.listType],
  logItemOf: input => LIST_ITEMS[input.listType ?? ListType.BLACK],
  check: (input, today) => checkEntry(input, today),
  columns: COLUMNS,
  unitField: 'listingAuthorityCode',
  rawUnitOf: input => input.listingAuthorityCode,
  unitOf: fields => fields.listingAuthorityCode,
  identityField: 'documentNumber',
  identityOf: fields => `${fields.listType}\u0000${fields.documentNumber}`,
  storedIdentityOf: row => `${row.listType}\u0000${row.documentNumber}`,
  storedUnitOf: row => row.listingAuthorityCode,
  async verify(db, rows) {
    const known = new Set(
      (await findSubjectsByCodes(db, [...new Set(rows.map(r => r.subjectCode))])).map(s => s.code),
    );
    return rows.map(row =>
      known.has(row.subjectCode)
        ? null
        : fieldRejection(COLUMNS, 'subjectCode', 'UNKNOWN_SUBJECT', { value: row.subjectCode }),
    );
  },
  subjectOf: fields => ({
    code: fields.subjectCode,
    name: fields.subjectName,
    category:
      codeCategoryOf(fields.subjectCode) === 'INDIVIDUAL_BUSINESS'
        ? SubjectCategory.INDIVIDUAL_BUSINESS
        : SubjectCategory.LEGAL_ENTITY,
    nameAsOf: fields.listedOn,
  }),
  async findExisting(tx, rows) {
    return tx
      .select()
      .from(listEntries)
      .where(inArray(listEntries.documentNumber, [...new Set(rows.map(r => r.documentNumber))]));
  },
  async insert(tx, rows, { at, keyId }) {
    const values = rows.map(row => ({
      ...entryColumns(row, at, keyId),
      ...onReceipt(entryPublishes(row), at),
    }));
    return tx.insert(listEntries).values(values).returning();
  },
  async correct(tx, previous, row, { at, today, keyId }) {
    await tx.insert(listEntryVersions).values({
      entryId: previous.id,
      subjectCode: previous.subjectCode,
      ...supersededVersion(previous, at),
    });
    const stored = await applyCorrection(tx, LIST_ENTRY_LIFECYCLE, previous.id, {
      version: previous.version,
      values: entryColumns(row, at, keyId),
      at,
    });
    if (previous.subjectCode !== row.fields.subjectCode) {
      // The correction changed the subject: the earlier versions follow the entry.
      await tx
        .update(listEntryVersions)
        .set({ subjectCode: row.fields.subjectCode })
        .where(eq(listEntryVersions.entryId, previous.id));
    }
    // A correction that finds the entry unpublished publishes it when it now must be.
    if (previous.publishedAt !== null || !entryPublishes(row)) {
      return stored;
    }
    return applyTransition(tx, LIST_ENTRY_LIFECYCLE, previous.id, {
      event: LifecycleEvent.PUBLISH,
      at,
      on: today,
    });
  },
  globalId: row => `list:${row.id}`,
};

function entryPublishes(row: RowToStore<ListEntryFields>): boolean {
  return !row.item.requiresReview && row.fields.usageScope === UsageScope.PUBLIC;
}

function entryColumns(row: RowToStore<ListEntryFields>, at: Date, keyId: string | null) {
  return {
    ...row.fields,
    catalogItemCode: row.item.code,
    catalogItemVersion: row.item.version,
    contentHash: row.hash,
    submittedByKeyId: keyId,
    updatedAt: at,
  };
}

/** Stores red and black list entries from their listing authorities, through the one submission path. */
export async function submitListEntries(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  inputs: readonly ListEntryInputLike[],
): Promise<SubmissionResult<ListEntryRow>> {
  return submitBatch(db, viewer, clock, listEntryKind, inputs);
}

/**
 * Removes an entry from its list (the listing authority or the credit office), with a reason,
 * through the lifecycle's REMOVE: an entry already removed or repaired is a CONFLICT.
 */
export async function removeListEntry(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
  reason: string,
): Promise<ListEntryRow> {
  const text = reason.trim();
  if (text.length === 0 || text.length > 500) {
    throw new BadInputError(say('LENGTH', { ...named('reason'), min: 1, max: 500 }), 'reason');
  }
  const entryId = /^list:(\d{1,15})$/.exec(id)?.[1];
  if (entryId === undefined) {
    throw malformedId('id', { example: 'list:3' });
  }
  return db.transaction(async tx => {
    const [entry] = await tx
      .select()
      .from(listEntries)
      .where(eq(listEntries.id, Number(entryId)))
      .limit(1);
    if (entry === undefined) {
      throw new NotFoundError('LIST_ENTRY', 'id');
    }
    if (viewer.role === Role.PROVIDER && entry.listingAuthorityCode !== viewer.organizationCode) {
      throw new ForbiddenError(say('FORBIDDEN_LISTING_AUTHORITY'));
    }
    const now = clock.now();
    const row = await applyTransition(tx, LIST_ENTRY_LIFECYCLE, entry.id, {
      event: LifecycleEvent.REMOVE,
      at: now,
      reason: text,
      byKeyId: viewer.keyId,
    });
    await recordAudit(tx, viewer, now, {
      action: 'list_entry.remove',
      entityType: 'list_entry',
      entityId: id,
      details: { reason: text },
    });
    return row;
  });
}

/** SQL: an entry in force today (listed, not expired, not removed). */
function activeOn(today: CalendarDate): SQL {
  return and(
    isNull(listEntries.removedAt),
    sql`${listEntries.listedOn} <= ${today}`,
    or(isNull(listEntries.validUntil), sql`${listEntries.validUntil} >= ${today}`),
  )!;
}

/**
 * SQL: the entries in force today that a viewer sees (the public only published public ones),
 * for the loaders and for statements that build their answer in the database.
 */
export function visibleActiveEntries(today: CalendarDate, publicOnly: boolean): SQL {
  return and(
    activeOn(today),
    publicOnly
      ? and(
          sql`${listEntries.publishedAt} is not null`,
          eq(listEntries.usageScope, UsageScope.PUBLIC),
          sql`${listEntries.catalogItemCode} in ${itemsWithScope(UsageScope.PUBLIC)}`,
        )
      : undefined,
  )!;
}

/** The order of a subject's entries: by listing date, then as stored. */
export const LIST_ENTRY_ORDER = [listEntries.listedOn, listEntries.id] as const;

/**
 * SQL: the entries of a subject a role is shown (Subject.listEntries). Regulators and the credit
 * office see every entry, whatever its state: active, expired, removed and repaired ones stay,
 * marked by their status with their history and reason (DESIGN §2, §3.4: "regulators still see
 * it, marked repaired"). Everyone else sees only the published public entries in force today.
 * Credit checks hit only active entries (visibleActiveEntries), whoever runs them.
 */
export function listEntriesShownTo(role: Role, today: CalendarDate): SQL | undefined {
  return seesEveryListEntry(role) ? undefined : visibleActiveEntries(today, true);
}

/** Regulators and the credit office see every entry; everyone else published public ones. */
function seesEveryListEntry(role: Role): boolean {
  return role === Role.REGULATOR || role === Role.ADMIN;
}

/** The entries of the subjects that the role is shown (listEntriesShownTo), in the list's order. */
export async function entriesShownOf(
  db: DbOrTx,
  subjectCodes: readonly string[],
  today: CalendarDate,
  role: Role,
): Promise<ListEntryRow[]> {
  if (subjectCodes.length === 0) {
    return [];
  }
  return db
    .select()
    .from(listEntries)
    .where(
      and(inArray(listEntries.subjectCode, [...subjectCodes]), listEntriesShownTo(role, today)),
    )
    .orderBy(...LIST_ENTRY_ORDER);
}

/**
 * The superseded versions of entries, named with their subjects (so that on a database
 * distributed by subject only their shards are read), for the entries' history.
 */
export async function versionsOfEntries(
  db: DbOrTx,
  keys: readonly { subjectCode: string; id: number }[],
): Promise<ListEntryVersionRow[]> {
  if (keys.length === 0) {
    return [];
  }
  return db
    .select()
    .from(listEntryVersions)
    .where(
      and(
        inArray(listEntryVersions.subjectCode, [...new Set(keys.map(k => k.subjectCode))]),
        inArray(listEntryVersions.entryId, [...new Set(keys.map(k => k.id))]),
      ),
    )
    .orderBy(listEntryVersions.entryId, listEntryVersions.version);
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

/**
 * Entries by subject and id, in one statement that names the subjects too, so that on a database
 * distributed by subject it reads only those subjects' shards.
 */
export async function entriesOfSubjects(
  db: DbOrTx,
  keys: readonly { subjectCode: string; id: number }[],
): Promise<ListEntryRow[]> {
  if (keys.length === 0) {
    return [];
  }
  return db
    .select()
    .from(listEntries)
    .where(
      and(
        inArray(listEntries.subjectCode, [...new Set(keys.map(k => k.subjectCode))]),
        inArray(listEntries.id, [...new Set(keys.map(k => k.id))]),
      ),
    );
}
