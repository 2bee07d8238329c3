import { type Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** Where cached public profiles are kept: this process's memory, or Redis shared by instances. */
export interface ProfileStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * At most `megabytes` of responses and 100,000 of them, least recently used first out, each for
 * `ttlMs` at most. An entry counts its key and value (UTF-16) and the cache's own bookkeeping,
 * so that many small answers cannot hold more than the budget says.
 */
export function memoryProfileStore(megabytes: number, ttlMs: number): ProfileStore {
  const cache = new LRUCache<string, string>({
    max: 100_000,
    maxSize: megabytes * 1024 * 1024,
    sizeCalculation: (value, key) => 2 * (value.length + key.length) + 200,
    ttl: ttlMs,
  });
  return {
    get: async key => cache.get(key),
    set: async (key, value) => {
      cache.set(key, value);
    },
    close: async () => cache.clear(),
  };
}

/**
 * Responses in Redis, shared by every instance, each for `ttlMs` at most. A Redis that does not
 * answer makes a miss (the profile is computed), never an error.
 */
export function redisProfileStore(redis: Redis, ttlMs: number): ProfileStore {
  return {
    get: async key => (await redis.get(`profile:${key}`).catch(() => null)) ?? undefined,
    set: async (key, value) => {
      await redis.set(`profile:${key}`, value, 'PX', ttlMs).catch(() => undefined);
    },
    close: async () => undefined,
  };
}
