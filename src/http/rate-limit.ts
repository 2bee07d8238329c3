import type { Request, RequestHandler, Response } from 'express';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import type { Authenticator, Identity } from '../auth/authenticate.js';
import { say } from '../shared/messages.js';
import { requestLanguage } from './language.js';

export interface RateLimits {
  perKeyPerMinute: number;
  perIpPerMinute: number;
}

const identities = new WeakMap<Request, Identity>();

/** The identity `identifyAndLimit` found for the request. */
export function identityOf(req: Request): Identity | undefined {
  return identities.get(req);
}

function errorBody(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

function tooMany(req: Request, res: Response, msBeforeNext: number): void {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  res.setHeader('Retry-After', String(seconds));
  res
    .status(429)
    .json(
      errorBody(
        'RATE_LIMITED',
        say('RATE_LIMITED', { retryAfterSeconds: seconds })[requestLanguage(req)],
        { retryAfterSeconds: seconds },
      ),
    );
}

interface Bucket {
  limiter: RateLimiterAbstract;
  points: number;
}

/**
 * Identifies the caller (auth/authenticate.ts) and counts the request against its bucket:
 * a verified key's bucket is its id; the public and every invalid or malformed key count
 * against the client's address (`req.ip`, which believes X-Forwarded-For only as far as the
 * app's `trust proxy` setting says). So junk keys are limited like the anonymous client they
 * are. A key this process has not seen before is looked up only while its address has sent
 * fewer invalid keys than its limit this minute, so a flood of random keys costs at most the
 * address's limit in lookups, while a valid key first seen from a busy address (a bank behind
 * a shared gateway) is still looked up; a key found invalid is remembered and costs none again. Beyond the limit: HTTP 429,
 * `RATE_LIMITED`, and Retry-After. With Redis the counts are shared by every instance; should
 * Redis fail, each instance counts in memory meanwhile. Without limits, it only identifies.
 */
export function identifyAndLimit(
  authenticator: Authenticator,
  limits: RateLimits | undefined,
  redis: Redis | undefined,
): RequestHandler {
  const bucket = (prefix: string, points: number): Bucket => {
    const memory = new RateLimiterMemory({ keyPrefix: prefix, points, duration: 60 });
    return {
      points,
      limiter:
        redis === undefined
          ? memory
          : new RateLimiterRedis({
              storeClient: redis,
              keyPrefix: `rate:${prefix}`,
              points,
              duration: 60,
              insuranceLimiter: memory,
            }),
    };
  };
  const perKey = limits === undefined ? undefined : bucket('key', limits.perKeyPerMinute);
  const perIp = limits === undefined ? undefined : bucket('ip', limits.perIpPerMinute);
  // Invalid keys per address: while full, a key not seen before is not looked up.
  const invalidPerIp = limits === undefined ? undefined : bucket('invalid', limits.perIpPerMinute);
  /** The time until the bucket has room again, when it has none now. */
  const full = async ({ limiter, points }: Bucket, key: string): Promise<number | null> => {
    const state = await limiter.get(key).catch(() => null);
    return state !== null && state.consumedPoints >= points ? state.msBeforeNext : null;
  };
  return (req, res, next) => {
    const header = req.headers.authorization;
    const ip = req.ip ?? 'unknown';
    const handle = async () => {
      if (perKey !== undefined && invalidPerIp !== undefined) {
        const seen = authenticator.peek(header);
        const wait =
          seen.kind === 'unknown'
            ? await full(invalidPerIp, ip)
            : seen.kind === 'key'
              ? await full(perKey, seen.keyId)
              : null;
        if (wait !== null) {
          tooMany(req, res, wait);
          return;
        }
      }
      const identity = await authenticator.identify(header);
      identities.set(req, identity);
      if (perKey === undefined || perIp === undefined || invalidPerIp === undefined) {
        next();
        return;
      }
      if (identity.kind === 'invalid') {
        await invalidPerIp.limiter.consume(ip).catch(() => undefined);
      }
      const [counted, key] =
        identity.kind === 'key' ? [perKey, identity.viewer.keyId] : [perIp, ip];
      try {
        await counted.limiter.consume(key);
      } catch (rejection) {
        tooMany(req, res, rejection instanceof RateLimiterRes ? rejection.msBeforeNext : 60_000);
        return;
      }
      next();
    };
    handle().catch(next);
  };
}
