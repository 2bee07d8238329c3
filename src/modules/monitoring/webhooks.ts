import { createHmac, randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

import { sql } from 'drizzle-orm';

import { Role, type Viewer } from '../../auth/viewer.js';
import { executeRows } from '../../db/execute.js';
import type { Db } from '../../db/types.js';
import { BadInputError, ForbiddenError } from '../../shared/errors.js';
import type { Clock } from '../../shared/dates.js';
import { recordAudit } from '../audit/index.js';
import type { FeedPageRunner } from './changes.http.js';
import { decodeFeedCursor, encodeFeedCursor } from './feed.js';
import { webhookDeliveries, webhooks } from './webhooks.table.js';

/** The states of a delivery (DESIGN §4.1). */
export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  DEAD = 'DEAD',
}

/** How deliveries are made: the operator's settings (src/config.ts, WEBHOOK_*). */
export interface WebhookSettings {
  /** Hosts a webhook may reach over plain HTTP or at a private address: `host:port` or `host:*`. */
  readonly allowHttpHosts: readonly string[];
  /** Tries of one delivery before it is DEAD. */
  readonly maxAttempts: number;
  /** How long a receiver may take to answer (wall time). */
  readonly timeoutMs: number;
  /** The first retry's delay; each further one doubles it. */
  readonly backoffMs: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  allowHttpHosts: [],
  maxAttempts: 8,
  timeoutMs: 10_000,
  backoffMs: 2_000,
};

/** Loopback, private, link-local, CGNAT, multicast and reserved ranges: never a webhook's address. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 127],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv6');
}

function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  return family === 0 || PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

function refused(reason: string, en: string, zh: string): BadInputError {
  return new BadInputError({ zh, en }, 'url', { reason });
}

function allowListed(url: URL, allow: readonly string[]): boolean {
  const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
  return allow.some(entry => {
    const [host, allowedPort = '*'] = entry.split(/:(?=[^:]*$)/);
    return host === url.hostname && (allowedPort === '*' || allowedPort === port);
  });
}

/**
 * Checks a webhook URL: HTTPS to a public address, or a host the operator allow-listed.
 * Refusals are BAD_USER_INPUT on `url` with reason WEBHOOK_URL_INVALID, WEBHOOK_URL_NOT_HTTPS or
 * WEBHOOK_URL_PRIVATE (the name, or any address it resolves to, is loopback or private).
 */
async function checkWebhookUrl(
  text: string,
  settings: Pick<WebhookSettings, 'allowHttpHosts'>,
  resolve: (host: string) => Promise<string[]> = async host =>
    (await lookup(host, { all: true })).map(found => found.address),
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refused('WEBHOOK_URL_INVALID', 'url is not an absolute URL.', '推送地址不是完整的网址。');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw refused(
      'WEBHOOK_URL_INVALID',
      'url must be an https:// URL without credentials.',
      '推送地址须为不含账号密码的 https:// 网址。',
    );
  }
  if (allowListed(url, settings.allowHttpHosts)) {
    return url;
  }
  if (url.protocol !== 'https:') {
    throw refused('WEBHOOK_URL_NOT_HTTPS', 'url must use HTTPS.', '推送地址须使用 HTTPS。');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) !== 0 ? [host] : await resolve(host).catch(() => []);
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    addresses.length === 0 ||
    addresses.some(isPrivateAddress)
  ) {
    throw refused(
      'WEBHOOK_URL_PRIVATE',
      'url must reach a public address (not loopback, private or unresolvable).',
      '推送地址须指向公网地址（不得为本机、内网或无法解析的地址）。',
    );
  }
  return url;
}

function institutionViewer(viewer: Viewer): string {
  if (viewer.role !== Role.INSTITUTION || viewer.organizationCode === null) {
    throw new ForbiddenError();
  }
  return viewer.organizationCode;
}

/**
 * Sets (or replaces) the calling institution's webhook and gives out a new secret, once.
 * Deliveries begin with changes committed after this call: the cursor starts at this
 * transaction. The webhook and its audit entry are written in one transaction.
 */
export async function setWebhook(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  urlText: string,
  settings: Pick<WebhookSettings, 'allowHttpHosts'>,
): Promise<{ url: string; secret: string }> {
  const institution = institutionViewer(viewer);
  const url = (await checkWebhookUrl(urlText, settings)).toString();
  const secret = `whsec_${randomBytes(32).toString('hex')}`;
  const now = clock.now();
  await db.transaction(async tx => {
    await executeRows(
      tx,
      sql`insert into ${webhooks}
            (institution_code, organization_name, key_id, url, secret, cursor_txid, cursor_id, set_at)
          values (${institution}, ${viewer.organizationName}, ${viewer.keyId}, ${url}, ${secret},
                  pg_current_xact_id(), 2147483647, ${now.toISOString()}::timestamptz)
          on conflict (institution_code) do update set
            organization_name = excluded.organization_name, key_id = excluded.key_id,
            url = excluded.url, secret = excluded.secret,
            cursor_txid = excluded.cursor_txid, cursor_id = excluded.cursor_id, set_at = excluded.set_at`,
    );
    await recordAudit(tx, viewer, now, {
      action: 'webhook.set',
      entityType: 'webhook',
      entityId: institution,
      details: { url },
    });
  });
  return { url, secret };
}

