import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpApp } from '../../../src/http/app.js';
import { redisProfileStore } from '../../../src/modules/profile-cache/index.js';
import { SubmitPenaltyDocument } from '../../__generated__/graphql.js';
import { buildPenaltyInput, SUBJECT_CODE } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { createTestServer } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const redisUrl = process.env['TEST_REDIS_URL'] || undefined;

async function listen(app: ReturnType<typeof createHttpApp>) {
  const server = await new Promise<Server>(resolve => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}

const PROFILE = `query { subject(code: "${SUBJECT_CODE}") { code penaltyRecords(first: 1) { totalCount } } }`;

async function post(url: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, json: (await response.json()) as any };
}

/**
 * Two instances behind one load balancer share the machine's Redis (TEST_REDIS_URL, set by CI):
 * their rate limits count together, and a profile one of them computed is served by the other.
 */
describe.runIf(redisUrl !== undefined)('shared state in Redis', () => {
  const env = useIntegration();
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(redisUrl!, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    redis.disconnect();
  });

  it('counts rate limits across instances', async () => {
    const keys = await redis.keys('rate:ip:*');
    if (keys.length > 0) {
      await redis.del(...keys);
    }
    const instance = () =>
      listen(
        createHttpApp({
          apollo: env.server.apollo,
          db: env.database.db,
          clock: env.server.clock,
          rateLimits: { perKeyPerMinute: 100, perIpPerMinute: 5 },
          redis,
        }),
      );
    const a = await instance();
    const b = await instance();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        statuses.push((await post(i % 2 === 0 ? a.url : b.url, '{ me { role } }')).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    } finally {
      await a.close();
      await b.close();
      const left = await redis.keys('rate:ip:*');
      if (left.length > 0) {
        await redis.del(...left);
      }
    }
  });

  it('shares cached profiles between instances, and still shows every write at once', async () => {
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.admin },
    );
    const store = redisProfileStore(redis, 60_000);
    const servers = [
      await createTestServer(env.database, undefined, { profileStore: store }),
      await createTestServer(env.database, undefined, { profileStore: store }),
    ];
    const apps = await Promise.all(
      servers.map(s =>
        listen(createHttpApp({ apollo: s.apollo, db: env.database.db, clock: s.clock })),
      ),
    );
    try {
      const before = await redis.dbsize();
      expect((await post(apps[0]!.url, PROFILE)).json.data.subject.penaltyRecords.totalCount).toBe(
        1,
      );
      expect(await redis.dbsize()).toBe(before + 1);
      expect((await post(apps[1]!.url, PROFILE)).json.data.subject.penaltyRecords.totalCount).toBe(
        1,
      );
      expect(await redis.dbsize()).toBe(before + 1);

      await servers[1]!.execute(
        SubmitPenaltyDocument,
        { records: [buildPenaltyInput()] },
        { as: viewers.admin },
      );
      expect((await post(apps[0]!.url, PROFILE)).json.data.subject.penaltyRecords.totalCount).toBe(
        2,
      );
    } finally {
      await Promise.all(apps.map(a => a.close()));
      await Promise.all(servers.map(s => s.apollo.stop()));
    }
  });
});
