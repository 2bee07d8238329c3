import DataLoader from 'dataloader';
import { type SQL, and, gte, sql } from 'drizzle-orm';

import type { Viewer } from '../../../auth/viewer.js';
import type { DbOrTx } from '../../../db/types.js';
import type { CalendarDate } from '../../../shared/dates.js';
import { type LicensingRow, licensingRecords } from '../licensing/licensing.table.js';
import { type CatalogRecordRow, catalogRecords } from '../catalog-records/catalog-record.table.js';
import { type PenaltyRow, penaltyRecords } from '../penalty/penalty.table.js';
import {
  type PageRequest,
  countBySubjects,
  findVisibleByIds,
  pageBySubjects,
} from './record.repository.js';
import type { ListedRow, ListedTable, RecordRow, RecordTable } from './record.table-types.js';
import { recordInPublicity, recordVisibility } from './record.visibility.js';
import { recordKinds } from '../kinds/registry.js';

export interface SubjectPageKey extends PageRequest {
  subjectCode: string;
}

function pageLoader<R extends ListedRow>(
  db: DbOrTx,
  table: ListedTable,
  visibility: SQL | undefined,
  counts: DataLoader<string, number>,
) {
  return new DataLoader<SubjectPageKey, R[], string>(
    async keys => {
      const groups = new Map<string, { page: PageRequest; codes: string[] }>();
      for (const key of keys) {
        const groupKey = JSON.stringify([key.first, key.after]);
        const group = groups.get(groupKey) ?? {
          page: { first: key.first, after: key.after },
          codes: [],
        };
        group.codes.push(key.subjectCode);
        groups.set(groupKey, group);
      }
      const byGroup = new Map<string, Map<string, R[]>>();
      await Promise.all(
        [...groups.entries()].map(async ([groupKey, group]) => {
          const rows = await pageBySubjects<R>(db, table, group.codes, visibility, group.page);
          const bySubject = new Map<string, R[]>();
          for (const { row, total } of rows) {
            const list = bySubject.get(row.subjectCode!) ?? [];
            list.push(row);
            bySubject.set(row.subjectCode!, list);
            if (total !== undefined) {
              counts.prime(row.subjectCode!, total);
            }
          }
          if (group.page.after === null) {
            // A first page with no rows: the subject has no visible records.
            for (const code of group.codes) {
              if (!bySubject.has(code)) {
                counts.prime(code, 0);
              }
            }
          }
          byGroup.set(groupKey, bySubject);
        }),
      );
      return keys.map(
        key => byGroup.get(JSON.stringify([key.first, key.after]))?.get(key.subjectCode) ?? [],
      );
    },
    { cacheKeyFn: key => JSON.stringify([key.subjectCode, key.first, key.after]) },
  );
}

function countLoader(db: DbOrTx, table: ListedTable, visibility: SQL | undefined) {
  return new DataLoader<string, number>(async codes => {
    const counts = await countBySubjects(db, table, codes, visibility);
    return codes.map(code => counts.get(code) ?? 0);
  });
}

function byIdLoader<R extends RecordRow>(
  db: DbOrTx,
  table: RecordTable,
  visibility: SQL | undefined,
) {
  return new DataLoader<number, R | null>(async ids => {
    const rows = await findVisibleByIds<R>(db, table, ids, visibility);
    const byId = new Map(rows.map(row => [row.id, row]));
    return ids.map(id => byId.get(id) ?? null);
  });
}

/** Licensing records stay public while the licence is valid (DESIGN §3.3). */
export function licensingPublicWhile(today: CalendarDate): SQL {
  return gte(licensingRecords.validTo, today);
}

/**
 * Penalties stay public until the maximum of their publicity period (DESIGN §3.3): the view
 * ends by itself, no job has to run.
 */
export function penaltyPublicWhile(today: CalendarDate): SQL {
  return gte(penaltyRecords.publicityMaxEnd, today);
}

/**
 * SQL: a catalog record still public by its kind's own rule: a record of a list kept as catalog
 * records (经营异常名录) leaves the public view on its 移出日期 (the kind's `removal`).
 */
function catalogPublicWhile(today: CalendarDate): SQL | undefined {
  const ending = recordKinds().filter(kind => kind.storage === 'CATALOG' && kind.removal);
  return and(
    ...ending.map(
      kind =>
        sql`not (${catalogRecords.catalogItemCode} = ${kind.code}
          and coalesce(${catalogRecords.data}->>${kind.removal!.dateField}, '') <> ''
          and ${catalogRecords.data}->>${kind.removal!.dateField} <= ${today})`,
    ),
  );
}

/**
 * SQL: a penalty still in publicity (DESIGN §3.3): neither revoked nor repaired, and its
 * maximum publicity end not passed, by the same condition that ends its public view. Credit
 * checks find these (runCreditCheck), whatever the penalty's scope or publication.
 */
export function penaltyInPublicity(today: CalendarDate): SQL {
  return recordInPublicity(penaltyRecords, penaltyPublicWhile(today));
}

/**
 * The record loaders of one request. Visibility is fixed per request by the viewer, so the
 * loaders are never shared between requests.
 */
export function createRecordLoaders(db: DbOrTx, viewer: Viewer, today: CalendarDate) {
  const licensingVisibility = recordVisibility(
    viewer,
    licensingRecords,
    licensingPublicWhile(today),
    today,
  );
  const penaltyVisibility = recordVisibility(
    viewer,
    penaltyRecords,
    penaltyPublicWhile(today),
    today,
  );
  const catalogVisibility = recordVisibility(
    viewer,
    catalogRecords,
    catalogPublicWhile(today),
    today,
  );
  const licensingCounts = countLoader(db, licensingRecords, licensingVisibility);
  const penaltyCounts = countLoader(db, penaltyRecords, penaltyVisibility);
  const catalogCounts = countLoader(db, catalogRecords, catalogVisibility);
  return {
    licensingPageBySubject: pageLoader<LicensingRow>(
      db,
      licensingRecords,
      licensingVisibility,
      licensingCounts,
    ),
    licensingCountBySubject: licensingCounts,
    licensingById: byIdLoader<LicensingRow>(db, licensingRecords, licensingVisibility),
    penaltyById: byIdLoader<PenaltyRow>(db, penaltyRecords, penaltyVisibility),
    penaltyPageBySubject: pageLoader<PenaltyRow>(
      db,
      penaltyRecords,
      penaltyVisibility,
      penaltyCounts,
    ),
    penaltyCountBySubject: penaltyCounts,
    catalogRecordPageBySubject: pageLoader<CatalogRecordRow>(
      db,
      catalogRecords,
      catalogVisibility,
      catalogCounts,
    ),
    catalogRecordCountBySubject: catalogCounts,
  };
}

export type RecordLoaders = ReturnType<typeof createRecordLoaders>;
