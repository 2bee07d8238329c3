import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../../../src/config.js';

describe('loadConfig', () => {
  it('runs on the embedded database, with no replica and no Redis, by default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      databaseReadUrls: [],
      redisUrl: undefined,
      profileCache: { megabytes: 64, ttlMs: 600_000 },
      siteDir: undefined,
    });
  });

  it('reads replicas as a comma-separated list', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@primary:5432/credit',
      DATABASE_READ_URLS:
        ' postgres://app@replica-1:5432/credit , postgresql://app@replica-2/credit,',
    });
    expect(config.databaseReadUrls).toEqual([
      'postgres://app@replica-1:5432/credit',
      'postgresql://app@replica-2/credit',
    ]);
  });

  it('names the variable when a replica URL is wrong or has no primary', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://p/c', DATABASE_READ_URLS: 'mysql://r/c' }),
    ).toThrow(/DATABASE_READ_URLS: every URL must start with postgres:\/\//);
    expect(() => loadConfig({ DATABASE_READ_URLS: 'postgres://r/c' })).toThrow(
      /DATABASE_READ_URLS: replicas need a primary server in DATABASE_URL/,
    );
    expect(() => loadConfig({ DATABASE_READ_URLS: 'postgres://r/c' })).toThrow(ConfigError);
  });

  it('checks REDIS_URL and the cache settings', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe(
      'redis://127.0.0.1:6379',
    );
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
    expect(loadConfig({ PROFILE_CACHE_MB: '0' }).profileCache.megabytes).toBe(0);
    expect(() => loadConfig({ PROFILE_CACHE_TTL_S: '0' })).toThrow(/PROFILE_CACHE_TTL_S/);
  });

  it('bounds requests and caches, and supervises one worker with a heap limit, by default', () => {
    expect(loadConfig({})).toMatchObject({
      requestLimits: { maxBodyBytes: 4 * 1024 * 1024, maxQueryBytes: 32 * 1024 },
      caches: { documentBytes: 16 * 1024 * 1024, planBytes: 32 * 1024 * 1024 },
      trustProxy: false,
      process: { workers: 1, heapLimitMb: 512 },
    });
    expect(loadConfig({ MAX_QUERY_BYTES: '65536' }).requestLimits.maxQueryBytes).toBe(65536);
    expect(() => loadConfig({ MAX_BODY_BYTES: '10' })).toThrow(/MAX_BODY_BYTES/);
    expect(loadConfig({ WORKERS: '0' }).process.workers).toBe(0);
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS/);
    expect(
      loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://app@db/credit' }).process.workers,
    ).toBe(2);
  });

  it("reads TRUST_PROXY as express's trust-proxy values", () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).trustProxy).toBe(
      'loopback,10.0.0.0/8,fd00::/8',
    );
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the owner role of migrations, which needs the API login of DATABASE_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://credit_api@db:5432/credit',
      DATABASE_OWNER_URL: 'postgres://credit_owner@db:5432/credit',
    });
    expect(config.databaseOwnerUrl).toBe('postgres://credit_owner@db:5432/credit');
    expect(loadConfig({}).databaseOwnerUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_OWNER_URL: 'postgres://credit_owner@db/credit' })).toThrow(
      /DATABASE_OWNER_URL: the owner role needs the API's server in DATABASE_URL/,
    );
    expect(() => loadConfig({ DATABASE_ADMIN_URL: 'mysql://root@db/credit' })).toThrow(
      /DATABASE_ADMIN_URL/,
    );
  });

  it('reads the metrics token and the tracing switch, off by default', () => {
    const defaults = loadConfig({});
    expect(defaults.metricsToken).toBeUndefined();
    expect(defaults.tracing).toEqual({ kind: 'off' });
    expect(loadConfig({ METRICS_TOKEN: 'a-token-of-16-chars' }).metricsToken).toBe(
      'a-token-of-16-chars',
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(
      loadConfig({ TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing,
    ).toEqual({ kind: 'otlp', endpoint: 'http://collector:4318', serviceName: 'credit-platform' });
    expect(() => loadConfig({ TRACING: 'otlp' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => loadConfig({ TRACING: 'jaeger' })).toThrow(/TRACING/);
    expect(() =>
      loadConfig({ TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }),
    ).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});
