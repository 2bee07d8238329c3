import DataLoader from 'dataloader';

import { Role, type Viewer } from '../../auth/viewer.js';
import type { DbOrTx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import { activeEntriesOf, entriesOfSubjects } from './list-entry.service.js';
import type { ListEntryRow } from './list-entry.table.js';

/** An entry named with its subject, as a check names its hits. */
export interface ListEntryKey {
  subjectCode: string;
  id: number;
}

function entryKey(key: ListEntryKey): string {
  return `${key.subjectCode}:${key.id}`;
}

/** Regulators and the credit office see every active entry; everyone else published public ones. */
export function seesEveryListEntry(role: Role): boolean {
  return role === Role.REGULATOR || role === Role.ADMIN;
}

/**
 * The list-entry loaders of one request: one statement for the active entries of every subject
 * the request asks about, and one for every entry asked for by subject and id (a check's hits).
 * What the public may see is fixed per request by the viewer, so the loaders are never shared.
 */
export function createListEntryLoaders(db: DbOrTx, viewer: Viewer, today: CalendarDate) {
  const publicOnly = !seesEveryListEntry(viewer.role);
  return {
    activeListEntriesBySubject: new DataLoader<string, ListEntryRow[]>(async codes => {
      const bySubject = new Map<string, ListEntryRow[]>();
      for (const row of await activeEntriesOf(db, codes, today, publicOnly)) {
        const list = bySubject.get(row.subjectCode) ?? [];
        list.push(row);
        bySubject.set(row.subjectCode, list);
      }
      return codes.map(code => bySubject.get(code) ?? []);
    }),
    listEntryBySubjectAndId: new DataLoader<ListEntryKey, ListEntryRow | null, string>(
      async keys => {
        const rows = await entriesOfSubjects(db, keys);
        const byKey = new Map(rows.map(row => [entryKey(row), row]));
        return keys.map(key => byKey.get(entryKey(key)) ?? null);
      },
      { cacheKeyFn: entryKey },
    ),
  };
}

export type ListEntryLoaders = ReturnType<typeof createListEntryLoaders>;
