import { sql } from 'drizzle-orm';

import { executeRows } from '../../db/execute.js';
import type { Db } from '../../db/types.js';
import type { Logger } from '../../shared/logger.js';
import { changeOutbox } from '../change-outbox/index.js';
import { monitoredSubjects } from './monitoring.table.js';

/** A follower waiting for its feed to grow: its institution and what it has looked at. */
interface Waiter {
  institutionCode: string;
  /**
   * A transaction id below which the follower has read everything: the xmin of the last look
   * that ended before the follower's last page began (xmin only grows).
   */
  since: string;
  wake: () => void;
}

/**
 * One look at the outbox for every follower of a process's change streams (`GET /changes?follow=1`):
 * every `intervalMs` while someone waits, one statement reads the snapshot's xmin and which of
 * the waiting institutions have a change committed since their follower last read, and wakes
 * those followers only. An idle follower costs nothing; a busy one reads its page as soon as
 * the look sees its change, instead of each follower asking in turn on a timer of its own.
 *
 * Nothing is missed: a follower registers with the xmin of a look that ended before its page
 * was read (`position()`), so the window it is checked over starts at or below what that page
 * saw; a failed look wakes everyone. Followers also wake after `maxWaitMs` whatever the looks
 * say, as a safeguard.
 */
export class FeedWaker {
  private readonly waiters = new Set<Waiter>();
  private xmin = '0';
  private timer: NodeJS.Timeout | undefined;
  private looking = false;

  constructor(
    private readonly db: Db,
    private readonly intervalMs: number,
    private readonly logger?: Logger,
  ) {}

  /** What a follower passes to `wait` after its next page: take it just before reading the page. */
  position(): string {
    return this.xmin;
  }

  /**
   * Resolves when the institution's feed may have grown past `since` (a `position()` taken
   * before the last page), after `maxWaitMs` at the latest, or when `gone` resolves.
   */
  wait(
    institutionCode: string,
    since: string,
    maxWaitMs: number,
    gone: Promise<void>,
  ): Promise<void> {
    return new Promise<void>(resolve => {
      let done = false;
      const waiter: Waiter = {
        institutionCode,
        since,
        wake: () => {
          if (!done) {
            done = true;
            clearTimeout(safeguard);
            this.waiters.delete(waiter);
            resolve();
          }
        },
      };
      const safeguard = setTimeout(waiter.wake, maxWaitMs);
      safeguard.unref();
      void gone.then(waiter.wake);
      this.waiters.add(waiter);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.timer === undefined && this.waiters.size > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.look().finally(() => this.schedule());
      }, this.intervalMs);
      this.timer.unref();
    }
  }

  /** One look for all the waiting followers. */
  private async look(): Promise<void> {
    if (this.looking || this.waiters.size === 0) {
      return;
    }
    this.looking = true;
    const waiting = [...this.waiters];
    // Per institution, the oldest window any of its followers needs looked at. A follower that
    // came before the first look has no window yet: it reads its page once the look has set one.
    const since = new Map<string, bigint>();
    for (const waiter of waiting) {
      if (waiter.since === '0') {
        continue;
      }
      const s = BigInt(waiter.since);
      const known = since.get(waiter.institutionCode);
      since.set(waiter.institutionCode, known === undefined || s < known ? s : known);
    }
    try {
      const rows = await executeRows<{ xmin: string; code: string | null }>(
        this.db,
        sql`with look as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin)
            select look.xmin::text as xmin, w.code
              from look
              left join unnest(${sql.param([...since.keys()])}::text[],
                               ${sql.param([...since.values()].map(String))}::text[])
                     as w(code, since)
                on exists (
                     select 1
                       from ${changeOutbox} c
                       join ${monitoredSubjects} m
                         on m.institution_code = w.code and m.subject_code = c.subject_code
                      where c.txid >= w.since::xid8 and c.txid < look.xmin
                        and c.txid > m.since_txid)`,
      );
      const looked = rows[0]?.xmin ?? this.xmin;
      const xmin = BigInt(looked) > BigInt(this.xmin) ? looked : this.xmin;
      const grown = new Set(rows.flatMap(row => (row.code === null ? [] : [row.code])));
      for (const waiter of waiting) {
        if (waiter.since === '0' || grown.has(waiter.institutionCode)) {
          waiter.wake();
        } else {
          // Looked at up to this xmin: the next look starts there.
          waiter.since = xmin;
        }
      }
      this.xmin = xmin;
    } catch (error) {
      this.logger?.warn('the change feed look failed; every follower reads its page', {
        error: error instanceof Error ? error.message : String(error),
      });
      for (const waiter of waiting) {
        waiter.wake();
      }
    } finally {
      this.looking = false;
    }
  }
}
