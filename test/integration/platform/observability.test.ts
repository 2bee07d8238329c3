import type { ApolloServerPlugin } from '@apollo/server';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Context } from '../../../src/context.types.js';
import type { Database } from '../../../src/db/client.js';
import { ensureBootstrapAdminKey } from '../../../src/modules/api-keys/index.js';
import { QueryPlanner } from '../../../src/modules/planner/index.js';
import { memoryProfileStore } from '../../../src/modules/profile-cache/index.js';
import { Metrics } from '../../../src/observability/metrics.js';
import { createLogger } from '../../../src/shared/logger.js';
import { testClock } from '../../support/clock.js';
import { openTestDatabase, truncateDomainTables } from '../../support/db.js';
import { SUBJECT_CODE, buildPenaltyInput } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { AMR } from '../../support/viewers.js';

const BOOTSTRAP = 'bootstrap-secret-for-observability-0123';
const METRICS_TOKEN = 'metrics-token-0123456789';
const MOBILE = '13900001111';
const ID_NUMBER = '110101199003071234';

/** Every line the logger wrote, parsed. */
const lines: string[] = [];
const logged = () => lines.map(line => JSON.parse(line) as Record<string, unknown>);

/**
 * A careless plugin of the kind the redaction must survive: it logs every operation's
 * variables and Authorization header with the request's logger, and fails the operation named
 * `Explode` with an ID number and a phone number in the error's message.
 */
const careless: ApolloServerPlugin<Context> = {
  async requestDidStart({ request, contextValue }) {
    contextValue.logger?.info(`variables of ${request.operationName ?? 'an operation'}`, {
      variables: request.variables ?? null,
      authorization: request.http?.headers.get('authorization') ?? null,
      note: `sent with ${request.http?.headers.get('authorization') ?? 'no key'}`,
    });
    return {
      async didResolveOperation({ operationName }) {
        if (operationName === 'Explode') {
          throw new Error(`lookup of ${ID_NUMBER} for ${MOBILE} failed`);
        }
      },
    };
  },
};

let database: Database;
let server: TestServer;
let http: HttpHarness;
let metrics: Metrics;
let providerKey: string;
let penaltyId: string;

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

async function scrape(): Promise<string> {
  const response = await fetch(`${http.url}/metrics`, { headers: bearer(METRICS_TOKEN) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The sum of a series' samples whose labels include all of `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  let seen = false;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null || match[1] !== name) {
      continue;
    }
    const has = Object.entries(labels).every(([key, value]) =>
      (match[2] ?? '').includes(`${key}="${value}"`),
    );
    if (has) {
      seen = true;
      sum += Number(match[3]);
    }
  }
  return seen ? sum : Number.NaN;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await truncateDomainTables(database);
  await ensureBootstrapAdminKey(database.db, testClock, BOOTSTRAP);
  const logger = createLogger('debug', { destination: { write: line => lines.push(line) } });
  const planner = new QueryPlanner({ logger });
  metrics = new Metrics({
    db: database.db,
    clock: testClock,
    ...(database.connections === undefined ? {} : { connections: database.connections }),
    poolMax: 4,
    planner,
    logger,
  });
  server = await createTestServer(database, testClock, {
    logger,
    planner,
    profileStore: memoryProfileStore(8, 60_000),
    plugins: [metrics.apolloPlugin(), careless],
  });
  http = await startHttp(database, server, { logger, metrics, metricsToken: METRICS_TOKEN });
});
afterAll(async () => {
  metrics.close();
  await http.close();
  await server.apollo.stop();
  await database.close();
});

