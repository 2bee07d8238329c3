import { type SQL, sql } from 'drizzle-orm';

import { ListEntryEventKind } from './list-entry.enums.js';
import {
  type ListEntryRow,
  type ListEntryVersionRow,
  listEntries,
  listEntryVersions,
} from './list-entry.table.js';
import type { ListEntryEvent } from './list-entry.type.js';

/**
 * Where an event goes among events of the same instant, in the lifecycle's order: received,
 * published (on receipt, most often), corrected; a removal or a repair ends the history.
 */
const RANK: Readonly<Record<ListEntryEventKind, number>> = {
  RECEIVED: 0,
  PUBLISHED: 1,
  CORRECTED: 2,
  REMOVED: 3,
  REPAIRED: 3,
};

/**
 * The history of a list entry, oldest first, read from what the entry keeps: its receipt, its
 * publication, one event per superseded version (the correction that made the next version),
 * and its removal or repair with the reason stored with it. A repair removes the entry too
 * (lifecycle REPAIR), so it is one REPAIRED event, not also a REMOVED one. `listEntryEventsSql`
 * is the same history in SQL, for statements that build their answer in the database.
 */
export function listEntryHistory(
  row: Pick<
    ListEntryRow,
    'receivedAt' | 'publishedAt' | 'removedAt' | 'repairedAt' | 'removalReason'
  >,
  versions: readonly Pick<ListEntryVersionRow, 'version' | 'supersededAt'>[],
): ListEntryEvent[] {
  const events: ListEntryEvent[] = [
    { kind: ListEntryEventKind.RECEIVED, at: row.receivedAt, version: null, reason: null },
  ];
  if (row.publishedAt !== null) {
    events.push({
      kind: ListEntryEventKind.PUBLISHED,
      at: row.publishedAt,
      version: null,
      reason: null,
    });
  }
  for (const v of versions) {
    events.push({
      kind: ListEntryEventKind.CORRECTED,
      at: v.supersededAt,
      version: v.version + 1,
      reason: null,
    });
  }
  if (row.repairedAt !== null) {
    events.push({
      kind: ListEntryEventKind.REPAIRED,
      at: row.repairedAt,
      version: null,
      reason: row.removalReason,
    });
  } else if (row.removedAt !== null) {
    events.push({
      kind: ListEntryEventKind.REMOVED,
      at: row.removedAt,
      version: null,
      reason: row.removalReason,
    });
  }
  return events.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      RANK[a.kind] - RANK[b.kind] ||
      (a.version ?? 0) - (b.version ?? 0),
  );
}

/**
 * SQL: the events of the `list_entries` row in scope (listEntryHistory), as rows of `kind`,
 * `at`, `version`, `reason` and `rank`; name them `e` and order them by LIST_ENTRY_EVENT_ORDER.
 */
export function listEntryEventsSql(): SQL {
  const t = listEntries;
  const v = listEntryVersions;
  const rank = (kind: ListEntryEventKind) => sql.raw(String(RANK[kind]));
  return sql`select ${ListEntryEventKind.RECEIVED}::text as kind, ${t.receivedAt} as at, null::integer as version, null::text as reason, ${rank(ListEntryEventKind.RECEIVED)} as rank
    union all select ${ListEntryEventKind.PUBLISHED}, ${t.publishedAt}, null, null, ${rank(ListEntryEventKind.PUBLISHED)} where ${t.publishedAt} is not null
    union all select ${ListEntryEventKind.CORRECTED}, ${v.supersededAt}, ${v.version} + 1, null, ${rank(ListEntryEventKind.CORRECTED)}
      from ${v} where ${v.subjectCode} = ${t.subjectCode} and ${v.entryId} = ${t.id}
    union all select ${ListEntryEventKind.REPAIRED}, ${t.repairedAt}, null, ${t.removalReason}, ${rank(ListEntryEventKind.REPAIRED)} where ${t.repairedAt} is not null
    union all select ${ListEntryEventKind.REMOVED}, ${t.removedAt}, null, ${t.removalReason}, ${rank(ListEntryEventKind.REMOVED)} where ${t.repairedAt} is null and ${t.removedAt} is not null`;
}

/** The order of listEntryEventsSql's rows, named `e`, as listEntryHistory sorts them. */
export const LIST_ENTRY_EVENT_ORDER = sql.raw('e.at, e.rank, coalesce(e.version, 0)');
