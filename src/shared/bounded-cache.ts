import { LRUCache } from 'lru-cache';

/** What a bounded cache holds now, for /healthz, the tests and the soak. */
export interface CacheStats {
  entries: number;
  bytes: number;
  maxEntries: number;
  maxBytes: number;
}

/**
 * A key-value cache in Apollo's `KeyValueCache` shape (get, set, delete), bounded by entries and
 * by bytes, least recently used out first. `bytesOf` estimates what an entry keeps alive; an
 * entry larger than the whole budget is not kept at all.
 */
export interface BoundedCache<V> {
  get(key: string): Promise<V | undefined>;
  set(key: string, value: V): Promise<void>;
  delete(key: string): Promise<boolean>;
  stats(): CacheStats;
}

export function boundedCache<V extends NonNullable<unknown>>(options: {
  maxEntries: number;
  maxBytes: number;
  bytesOf: (value: V, key: string) => number;
}): BoundedCache<V> {
  const cache = new LRUCache<string, V>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    maxEntrySize: options.maxBytes,
    sizeCalculation: (value, key) => Math.max(1, Math.ceil(options.bytesOf(value, key))),
  });
  return {
    get: async key => cache.get(key),
    set: async (key, value) => {
      cache.set(key, value);
    },
    delete: async key => cache.delete(key),
    stats: () => ({
      entries: cache.size,
      bytes: cache.calculatedSize,
      maxEntries: options.maxEntries,
      maxBytes: options.maxBytes,
    }),
  };
}
