import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import { type CalendarDate, addDays } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { say } from '../../shared/messages.js';

/** How many status look-ups one client address and one contact may make a calendar day. */
export interface ObjectionStatusLimits {
  perIpPerDay: number;
  perContactPerDay: number;
}

/** The documented defaults (OBJECTION_STATUS_LIMIT_PER_IP, OBJECTION_STATUS_LIMIT_PER_CONTACT). */
export const DEFAULT_OBJECTION_STATUS_LIMITS: ObjectionStatusLimits = Object.freeze({
  perIpPerDay: 30,
  perContactPerDay: 10,
});

/** Look-ups are counted for two days at most: the key names the day, the clock's. */
const TWO_DAYS_S = 2 * 24 * 60 * 60;

class ObjectionStatusLimitError extends AppError {
  constructor(by: 'CONTACT' | 'IP', max: number, resetsOn: CalendarDate) {
    super(
      say('OBJECTION_LIMIT_REACHED', {
        limit: by === 'CONTACT' ? 'PER_CONTACT' : 'PER_IP',
        max,
        resetsOn,
        lookUp: true,
      }),
      {
        code: 'OBJECTION_LIMIT_REACHED',
        field: by === 'CONTACT' ? 'contact' : 'trackingNumber',
        limit: by === 'CONTACT' ? 'PER_CONTACT' : 'PER_IP',
        max,
        resetsOn,
      },
    );
  }
}

/**
 * Counts `objectionStatus` look-ups per client address and per contact and calendar day (China
 * Standard Time, on the injected clock), like the filing limits, so that nobody can try numbers
 * or contacts in bulk: the tracking number's 50 random bits and the contact must both match,
 * and a caller gets a few dozen tries a day. Every look-up counts, found or not, so an answer
 * tells nothing about what exists. Counts live in memory, or in Redis when the instances share
 * one (in memory meanwhile should it fail).
 */
export class ObjectionStatusLimiter {
  private readonly perIp: RateLimiterAbstract;
  private readonly perContact: RateLimiterAbstract;

  constructor(
    readonly limits: ObjectionStatusLimits,
    redis?: Redis,
  ) {
    const limiter = (prefix: string, points: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix: prefix, points, duration: TWO_DAYS_S });
      return redis === undefined
        ? memory
        : new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `rate:${prefix}`,
            points,
            duration: TWO_DAYS_S,
            insuranceLimiter: memory,
          });
    };
    this.perIp = limiter('objection-status-ip', limits.perIpPerDay);
    this.perContact = limiter('objection-status-contact', limits.perContactPerDay);
  }

  /** Counts one look-up on `today`; OBJECTION_LIMIT_REACHED (naming the limit) beyond the day's allowance. */
  async consume(clientIp: string | null, contact: string, today: CalendarDate): Promise<void> {
    const resetsOn = addDays(today, 1);
    if (clientIp !== null) {
      await this.perIp.consume(`${today}:${clientIp}`).catch((rejection: unknown) => {
        throw rejection instanceof Error
          ? rejection
          : new ObjectionStatusLimitError('IP', this.limits.perIpPerDay, resetsOn);
      });
    }
    await this.perContact.consume(`${today}:${contact}`).catch((rejection: unknown) => {
      throw rejection instanceof Error
        ? rejection
        : new ObjectionStatusLimitError('CONTACT', this.limits.perContactPerDay, resetsOn);
    });
  }
}
