import { createHmac } from 'node:crypto';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { feedPageRunner } from '../../../src/http/feed-page.js';
import {
  DEFAULT_WEBHOOK_SETTINGS,
  DeliveryStatus,
  type WebhookSettings,
  listDeliveries,
  replayDeliveries,
  runWebhookPass,
  setWebhook,
} from '../../../src/modules/monitoring/index.js';
import type { Clock } from '../../../src/shared/dates.js';
import { MonitorSubjectsDocument, SubmitPenaltyDocument } from '../../__generated__/graphql.js';
import { testClock } from '../../support/clock.js';
import { createTestServer } from '../../support/server.js';
import { buildPenaltyInput, enterpriseCode } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

/** The receiver's behaviour: answer 200, answer 500, or hold the socket past the timeout. */
let mode = 'ok' as 'ok' | 'fail' | 'hang';
const received: { headers: IncomingHttpHeaders; body: string; answered: typeof mode }[] = [];
let receiver: Server;
let receiverUrl: string;

/** The worker's clock: the tests' clock, moved on to pass the backoff. */
let offsetMs = 0;
const clock: Clock = {
  now: () => new Date(testClock.now().getTime() + offsetMs),
  today: () => testClock.today(),
};

const settings: WebhookSettings = {
  allowHttpHosts: ['127.0.0.1:*'],
  maxAttempts: 3,
  timeoutMs: 300,
  backoffMs: 1_000,
};

const monitored = enterpriseCode();
const unmonitored = enterpriseCode();
let secret: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk as Buffer));
    req.on('end', () => {
      const answered = mode;
      received.push({
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        answered,
      });
      if (answered === 'hang') {
        setTimeout(() => res.destroy(), 1_000).unref();
        return;
      }
      res.statusCode = answered === 'ok' ? 204 : 500;
      res.end();
    });
  });
  await new Promise<void>(resolve => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise<void>(resolve => receiver.close(() => resolve()));
});

/** Monitors one code (the tables are emptied between tests). */
async function monitor(): Promise<void> {
  const result = await env.server.execute(
    MonitorSubjectsDocument,
    { codes: [monitored], purpose: '贷后管理' },
    { as: viewers.institution },
  );
  expect(result.data!.monitorSubjects.added).toBe(1);
}

/** Points the institution's webhook at the receiver and keeps the secret it was shown. */
async function set(): Promise<void> {
  const set = await setWebhook(
    env.database.primary,
    viewers.institution,
    testClock,
    receiverUrl,
    settings,
  );
  expect(set.url).toBe(receiverUrl);
  expect(set.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
  secret = set.secret;
}

async function submitPenalty(creditCode: string): Promise<string> {
  const result = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput({ creditCode })] },
    { as: viewers.provider },
  );
  expect(result.data!.submitPenaltyRecords.rejected).toEqual([]);
  return result.data!.submitPenaltyRecords.records[0]!.id;
}

function pass() {
  const feed = feedPageRunner(env.server.apollo, {
    db: env.database.db,
    primary: env.database.primary,
    clock: testClock,
  });
  return runWebhookPass(env.database.primary, clock, feed, settings);
}

function verify(headers: IncomingHttpHeaders, body: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['x-credit-signature']));
  if (match === null) {
    return false;
  }
  const mac = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest('hex');
  return mac === match[2];
}

