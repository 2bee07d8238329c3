import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';

import type { DbOrTx } from '../../db/types.js';
import { feedbackOf } from './credit-check.service.js';
import { type CheckFeedbackRow, type MeasureRow, measures } from './check.table.js';

/**
 * The check loaders of one request: one statement for the feedback of every check the request
 * shows, and one for every measure those checks name. A check keeps the measures that applied
 * when it ran, so a measure is found by id whether or not it is still active.
 */
export function createCheckLoaders(db: DbOrTx) {
  return {
    feedbackByCheck: new DataLoader<string, CheckFeedbackRow[]>(async checkIds => {
      const byCheck = new Map<string, CheckFeedbackRow[]>();
      for (const row of await feedbackOf(db, checkIds)) {
        const list = byCheck.get(row.checkId) ?? [];
        list.push(row);
        byCheck.set(row.checkId, list);
      }
      return checkIds.map(id => byCheck.get(id) ?? []);
    }),
    measureById: new DataLoader<string, MeasureRow | null>(async ids => {
      const rows = await db
        .select()
        .from(measures)
        .where(inArray(measures.id, [...ids]));
      const byId = new Map(rows.map(row => [row.id, row]));
      return ids.map(id => byId.get(id) ?? null);
    }),
  };
}

export type CheckLoaders = ReturnType<typeof createCheckLoaders>;
