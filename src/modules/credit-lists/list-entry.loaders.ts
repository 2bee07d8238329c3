import DataLoader from 'dataloader';

import type { Viewer } from '../../auth/viewer.js';
import type { DbOrTx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import { entriesOfSubjects, entriesShownOf, versionsOfEntries } from './list-entry.service.js';
import type { ListEntryRow, ListEntryVersionRow } from './list-entry.table.js';

/** An entry named with its subject, as a check names its hits. */
export interface ListEntryKey {
  subjectCode: string;
  id: number;
}

function entryKey(key: ListEntryKey): string {
  return `${key.subjectCode}:${key.id}`;
}

/**
 * The list-entry loaders of one request: one statement for the entries of every subject the
 * request asks about (those the viewer's role is shown, listEntriesShownTo), one for every entry
 * asked for by subject and id (a check's hits), and one for the versions of every entry whose
 * history is asked for. What a role is shown is fixed per request, so the loaders are never
 * shared.
 */
export function createListEntryLoaders(db: DbOrTx, viewer: Viewer, today: CalendarDate) {
  return {
    listEntriesBySubject: new DataLoader<string, ListEntryRow[]>(async codes => {
      const bySubject = new Map<string, ListEntryRow[]>();
      for (const row of await entriesShownOf(db, codes, today, viewer.role)) {
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
    listEntryVersionsByEntry: new DataLoader<ListEntryKey, ListEntryVersionRow[], string>(
      async keys => {
        const byKey = new Map<string, ListEntryVersionRow[]>();
        for (const row of await versionsOfEntries(db, keys)) {
          const key = entryKey({ subjectCode: row.subjectCode, id: row.entryId });
          byKey.set(key, [...(byKey.get(key) ?? []), row]);
        }
        return keys.map(key => byKey.get(entryKey(key)) ?? []);
      },
      { cacheKeyFn: entryKey },
    ),
  };
}

export type ListEntryLoaders = ReturnType<typeof createListEntryLoaders>;
