import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/client.js';
import { createHttpApp } from '../../../src/http/app.js';
import { ensureBootstrapAdminKey } from '../../../src/modules/api-keys/index.js';
import { openTestDatabase } from '../../support/db.js';
import { SUBJECT_CODE } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { type TestServer, createTestServer } from '../../support/server.js';

let database: Database;
let server: TestServer;
let http: HttpHarness;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await createTestServer(database);
  http = await startHttp(database, server);
});
afterAll(async () => {
  await http.close();
  await server.apollo.stop();
  await database.close();
});

const stillServes = async () => {
  const { status, json } = await http.post({ query: '{ me { role } }' });
  expect(status).toBe(200);
  expect(json.data.me.role).toBe('PUBLIC');
};

describe('request limits', () => {
  it('refuses 1,000 aliases and keeps serving', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { role }`).join(' ')} }`;
    const { status, json } = await http.post({ query });
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT']).toContain(
      json.errors[0].extensions.code,
    );
    await stillServes();
  });

  it('refuses a 30-level nested query', async () => {
    let selection = 'code';
    for (let i = 0; i < 15; i += 1) {
      selection = `penaltyRecords(first: 1) { edges { node { subject { ${selection} } } } }`;
    }
    const { status, json } = await http.post({
      query: `{ subject(code: "${SUBJECT_CODE}") { ${selection} } }`,
    });
    expect(status).toBe(400);
    expect(json.errors[0].message).toMatch(/depth|cost/i);
    await stillServes();
  });

  it('refuses a 1 MB query document and a body over the size limit with stable codes', async () => {
    const huge = await http.post({ query: `{ me { role } } # ${'x'.repeat(1_000_000)}` });
    expect(huge.status).toBe(413);
    expect(huge.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(huge.json.errors[0].extensions.limit).toBe('query');
    const body = await http.post({
      query: '{ me { role } }',
      variables: { padding: 'x'.repeat(5_000_000) },
    });
    expect(body.status).toBe(413);
    expect(body.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.json.errors[0].extensions.limit).toBe('body');
    await stillServes();
  });

  it('answers malformed JSON with BAD_REQUEST as JSON', async () => {
    const { status, json } = await http.post('{"query": ');
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('blocks a simple GET that could be a cross-site request (CSRF prevention)', async () => {
    const response = await fetch(
      `${http.url}/graphql?query=${encodeURIComponent('{ me { role } }')}`,
    );
    expect(response.status).toBe(400);
  });

  it('limits requests per address and per key with 429 RATE_LIMITED and Retry-After', async () => {
    const app = createHttpApp({
      apollo: server.apollo,
      db: database.db,
      clock: server.clock,
      rateLimits: { perKeyPerMinute: 2, perIpPerMinute: 3 },
    });
    const listener = app.listen(0, '127.0.0.1');
    await new Promise(resolve => listener.once('listening', resolve));
    const url = `http://127.0.0.1:${(listener.address() as { port: number }).port}/graphql`;
    const post = (headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ me { role } }' }),
      });
    try {
      const anonymous = await Promise.all([post(), post(), post(), post()]).then(rs =>
        rs.map(r => r.status).sort(),
      );
      expect(anonymous).toEqual([200, 200, 200, 429]);
      const limited = await post();
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(
        ((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
          .extensions.code,
      ).toBe('RATE_LIMITED');
      // An invalid key counts against its address, which is spent: no fresh bucket for it.
      expect((await post({ authorization: 'Bearer cpk_some_key' })).status).toBe(429);
      await ensureBootstrapAdminKey(database.db, server.clock, 'hardening-test-admin-secret-01');
      const keyed = [];
      for (let i = 0; i < 3; i += 1) {
        keyed.push((await post({ authorization: 'Bearer hardening-test-admin-secret-01' })).status);
      }
      expect(keyed).toEqual([200, 200, 429]);
    } finally {
      await new Promise(resolve => listener.close(resolve));
    }
  });
});

describe('production mode', () => {
  it('turns introspection off', async () => {
    const { createApolloServer } = await import('../../../src/server.js');
    const { buildGraphQLSchema } = await import('../../../src/schema.js');
    const { createLogger } = await import('../../../src/shared/logger.js');
    const { createContext } = await import('../../../src/context.js');
    const production = createApolloServer({
      schema: await buildGraphQLSchema(),
      logger: createLogger('silent'),
      production: true,
    });
    await production.start();
    try {
      const response = await production.executeOperation(
        { query: '{ __schema { types { name } } }' },
        {
          contextValue: createContext(
            { db: database.db, clock: server.clock },
            {
              role: 'PUBLIC' as never,
              keyId: null,
              organizationName: null,
              organizationCode: null,
            },
          ),
        },
      );
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(result?.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result?.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await production.stop();
    }
  });
});
