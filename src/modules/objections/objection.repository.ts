import { type SQL, and, count, desc, eq, lt, or } from 'drizzle-orm';

import type { DbOrTx } from '../../db/types.js';
import {
  type ObjectionRow,
  type RepairRow,
  objections,
  repairApplications,
} from './objection.table.js';

type Queue = typeof objections | typeof repairApplications;

/**
 * One page of a queue (objections or repair applications), newest filing first, keyed by
 * (filedAt, id), with its total as a promise so it is counted only when asked for.
 */
export async function pageQueue<R extends ObjectionRow | RepairRow>(
  db: DbOrTx,
  queue: Queue,
  where: SQL | undefined,
  limit: number,
  after: { filedAt: Date; id: string } | null,
): Promise<{ rows: R[]; total: Promise<number> }> {
  const t = queue as typeof objections;
  const rows = (await db
    .select()
    .from(t)
    .where(
      and(
        where,
        after === null
          ? undefined
          : or(lt(t.filedAt, after.filedAt), and(eq(t.filedAt, after.filedAt), lt(t.id, after.id))),
      ),
    )
    .orderBy(desc(t.filedAt), desc(t.id))
    .limit(limit)) as unknown as R[];
  const total = db
    .select({ n: count() })
    .from(t)
    .where(where)
    .then(([row]) => Number(row?.n ?? 0));
  return { rows, total };
}
