import DataLoader from 'dataloader';

import { Role, type Viewer } from '../../auth/viewer.js';
import type { DbOrTx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import { activeEntriesOf, entriesByIds } from './list-entry.service.js';
import type { ListEntryRow } from './list-entry.table.js';

/** Regulators and the credit office see every active entry; everyone else published public ones. */
export function seesEveryListEntry(role: Role): boolean {
  return role === Role.REGULATOR || role === Role.ADMIN;
}

/**
 * The list-entry loaders of one request: one statement for the active entries of every subject
 * the request asks about, and one for every entry asked for by id (a check's hits). What the
 * public may see is fixed per request by the viewer, so the loaders are never shared.
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
    listEntryById: new DataLoader<number, ListEntryRow | null>(async ids => {
      const byId = new Map((await entriesByIds(db, ids)).map(row => [row.id, row]));
      return ids.map(id => byId.get(id) ?? null);
    }),
  };
}

export type ListEntryLoaders = ReturnType<typeof createListEntryLoaders>;