/** The `X-Credit-Signature` header of a body sent at `seconds` (unix time). */
function signWebhook(secret: string, seconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex');
  return `t=${seconds},v1=${mac}`;
}

/** A delivery as the API shows it. */
export interface DeliveryRow {
  id: string;
  changeId: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  nextAttemptAt: Date | null;
}

const DELIVERY_COLUMNS = sql`id, change_id as "changeId", status, attempts,
  last_status_code as "lastStatusCode", next_attempt_at as "nextAttemptAt"`;

function toDelivery(row: DeliveryRow): DeliveryRow {
  return {
    ...row,
    nextAttemptAt: row.nextAttemptAt === null ? null : new Date(row.nextAttemptAt),
  };
}

/**
 * Turns each webhook's new feed changes into PENDING deliveries, page by page through the same
 * `changes` field the feed's readers use (so each body is what that institution may see), and
 * moves its cursor. Idempotent: a change is one delivery per institution, however often it is
 * queued or by how many instances at once.
 */
async function queueDeliveries(db: Db, clock: Clock, feed: FeedPageRunner): Promise<number> {
  const hooks = await executeRows<{
    institution: string;
    name: string | null;
    keyId: string | null;
    txid: string;
    id: number;
  }>(
    db,
    sql`select institution_code as institution, organization_name as name, key_id as "keyId",
               cursor_txid::text as txid, cursor_id as id from ${webhooks}`,
  );
  let queued = 0;
  for (const hook of hooks) {
    const viewer: Viewer = {
      role: Role.INSTITUTION,
      keyId: hook.keyId,
      organizationName: hook.name,
      organizationCode: hook.institution,
    };
    let after: string | null = encodeFeedCursor({ txid: hook.txid, id: hook.id });
    for (;;) {
      const result = await feed(viewer, { after, first: 100 });
      const page = result.data?.changes;
      if (page === undefined || page === null) {
        throw new Error('the feed page failed', { cause: result.errors });
      }
      if (page.edges.length === 0) {
        break;
      }
      const now = clock.now().toISOString();
      const last = decodeFeedCursor(page.pageInfo.endCursor ?? after);
      await db.transaction(async tx => {
        for (const edge of page.edges) {
          const rows = await executeRows(
            tx,
            sql`insert into ${webhookDeliveries}
                  (institution_code, change_id, body, status, attempts, next_attempt_at, created_at)
                values (${hook.institution}, ${String(edge.node['id'])}, ${JSON.stringify(edge.node)}::jsonb,
                        ${DeliveryStatus.PENDING}, 0, ${now}::timestamptz, ${now}::timestamptz)
                on conflict (institution_code, change_id) do nothing
                returning 1`,
          );
          queued += rows.length;
        }
        await tx.execute(
          sql`update ${webhooks} set cursor_txid = ${last.txid}::xid8, cursor_id = ${last.id}
               where institution_code = ${hook.institution}
                 and (cursor_txid < ${last.txid}::xid8
                      or (cursor_txid = ${last.txid}::xid8 and cursor_id < ${last.id}))`,
        );
      });
      after = page.pageInfo.endCursor ?? after;
      if (!page.pageInfo.hasNextPage) {
        break;
      }
    }
  }
  return queued;
}

/** What one pass did: deliveries queued, and attempts made by outcome. */
export interface WebhookPassResult {
  queued: number;
  delivered: number;
  failed: number;
  dead: number;
}

/**
 * One pass of the webhook worker: queues new changes, then tries every delivery that is due
 * (PENDING, or FAILED whose next attempt time has come on the clock). A delivery is claimed with
 * `for update skip locked` and its next attempt moved past the timeout before the POST, so two
 * instances never send it at once, and one that dies mid-POST leaves it to be retried (at least
 * once). A 2xx answer is DELIVERED; anything else, or no answer within the timeout, is FAILED
 * with the next try after backoffMs × 2^(attempts − 1), and DEAD after maxAttempts.
 */
