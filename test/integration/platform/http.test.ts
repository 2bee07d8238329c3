import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/client.js';
import { ensureBootstrapAdminKey } from '../../../src/modules/api-keys/index.js';
import { openTestDatabase, truncateDomainTables } from '../../support/db.js';
import { buildLicensingInput } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { AMR } from '../../support/viewers.js';
import { testClock } from '../../support/clock.js';

const BOOTSTRAP = 'bootstrap-secret-for-tests-0123456789';

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
beforeEach(async () => {
  await truncateDomainTables(database);
  await ensureBootstrapAdminKey(database.db, testClock, BOOTSTRAP);
});

const ME = '{ me { role organizationName organizationCode } }';
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { id secret role } }`;
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('HTTP and API keys', () => {
  it('answers /healthz once it serves', async () => {
    const response = await fetch(`${http.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('treats a request without a key as the public', async () => {
    const { status, json } = await http.post({ query: ME });
    expect(status).toBe(200);
    expect(json.data.me).toEqual({
      role: 'PUBLIC',
      organizationName: null,
      organizationCode: null,
    });
  });

  it('refuses a wrong key with UNAUTHENTICATED and 401, never as the public', async () => {
    for (const headers of [bearer('cpk_wrong'), { authorization: 'Basic abc' }]) {
      const { status, json } = await http.post({ query: ME }, headers);
      expect(status).toBe(401);
      expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(json.data).toBeUndefined();
    }
  });

  it('lets the bootstrap admin create a provider key that works at once and stops working when revoked', async () => {
    const created = await http.post(
      {
        query: CREATE_KEY,
        variables: {
          input: { role: 'PROVIDER', organizationName: AMR.name, organizationCode: AMR.code },
        },
      },
      bearer(BOOTSTRAP),
    );
    expect(created.json.errors).toBeUndefined();
    const key = created.json.data.createApiKey;
    expect(key.secret).toMatch(/^cpk_[A-Za-z0-9_-]{43}$/);
    const stored = await database.query<{ secret_hash: string }>(
      'select secret_hash from api_keys where id = $1',
      [key.id],
    );
    expect(stored[0]!.secret_hash).not.toContain(key.secret);

    const me = await http.post({ query: ME }, bearer(key.secret));
    expect(me.json.data.me).toEqual({
      role: 'PROVIDER',
      organizationName: AMR.name,
      organizationCode: AMR.code,
    });

    const submit = await http.post(
      {
        query:
          'mutation($r: [LicensingRecordInput!]!) { submitLicensingRecords(records: $r) { accepted } }',
        variables: { r: [buildLicensingInput()] },
      },
      bearer(key.secret),
    );
    expect(submit.json.data.submitLicensingRecords.accepted).toBe(1);

    const forbidden = await http.post(
      {
        query: CREATE_KEY,
        variables: { input: { role: 'ADMIN', organizationName: 'x', organizationCode: AMR.code } },
      },
      bearer(key.secret),
    );
    expect(forbidden.json.errors[0].extensions.code).toBe('FORBIDDEN');

    const revoked = await http.post(
      {
        query: 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
        variables: { id: key.id },
      },
      bearer(BOOTSTRAP),
    );
    expect(revoked.json.data.revokeApiKey.revokedAt).not.toBeNull();
    const after = await http.post({ query: ME }, bearer(key.secret));
    expect(after.status).toBe(401);
    expect(after.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const audit = await database.query<{ action: string }>(
      'select action from audit_events order by id',
    );
    expect(audit.map(a => a.action)).toEqual([
      'api_key.bootstrap',
      'api_key.create',
      'records.submit',
      'api_key.revoke',
    ]);
  });

  it('rejects an invalid organisation code in createApiKey with BAD_USER_INPUT', async () => {
    const { json } = await http.post(
      {
        query: CREATE_KEY,
        variables: {
          input: {
            role: 'PROVIDER',
            organizationName: 'x',
            organizationCode: '91110000MA001ABCX5',
          },
        },
      },
      bearer(BOOTSTRAP),
    );
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers malformed JSON and an unknown field with client errors, not 500', async () => {
    const malformed = await http.post('{"query": ', {});
    expect(malformed.status).toBe(400);
    const unknown = await http.post({ query: '{ nope }' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('masks an unexpected database failure as INTERNAL_SERVER_ERROR without SQL or stack', async () => {
    await database.query('ALTER TABLE catalog_items RENAME TO catalog_items_moved');
    try {
      const { json } = await http.post({ query: '{ catalog { code } }' });
      expect(json.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(json.errors[0].message).toBe('服务器内部错误，请稍后再试。');
      expect(JSON.stringify(json)).not.toMatch(/select|catalog_items|stack/i);
    } finally {
      await database.query('ALTER TABLE catalog_items_moved RENAME TO catalog_items');
    }
  });
});