describe('webhook URLs', () => {
  it.each([
    ['http://127.0.0.1:8080/hook', 'WEBHOOK_URL_NOT_HTTPS'],
    ['http://example.com/hook', 'WEBHOOK_URL_NOT_HTTPS'],
    ['https://127.0.0.1/hook', 'WEBHOOK_URL_PRIVATE'],
    ['https://10.1.2.3/hook', 'WEBHOOK_URL_PRIVATE'],
    ['https://172.16.0.9/hook', 'WEBHOOK_URL_PRIVATE'],
    ['https://192.168.1.1/hook', 'WEBHOOK_URL_PRIVATE'],
    ['https://169.254.169.254/latest', 'WEBHOOK_URL_PRIVATE'],
    ['https://[::1]/hook', 'WEBHOOK_URL_PRIVATE'],
    ['https://localhost/hook', 'WEBHOOK_URL_PRIVATE'],
    ['ftp://example.com/', 'WEBHOOK_URL_INVALID'],
    ['not a url', 'WEBHOOK_URL_INVALID'],
  ])('refuses %s when no host is allow-listed (%s on url)', async (url, reason) => {
    await expect(
      setWebhook(
        env.database.primary,
        viewers.institution,
        testClock,
        url,
        DEFAULT_WEBHOOK_SETTINGS,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'url', reason } });
  });

  it('is set by an INSTITUTION only', async () => {
    await expect(
      setWebhook(env.database.primary, viewers.admin, testClock, receiverUrl, settings),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('signed deliveries', () => {
  it('delivers only changes after setWebhook, of monitored codes, signed, retried through a failure and a timeout until delivered once', async () => {
    await monitor();
    await submitPenalty(monitored); // monitored, but before the webhook: never delivered
    await set();
    await submitPenalty(unmonitored);
    const recordId = await submitPenalty(monitored);

    mode = 'fail';
    expect(await pass()).toEqual({ queued: 1, delivered: 0, failed: 1, dead: 0 });
    expect(received).toHaveLength(1);
    const first = received[0]!;
    const body = JSON.parse(first.body) as Record<string, unknown>;
    expect(body).toMatchObject({ subjectCode: monitored, kind: 'RECORD_PUBLISHED', recordId });
    expect(first.headers['x-credit-delivery']).toBe(body['id']);
    expect(verify(first.headers, first.body)).toBe(true);
    expect(verify(first.headers, first.body.replace(monitored, unmonitored))).toBe(false);

    // Not yet due: the first retry waits backoffMs.
    mode = 'hang';
    expect(await pass()).toEqual({ queued: 0, delivered: 0, failed: 0, dead: 0 });
    offsetMs += 1_000;
    expect(await pass()).toMatchObject({ failed: 1 });
    expect(received).toHaveLength(2);
    let [delivery] = (
      await listDeliveries(env.database.db, viewers.institution, {
        status: null,
        first: 10,
        after: null,
      })
    ).rows;
    expect(delivery).toMatchObject({
      status: DeliveryStatus.FAILED,
      attempts: 2,
      lastStatusCode: null,
    });
    expect(delivery!.nextAttemptAt!.getTime()).toBe(clock.now().getTime() + 2_000);

    mode = 'ok';
    offsetMs += 2_000;
    expect(await pass()).toMatchObject({ delivered: 1 });
    expect(received).toHaveLength(3);
    // The same change, the same idempotency key, each time.
    expect(new Set(received.map(r => r.headers['x-credit-delivery']))).toEqual(
      new Set([body['id']]),
    );
    expect(received.every(r => verify(r.headers, r.body))).toBe(true);
    [delivery] = (
      await listDeliveries(env.database.db, viewers.admin, {
        status: DeliveryStatus.DELIVERED,
        first: 10,
        after: null,
      })
    ).rows;
    expect(delivery).toMatchObject({
      changeId: body['id'],
      status: 'DELIVERED',
      attempts: 3,
      lastStatusCode: 204,
      nextAttemptAt: null,
    });

    offsetMs += 60_000;
    expect(await pass()).toEqual({ queued: 0, delivered: 0, failed: 0, dead: 0 });
    expect(received).toHaveLength(3);
    expect(received.some(r => r.body.includes(unmonitored))).toBe(false);
  });

  it('dead-letters after the last try, sends nothing more, and delivers a replayed delivery', async () => {
    received.length = 0;
    await monitor();
    await set();
    await submitPenalty(monitored);
    mode = 'fail';
    expect(await pass()).toMatchObject({ queued: 1, failed: 1 });
    offsetMs += 1_000;
    expect(await pass()).toMatchObject({ failed: 1 });
    offsetMs += 2_000;
    expect(await pass()).toMatchObject({ dead: 1 });
    offsetMs += 3_600_000;
    expect(await pass()).toEqual({ queued: 0, delivered: 0, failed: 0, dead: 0 });
    expect(received).toHaveLength(3);

    const dead = (
      await listDeliveries(env.database.db, viewers.institution, {
        status: DeliveryStatus.DEAD,
        first: 10,
        after: null,
      })
    ).rows;
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ attempts: 3, lastStatusCode: 500, nextAttemptAt: null });

    // Another institution cannot replay it; the owner can.
    const other = { ...viewers.institution, organizationCode: enterpriseCode() };
    expect(await replayDeliveries(env.database.primary, other, clock, [dead[0]!.id])).toEqual([]);
    const replayed = await replayDeliveries(env.database.primary, viewers.institution, clock, [
      dead[0]!.id,
    ]);
    expect(replayed).toMatchObject([{ id: dead[0]!.id, status: 'PENDING', attempts: 0 }]);
    expect(
      (await listDeliveries(env.database.db, other, { status: null, first: 10, after: null })).rows,
    ).toEqual([]);

    mode = 'ok';
    expect(await pass()).toMatchObject({ delivered: 1 });
    expect(received).toHaveLength(4);
    expect(received[3]!.headers['x-credit-delivery']).toBe(dead[0]!.changeId);
    expect(verify(received[3]!.headers, received[3]!.body)).toBe(true);
  });
});

describe('the webhook fields of the GraphQL API', () => {
  const SET = `mutation SetWebhook($url: String!) { setWebhook(url: $url) { url secret } }`;
  const LIST = `query Deliveries($status: DeliveryStatus, $first: Int, $after: String) {
    webhookDeliveries(status: $status, first: $first, after: $after) {
      totalCount
      edges { cursor node { id changeId status attempts lastStatusCode nextAttemptAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const REPLAY = `mutation Replay($ids: [ID!]!) { replayDeliveries(ids: $ids) { id status attempts } }`;

  it('refuses a private address on url, and every role but an INSTITUTION', async () => {
    const refused = await env.server.execute(
      SET as never,
      { url: 'https://127.0.0.1/hook' },
      { as: viewers.institution },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'url',
      reason: 'WEBHOOK_URL_PRIVATE',
    });
    for (const as of [viewers.anonymous, viewers.regulator, viewers.admin]) {
      const forbidden = await env.server.execute(SET as never, { url: receiverUrl }, { as });
      expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const listed = await env.server.execute(LIST as never, {}, { as: viewers.anonymous });
    expect(listed.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('sets a webhook with its secret shown once, lists the dead letters by page and replays them', async () => {
    const server = await createTestServer(env.database, testClock, {
      webhookAllowHttpHosts: ['127.0.0.1:*'],
    });
    try {
      await monitor();
      const set = await server.execute(
        SET as never,
        { url: receiverUrl },
        { as: viewers.institution },
      );
      expect(set.errors).toBeUndefined();
      const hook = (set.data as { setWebhook: { url: string; secret: string } }).setWebhook;
      expect(hook).toMatchObject({ url: receiverUrl, secret: expect.stringMatching(/^whsec_/) });
      secret = hook.secret;
      await submitPenalty(monitored);
      await submitPenalty(monitored);
      mode = 'fail';
      // Deliveries to one endpoint go in commit order: the second is tried once the first is dead.
      for (let i = 0; i < 2 * settings.maxAttempts; i += 1) {
        await pass();
        offsetMs += 3_600_000;
      }
      type Page = {
        webhookDeliveries: {
          totalCount: number;
          edges: { cursor: string; node: { id: string; status: string; attempts: number } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const first = await server.execute(
        LIST as never,
        { status: 'DEAD', first: 1 },
        { as: viewers.institution },
      );
      expect(first.errors).toBeUndefined();
      const page1 = (first.data as Page).webhookDeliveries;
      expect(page1.totalCount).toBe(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.edges[0]!.node).toMatchObject({
        status: 'DEAD',
        attempts: settings.maxAttempts,
      });
      const second = await server.execute(
        LIST as never,
        { status: 'DEAD', first: 1, after: page1.pageInfo.endCursor },
        { as: viewers.institution },
      );
      const page2 = (second.data as Page).webhookDeliveries;
      expect(page2.pageInfo.hasNextPage).toBe(false);
      const ids = [page1.edges[0]!.node.id, page2.edges[0]!.node.id];
      expect(new Set(ids).size).toBe(2);
      // The credit office sees them too; another institution sees none and replays none.
      const office = await server.execute(LIST as never, {}, { as: viewers.admin });
      expect((office.data as Page).webhookDeliveries.totalCount).toBe(2);
      const otherInstitution = { ...viewers.institution, organizationCode: unmonitored };
      const foreign = await server.execute(REPLAY as never, { ids }, { as: otherInstitution });
      expect(foreign.data).toEqual({ replayDeliveries: [] });

      mode = 'ok';
      const replayed = await server.execute(REPLAY as never, { ids }, { as: viewers.institution });
      expect(replayed.data).toEqual({
        replayDeliveries: expect.arrayContaining(
          ids.map(id => ({ id, status: 'PENDING', attempts: 0 })),
        ) as unknown,
      });
      const before = received.length;
      await pass();
      expect(received.slice(before).map(r => r.answered)).toEqual(['ok', 'ok']);
      expect(received.slice(before).every(r => verify(r.headers, r.body))).toBe(true);
      const done = await server.execute(
        LIST as never,
        { status: 'DELIVERED' },
        { as: viewers.institution },
      );
      expect((done.data as Page).webhookDeliveries.totalCount).toBe(2);
    } finally {
      await server.apollo.stop();
    }
  });
});
