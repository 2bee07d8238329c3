import { sql } from 'drizzle-orm';

import type { Db } from '../../db/types.js';
import { executeRows } from '../../db/execute.js';
import type { Clock } from '../../shared/dates.js';
import { ChangeKind, changeOutbox, changeSweeps } from '../change-outbox/index.js';

const SWEEP = 'publicity';

/**
 * Writes a PUBLICITY_ENDED change for every public record whose publicity ended by date since
 * the last sweep, and returns how many. A record's publicity ends by itself at read time (the
 * visibility rules compare dates with today), so no statement marks it: this sweep, run on the
 * injected clock, is what puts the end in the feed. A penalty is public while its maximum end
 * is today or later, a licence while its validTo is, a list entry while its validUntil is; so
 * on day T the ends are those dated in [the last sweep's day, T). The day swept through is kept
 * (change_sweeps) and locked for the sweep's transaction: running it again the same day, or
 * twice at once, writes nothing more. The first sweep of a database starts the feed's clock
 * and writes nothing: publicity that ended before the feed existed is no news.
 */
export async function sweepPublicityEnded(db: Db, clock: Clock): Promise<number> {
  const today = clock.today();
  const now = clock.now();
  const stamp = now.toISOString();
  return db.transaction(async tx => {
    await tx
      .insert(changeSweeps)
      .values({ name: SWEEP, sweptThrough: today, sweptAt: now })
      .onConflictDoNothing();
    const [state] = await executeRows<{ through: string; at: Date | string }>(
      tx,
      sql`select swept_through as through, swept_at as at from ${changeSweeps}
          where name = ${SWEEP} for update`,
    );
    const last = state!.through;
    if (last >= today) {
      return 0;
    }
    const ended = await executeRows<{ n: number | string }>(
      tx,
      sql`with ended as (
            insert into ${changeOutbox} (subject_code, kind, record_id, occurred_at)
            select subject_code, ${ChangeKind.PUBLICITY_ENDED}, 'penalty:' || id, ${stamp}::timestamptz
              from penalty_records
             where publicity_max_end >= ${last}::date and publicity_max_end < ${today}::date
               and published_at is not null and revoked_at is null and repaired_at is null
               and subject_code is not null
            union all
            select subject_code, ${ChangeKind.PUBLICITY_ENDED}, 'licensing:' || id, ${stamp}::timestamptz
              from licensing_records
             where valid_to >= ${last}::date and valid_to < ${today}::date
               and published_at is not null and revoked_at is null and repaired_at is null
               and subject_code is not null
            union all
            select subject_code, ${ChangeKind.PUBLICITY_ENDED}, 'list:' || id, ${stamp}::timestamptz
              from list_entries
             where valid_until >= ${last}::date and valid_until < ${today}::date
               and published_at is not null and removed_at is null and repaired_at is null
            returning 1
          )
          select count(*) as n from ended`,
    );
    await tx
      .update(changeSweeps)
      .set({ sweptThrough: today, sweptAt: now })
      .where(sql`${changeSweeps.name} = ${SWEEP}`);
    return Number(ended[0]?.n ?? 0);
  });
}