export async function runWebhookPass(
  db: Db,
  clock: Clock,
  feed: FeedPageRunner,
  settings: WebhookSettings,
  batch = 50,
): Promise<WebhookPassResult> {
  const result: WebhookPassResult = { queued: 0, delivered: 0, failed: 0, dead: 0 };
  result.queued = await queueDeliveries(db, clock, feed);
  for (;;) {
    const now = clock.now();
    const lease = new Date(now.getTime() + settings.timeoutMs + 60_000).toISOString();
    const claimed = await executeRows<{
      id: string;
      changeId: string;
      body: unknown;
      attempts: number;
      url: string;
      secret: string;
    }>(
      db,
      sql`with due as (
            select d.id from ${webhookDeliveries} d
             where d.status in (${DeliveryStatus.PENDING}, ${DeliveryStatus.FAILED})
               and d.next_attempt_at <= ${now.toISOString()}::timestamptz
             order by d.next_attempt_at, d.id
             limit ${batch}
             for update skip locked
          ), claimed as (
            update ${webhookDeliveries} d set attempts = d.attempts + 1, next_attempt_at = ${lease}::timestamptz
              from due where d.id = due.id
            returning d.id, d.change_id, d.body, d.attempts, d.institution_code
          )
          select c.id, c.change_id as "changeId", c.body, c.attempts, w.url, w.secret
            from claimed c join ${webhooks} w on w.institution_code = c.institution_code`,
    );
    if (claimed.length === 0) {
      return result;
    }
    for (const delivery of claimed) {
      const body =
        typeof delivery.body === 'string' ? delivery.body : JSON.stringify(delivery.body);
      const seconds = Math.floor(clock.now().getTime() / 1000);
      let status: number | null = null;
      let error: string | null = null;
      try {
        const response = await fetch(delivery.url, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'x-credit-delivery': delivery.changeId,
            'x-credit-signature': signWebhook(delivery.secret, seconds, body),
          },
          body,
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
        status = response.status;
        await response.body?.cancel();
      } catch (failure) {
        error = failure instanceof Error ? failure.name + ': ' + failure.message : String(failure);
      }
      const ok = status !== null && status >= 200 && status < 300;
      const dead = !ok && delivery.attempts >= settings.maxAttempts;
      const after = clock.now().getTime();
      const next =
        ok || dead ? null : new Date(after + settings.backoffMs * 2 ** (delivery.attempts - 1));
      await db.execute(
        sql`update ${webhookDeliveries}
               set status = ${ok ? DeliveryStatus.DELIVERED : dead ? DeliveryStatus.DEAD : DeliveryStatus.FAILED},
                   last_status_code = ${status}, last_error = ${ok ? null : (error ?? `HTTP ${status}`)},
                   next_attempt_at = ${next === null ? null : next.toISOString()}::timestamptz
             where id = ${delivery.id}`,
      );
      if (ok) {
        result.delivered += 1;
      } else if (dead) {
        result.dead += 1;
      } else {
        result.failed += 1;
      }
    }
  }
}

/** An institution's own deliveries, or (ADMIN) everyone's, by status, in a stable order (by id). */
export async function listDeliveries(
  db: Db,
  viewer: Viewer,
  options: { status: DeliveryStatus | null; first: number; after: string | null },
): Promise<{ rows: DeliveryRow[]; hasNextPage: boolean }> {
  const own = viewer.role === Role.ADMIN ? null : institutionViewer(viewer);
  const rows = await executeRows<DeliveryRow & { createdAt: string }>(
    db,
    sql`select ${DELIVERY_COLUMNS} from ${webhookDeliveries}
         where (${own}::text is null or institution_code = ${own})
           and (${options.status}::text is null or status = ${options.status})
           and (${options.after}::uuid is null or id < ${options.after}::uuid)
         order by id desc limit ${options.first + 1}`,
  );
  return {
    rows: rows.slice(0, options.first).map(toDelivery),
    hasNextPage: rows.length > options.first,
  };
}

/** How many deliveries listDeliveries holds for the viewer and status. */
export async function countDeliveries(
  db: Db,
  viewer: Viewer,
  status: DeliveryStatus | null,
): Promise<number> {
  const own = viewer.role === Role.ADMIN ? null : institutionViewer(viewer);
  const [row] = await executeRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from ${webhookDeliveries}
         where (${own}::text is null or institution_code = ${own})
           and (${status}::text is null or status = ${status})`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Moves DEAD and FAILED deliveries back to PENDING, due now, with their tries counted afresh;
 * an institution replays only its own. Answers the deliveries replayed.
 */
export async function replayDeliveries(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  ids: readonly string[],
): Promise<DeliveryRow[]> {
  const own = viewer.role === Role.ADMIN ? null : institutionViewer(viewer);
  const valid = ids.filter(id =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  if (valid.length === 0) {
    return [];
  }
  const now = clock.now();
  return db.transaction(async tx => {
    const rows = await executeRows<DeliveryRow>(
      tx,
      sql`update ${webhookDeliveries}
             set status = ${DeliveryStatus.PENDING}, attempts = 0,
                 next_attempt_at = ${now.toISOString()}::timestamptz
           where id = any(${sql.param(valid)}::uuid[])
             and status in (${DeliveryStatus.DEAD}, ${DeliveryStatus.FAILED})
             and (${own}::text is null or institution_code = ${own})
         returning ${DELIVERY_COLUMNS}`,
    );
    await recordAudit(tx, viewer, now, {
      action: 'webhook.replay',
      entityType: 'webhook_delivery',
      details: { ids: rows.map(row => row.id) },
    });
    return rows.map(toDelivery);
  });
}
