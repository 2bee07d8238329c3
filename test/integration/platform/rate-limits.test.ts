import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type HttpDeps, createHttpApp } from '../../../src/http/app.js';
import { ensureBootstrapAdminKey } from '../../../src/modules/api-keys/index.js';
import { statementCounter } from '../../support/db.js';
import { useIntegration } from '../../support/integration.js';

const redisUrl = process.env['TEST_REDIS_URL'] || undefined;
const env = useIntegration();

interface Instance {
  post(headers?: Record<string, string>): Promise<number>;
  close(): Promise<void>;
}

async function instance(deps: Partial<HttpDeps>): Promise<Instance> {
  const app = createHttpApp({
    apollo: env.server.apollo,
    db: env.database.db,
    clock: env.server.clock,
    ...deps,
  });
  const server = await new Promise<Server>(resolve => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    async post(headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ me { role } }' }),
      });
      await response.arrayBuffer();
      return response.status;
    },
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}

const junkKey = () => ({ authorization: `Bearer cpk_${randomBytes(24).toString('base64url')}` });

/** Statuses of `count` requests sent one after another, counted by status. */
async function tally(count: number, send: (i: number) => Promise<number>) {
  const statuses: Record<number, number> = {};
  for (let i = 0; i < count; i += 1) {
    const status = await send(i);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return statuses;
}

/** How many statements read the API keys while `run` runs. */
async function keyLookups(run: () => Promise<unknown>): Promise<number> {
  statementCounter.start();
  try {
    await run();
  } finally {
    statementCounter.stop();
  }
  return statementCounter.statements.filter(statement => /"api_keys"/.test(statement)).length;
}

const ADMIN_SECRET = 'limits-test-admin-secret-0123456789';

describe('rate-limit buckets', () => {
  beforeEach(async () => {
    await ensureBootstrapAdminKey(env.database.db, env.server.clock, ADMIN_SECRET);
  });

  it('limits 200 random bearer keys from one address like one anonymous client, with few lookups', async () => {
    const limits = { perKeyPerMinute: 1000, perIpPerMinute: 10 };
    const anonymous = await instance({ rateLimits: limits });
    const junk = await instance({ rateLimits: limits });
    try {
      const anonymousStatuses = await tally(200, () => anonymous.post());
      expect(anonymousStatuses).toEqual({ 200: 10, 429: 190 });
      let junkStatuses: Record<number, number> = {};
      const lookups = await keyLookups(async () => {
        junkStatuses = await tally(200, () => junk.post(junkKey()));
      });
      // As many admitted as the anonymous client, each refused as UNAUTHENTICATED; the rest 429.
      expect(junkStatuses).toEqual({ 401: 10, 429: 190 });
      // A key nobody knows is looked up only while its address is under its limit.
      expect(lookups).toBeLessThanOrEqual(10);
      // And the address is spent for anonymous requests too: junk keys bought no fresh bucket.
      expect(await junk.post()).toBe(429);
    } finally {
      await anonymous.close();
      await junk.close();
    }
  });

  it('looks an invalid key up once, then answers from memory', async () => {
    const app = await instance({ rateLimits: { perKeyPerMinute: 1000, perIpPerMinute: 1000 } });
    try {
      const key = junkKey();
      const lookups = await keyLookups(() => tally(20, () => app.post(key)));
      expect(lookups).toBe(1);
      expect(await app.post(key)).toBe(401);
      // A malformed header is refused without a lookup at all.
      expect(await keyLookups(() => app.post({ authorization: 'Basic abc' }))).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('gives a verified key its own bucket, by its id whatever the header spelling', async () => {
    const app = await instance({ rateLimits: { perKeyPerMinute: 5, perIpPerMinute: 3 } });
    try {
      expect(await tally(4, () => app.post())).toEqual({ 200: 3, 429: 1 });
      const spellings = [
        `Bearer ${ADMIN_SECRET}`,
        `bearer   ${ADMIN_SECRET}`,
        `Bearer ${ADMIN_SECRET} `,
      ];
      const keyed = await tally(7, i => app.post({ authorization: spellings[i % 3]! }));
      expect(keyed).toEqual({ 200: 5, 429: 2 });
    } finally {
      await app.close();
    }
  });

  it('believes X-Forwarded-For only with TRUST_PROXY', async () => {
    const limits = { perKeyPerMinute: 1000, perIpPerMinute: 2 };
    const behindProxy = await instance({ rateLimits: limits, trustProxy: 'loopback' });
    const direct = await instance({ rateLimits: limits });
    const from = (client: string) => ({ 'x-forwarded-for': client });
    try {
      expect(await tally(3, () => behindProxy.post(from('203.0.113.1')))).toEqual({
        200: 2,
        429: 1,
      });
      expect(await tally(2, () => behindProxy.post(from('203.0.113.2')))).toEqual({ 200: 2 });

      expect(await tally(3, () => direct.post(from('203.0.113.1')))).toEqual({ 200: 2, 429: 1 });
      // Without a trusted proxy the header is the client's word: the same bucket.
      expect(await direct.post(from('203.0.113.2'))).toBe(429);
    } finally {
      await behindProxy.close();
      await direct.close();
    }
  });
});

/** With Redis the buckets are shared: junk keys on two instances still count as one address. */
describe.runIf(redisUrl !== undefined)('rate-limit buckets in Redis', () => {
  let redis: Redis;
  const clear = async () => {
    const keys = await redis.keys('rate:*');
    if (keys.length > 0) {
      await redis.del(...keys);
    }
  };
  beforeAll(async () => {
    redis = new Redis(redisUrl!, { maxRetriesPerRequest: 1 });
    await clear();
  });
  afterAll(async () => {
    await clear();
    redis.disconnect();
  });

  it('counts random keys from one address against that address, across instances', async () => {
    const limits = { perKeyPerMinute: 1000, perIpPerMinute: 6 };
    const a = await instance({ rateLimits: limits, redis });
    const b = await instance({ rateLimits: limits, redis });
    try {
      const statuses = await tally(40, i => (i % 2 === 0 ? a : b).post(junkKey()));
      expect(statuses).toEqual({ 401: 6, 429: 34 });
      expect(await a.post()).toBe(429);
      expect(await redis.keys('rate:key:*')).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