describe('request ids', () => {
  it('keeps a sane X-Request-Id, replaces any other, and echoes it', async () => {
    const mine = await fetch(`${http.url}/healthz`, { headers: { 'x-request-id': 'lb-7f3a.42' } });
    expect(mine.headers.get('x-request-id')).toBe('lb-7f3a.42');
    for (const bad of ['has spaces in it', 'x'.repeat(65), '<script>', '']) {
      const response = await fetch(`${http.url}/healthz`, { headers: { 'x-request-id': bad } });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it("carries the id on the request's log lines, those of GraphQL included", async () => {
    const response = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-1' },
      body: JSON.stringify({ query: 'query Me { me { role } }', operationName: 'Me' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-me-1');
    const mine = logged().filter(line => line['requestId'] === 'trace-me-1');
    const messages = mine.map(line => line['message']);
    expect(messages[0]).toBe('variables of Me');
    expect(messages.at(-1)).toBe('request');
    expect(messages).toContain('operation answered by the resolvers');
    expect(mine.at(-1)).toMatchObject({
      level: 'info',
      method: 'POST',
      route: '/graphql',
      status: 200,
    });
  });
});

describe('the logs never carry a key, an ID number or a contact', () => {
  it('masks them in fields, messages and errors of real requests', async () => {
    lines.length = 0;
    const created = await http.post(
      {
        query:
          'mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        operationName: 'CreateKey',
        variables: {
          input: { role: 'PROVIDER', organizationName: AMR.name, organizationCode: AMR.code },
        },
      },
      bearer(BOOTSTRAP),
    );
    providerKey = created.json.data.createApiKey.secret;
    expect(providerKey).toMatch(/^cpk_/);
    const submitted = await http.post(
      {
        query:
          'mutation SubmitPenalty($records: [PenaltyRecordInput!]!) { submitPenaltyRecords(records: $records) { accepted records { id } } }',
        operationName: 'SubmitPenalty',
        variables: {
          records: [buildPenaltyInput({ legalRepresentativeIdNumber: ID_NUMBER })],
        },
      },
      bearer(providerKey),
    );
    expect(submitted.json.errors).toBeUndefined();
    penaltyId = submitted.json.data.submitPenaltyRecords.records[0].id;
    const filed = await http.post({
      query:
        'mutation FileObjection($input: FileObjectionInput!) { fileObjection(input: $input) { id } }',
      operationName: 'FileObjection',
      variables: {
        input: {
          targetId: penaltyId,
          filerName: '王伟',
          filerContact: MOBILE,
          grounds: `处罚决定已被撤销，联系电话 ${MOBILE}，身份证 ${ID_NUMBER}`,
        },
      },
    });
    expect(filed.json.errors).toBeUndefined();
    const exploded = await http.post(
      { query: 'query Explode { me { role } }', operationName: 'Explode' },
      { ...bearer(providerKey), 'x-request-id': 'explode-1' },
    );
    expect(exploded.json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');

    const text = lines.join('');
    for (const secret of [providerKey, BOOTSTRAP, MOBILE, ID_NUMBER]) {
      expect(text).not.toContain(secret);
    }
    const entries = logged();
    // Every line of these requests carries its request's id, the planner's included.
    const planner = entries.filter(
      line => line['message'] === 'operation answered by the resolvers',
    );
    expect(planner.length).toBeGreaterThan(0);
    for (const line of entries) {
      expect(line['requestId'], String(line['message'])).toEqual(expect.any(String));
    }
    // The redacted fields and the masked strings are there, in the lines that would have leaked.
    const filing = entries.find(line => line['message'] === 'variables of FileObjection')!;
    expect(JSON.stringify(filing['variables'])).toContain('"filerContact":"139********"');
    expect(JSON.stringify(filing['variables'])).toContain('身份证 110101************');
    const submitting = entries.find(line => line['message'] === 'variables of SubmitPenalty')!;
    expect(submitting['authorization']).toBe('[REDACTED]');
    expect(submitting['note']).toBe('sent with Bearer [REDACTED]');
    const failure = entries.find(
      line => line['message'] === 'unexpected error' && line['requestId'] === 'explode-1',
    )!;
    expect(failure['level']).toBe('error');
    expect(String(failure['error'])).toContain(
      'lookup of 110101************ for 139******** failed',
    );
  });
});

describe('GET /metrics', () => {
  it('requires the bearer token when one is set', async () => {
    const refused = await fetch(`${http.url}/metrics`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(
      (await fetch(`${http.url}/metrics`, { headers: bearer('wrong-token-012345') })).status,
    ).toBe(401);
  });

  it('names the series, and they move with traffic', async () => {
    const before = await scrape();
    const profile = `query Profile($code: CreditCode!) { subject(code: $code) { code name } }`;
    for (let i = 0; i < 2; i += 1) {
      const answer = await http.post({
        query: profile,
        variables: { code: SUBJECT_CODE },
        operationName: 'Profile',
      });
      expect(answer.json.errors).toBeUndefined();
    }
    const rejected = await http.post(
      {
        query:
          'mutation SubmitPenalty($records: [PenaltyRecordInput!]!) { submitPenaltyRecords(records: $records) { accepted rejected { index } } }',
        operationName: 'SubmitPenalty',
        variables: {
          records: [buildPenaltyInput(), buildPenaltyInput({ creditCode: '91110108MA01C3D470' })],
        },
      },
      bearer(providerKey),
    );
    expect(rejected.json.data.submitPenaltyRecords.accepted).toBe(1);
    expect(rejected.json.data.submitPenaltyRecords.rejected).toHaveLength(1);
    const after = await scrape();

    const moved = (name: string, labels: Record<string, string>) => {
      const was = sample(before, name, labels);
      const is = sample(after, name, labels);
      expect(is, `${name} ${JSON.stringify(labels)}`).toBeGreaterThan(Number.isNaN(was) ? 0 : was);
    };
    moved('credit_http_requests_total', { method: 'POST', route: '/graphql', status: '200' });
    moved('credit_graphql_operation_duration_seconds_count', {
      operation: 'Profile',
      type: 'query',
    });
    moved('credit_profile_cache_lookups_total', { result: 'miss' });
    moved('credit_profile_cache_lookups_total', { result: 'hit' });
    moved('credit_submitted_rows_total', { kind: 'PENALTY', outcome: 'accepted' });
    moved('credit_submitted_rows_total', { kind: 'PENALTY', outcome: 'rejected' });
    moved('credit_planner_planned_total', {});
    expect(sample(after, 'credit_planner_fallbacks_total')).toBeGreaterThan(0);
    // The penalties submitted here were published at once: none awaits publication.
    expect(sample(after, 'credit_records_awaiting_disclosure', { kind: 'PENALTY' })).toBe(0);
    expect(sample(after, 'credit_records_awaiting_disclosure', { kind: 'LICENSING' })).toBe(0);
    expect(sample(after, 'credit_db_pool_max')).toBe(4);
    if (database.driver === 'postgres') {
      expect(sample(after, 'credit_db_connections')).toBeGreaterThan(0);
    } else {
      expect(sample(after, 'credit_db_connections')).toBeNaN();
    }
    expect(after).toContain('process_cpu_user_seconds_total');

    // One of them unpublished, its deadline passed: OVERDUE; another, its deadline ahead: PENDING.
    const today = server.clock.today();
    const ids = await database.query<{ id: string }>('select id from penalty_records order by id');
    expect(ids).toHaveLength(2);
    await database.query(
      `update penalty_records set published_on = null, published_at = null,
         disclosure_deadline = case when id = $1 then $2::date - 1 else $2::date + 3 end`,
      [ids[0]!.id, today],
    );
    const awaiting = await scrape();
    const labels = (status: string) => ({ kind: 'PENALTY', status });
    expect(sample(awaiting, 'credit_records_awaiting_disclosure', labels('OVERDUE'))).toBe(1);
    expect(sample(awaiting, 'credit_records_awaiting_disclosure', labels('PENDING'))).toBe(1);
  });
});

describe('liveness and readiness', () => {
  it('/healthz answers without the database, /readyz names what is down', async () => {
    const down = await openTestDatabase();
    await down.close();
    const redis = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      enableOfflineQueue: false,
    });
    redis.on('error', () => undefined);
    const broken = await startHttp(down, server, { redis });
    try {
      const live = await fetch(`${broken.url}/healthz`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${broken.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: 'not ready',
        checks: { database: 'unavailable', redis: 'unavailable' },
        failed: ['database', 'redis'],
      });
    } finally {
      await broken.close();
      redis.disconnect();
    }
    const ready = await fetch(`${http.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok' },
      failed: [],
    });
  });
});
