import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { ApolloServer } from '@apollo/server';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Redis } from 'ioredis';

import { createAuthenticator } from '../auth/authenticate.js';
import type { TrustProxy } from '../config.js';
import { createContext } from '../context.js';
import { exportDownload } from '../modules/export/index.js';
import { FeedWaker, changeStream, monitoringUpload } from '../modules/monitoring/index.js';
import {
  DEFAULT_OBJECTION_STATUS_LIMITS,
  type ObjectionLimits,
  type ObjectionStatusLimits,
  ObjectionStatusLimiter,
} from '../modules/objections/index.js';
import type { QueryPlanner } from '../modules/planner/index.js';
import { reportDownload } from '../modules/reports/index.js';
import type { Context } from '../context.types.js';
import { ping } from '../db/client.js';
import type { Db } from '../db/types.js';
import type { CacheStats } from '../shared/bounded-cache.js';
import type { Clock } from '../shared/dates.js';
import { type Logger, silentLogger } from '../shared/logger.js';
import { say } from '../shared/messages.js';
import { feedPageRunner } from './feed-page.js';
import { graphqlHandler } from './graphql-handler.js';
import { requestLanguage } from './language.js';
import { observeRequests, requestLocals } from './observe.js';
import { type RateLimits, identifyAndLimit, identityOf } from './rate-limit.js';
import type { SiteInfo } from './site-info.js';

/** The largest request body by default: a batch of 1,000 records fits with room to spare. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** The largest GraphQL document (the `query` string) by default, in UTF-8 bytes. */
const MAX_QUERY_BYTES = 32 * 1024;

/** The largest monitoring list file (`POST /monitoring/codes`): a million codes with CRLF. */
const MONITORING_FILE_BYTES = 24 * 1024 * 1024;

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  db: Db;
  /** The primary when `db` reads from replicas; API keys are checked on it. */
  primary?: Db;
  clock: Clock;
  rateLimits?: RateLimits;
  /** Bytes of the body and of the GraphQL document at most (4 MB and 32 KB by default). */
  requestLimits?: { maxBodyBytes: number; maxQueryBytes: number };
  /** When X-Forwarded-For is believed (express's `trust proxy`); never by default. */
  trustProxy?: TrustProxy;
  /** Hosts a webhook may reach over plain HTTP or at a private address (WEBHOOK_ALLOW_HTTP_HOSTS). */
  webhookAllowHttpHosts?: readonly string[];
  /** Objections one client address and one contact may file a day; the defaults otherwise. */
  objectionLimits?: ObjectionLimits;
  /** objectionStatus look-ups one client address and one contact may make a day. */
  objectionStatusLimits?: ObjectionStatusLimits;
  /** The built public site (vite build → dist/site), served at `/` when given and present. */
  siteDir?: string;
  /** Redis shared by the instances: rate limits count across all of them. */
  redis?: Redis;
  /** The query planner, whose counts /healthz reports. */
  planner?: QueryPlanner;
  /** The parsed-document cache, whose size /healthz reports. */
  documentStore?: { stats(): CacheStats };
  /** Who runs the public site, served at `/site.json` for its footer and titles. */
  siteInfo?: SiteInfo;
  /** The process's logger: each request gets a child carrying its id. Silent by default. */
  logger?: Logger;
  /** Prometheus metrics, served at `GET /metrics` when given. */
  metrics?: HttpMetrics;
  /** The bearer token `GET /metrics` requires (METRICS_TOKEN); open when absent. */
  metricsToken?: string;
  /** OpenTelemetry's span per request (TRACING=otlp); absent when tracing is off. */
  tracing?: RequestHandler;
  /** How often `GET /changes?follow=1` looks for newly committed changes; 1 s by default. */
  changesPollMs?: number;
}

/** What the HTTP app needs of the metrics (observability/metrics.ts). */
interface HttpMetrics {
  httpRequest(method: string, route: string, status: number): void;
  render(): Promise<string>;
  readonly contentType: string;
}

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** A check of /readyz: true when the dependency answers (not `false`) within `ms`. */
async function answers(check: () => Promise<unknown>, ms = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      check().then(
        result => result !== false,
        () => false,
      ),
      new Promise<boolean>(resolve => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function errorBody(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

/**
 * Refuses a GraphQL document over `maxBytes` UTF-8 bytes (whitespace and comments count)
 * before Apollo parses or caches it: HTTP 413, `PAYLOAD_TOO_LARGE` with `limit: "query"`.
 */
function queryBytes(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query =
      typeof body?.query === 'string'
        ? body.query
        : typeof req.query['query'] === 'string'
          ? req.query['query']
          : '';
    // A UTF-8 byte is at least a third of a UTF-16 unit: no need to count a string that short.
    if (query.length * 3 > maxBytes && Buffer.byteLength(query, 'utf8') > maxBytes) {
      res
        .status(413)
        .json(
          errorBody(
            'PAYLOAD_TOO_LARGE',
            say('PAYLOAD_TOO_LARGE', { limit: 'query', maxBytes })[requestLanguage(req)],
            { limit: 'query', maxBytes },
          ),
        );
      return;
    }
    next();
  };
}

/** Body-parser failures as GraphQL-shaped JSON errors instead of HTML pages. */
function bodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error.type === 'entity.too.large') {
      res
        .status(413)
        .json(
          errorBody(
            'PAYLOAD_TOO_LARGE',
            say('PAYLOAD_TOO_LARGE', { limit: 'body', maxBytes: maxBodyBytes })[
              requestLanguage(req)
            ],
            { limit: 'body', maxBytes: maxBodyBytes },
          ),
        );
    } else if (
      error.type === 'entity.parse.failed' ||
      error.type === 'charset.unsupported' ||
      error.type === 'encoding.unsupported'
    ) {
      res.status(400).json(errorBody('BAD_REQUEST', say('BAD_REQUEST', {})[requestLanguage(req)]));
    } else {
      res
        .status(500)
        .json(
          errorBody('INTERNAL_SERVER_ERROR', say('INTERNAL_SERVER_ERROR')[requestLanguage(req)]),
        );
    }
  };
}

/**
 * The HTTP surface: `/graphql`, `/healthz` (liveness), `/readyz` (readiness), `/metrics`
 * (Prometheus, when metrics are given), `GET /exports/:id` (an export batch's file) and
 * `GET /reports/<name>.xlsx|csv` (the office's reports, streamed) and `GET /site.json` (who
 * runs the public site) beside the site itself. The Apollo server must be started first.
 */
export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag computed over every answer (a sha1 of each body, 780 KB for a batch of 100
  // profiles): GraphQL answers are POSTed and never revalidated; the site's files get theirs
  // from express.static, downloads set their own.
  app.set('etag', false);
  app.set('trust proxy', deps.trustProxy ?? false);
  const limits = deps.requestLimits ?? {
    maxBodyBytes: MAX_BODY_BYTES,
    maxQueryBytes: MAX_QUERY_BYTES,
  };
  // On the primary: a key created a moment ago works at once, whatever the replicas' lag.
  const authenticator = createAuthenticator(deps.primary ?? deps.db);
  const objectionStatusLimiter = new ObjectionStatusLimiter(
    deps.objectionStatusLimits ?? DEFAULT_OBJECTION_STATUS_LIMITS,
    deps.redis,
  );
  const metrics = deps.metrics;
  app.use(
    observeRequests(
      deps.logger ?? silentLogger,
      metrics === undefined ? undefined : (...args) => metrics.httpRequest(...args),
    ),
  );
  if (deps.tracing !== undefined) {
    app.use(deps.tracing);
  }
  // Liveness: the process serves. It touches nothing outside the process.
  app.get('/healthz', (_req, res) => {
    res.json({
      status: 'ok',
      ...(deps.planner === undefined ? {} : { planner: deps.planner.stats() }),
      ...(deps.documentStore === undefined ? {} : { documents: deps.documentStore.stats() }),
    });
  });
  // Readiness: the database answers, and Redis when there is one; 503 names what failed.
  app.get('/readyz', async (_req, res) => {
    const redis = deps.redis;
    const [database, cache] = await Promise.all([
      answers(() => ping(deps.db)),
      redis === undefined ? Promise.resolve(undefined) : answers(() => redis.ping()),
    ]);
    const checks = {
      database: database ? 'ok' : 'unavailable',
      ...(cache === undefined ? {} : { redis: cache ? 'ok' : 'unavailable' }),
    };
    const failed = Object.entries(checks)
      .filter(([, state]) => state !== 'ok')
      .map(([name]) => name);
    res.setHeader('Cache-Control', 'no-store');
    res
      .status(failed.length === 0 ? 200 : 503)
      .json({ status: failed.length === 0 ? 'ready' : 'not ready', checks, failed });
  });
  if (metrics !== undefined) {
    app.get('/metrics', async (req, res) => {
      if (
        deps.metricsToken !== undefined &&
        !bearerMatches(req.get('authorization'), deps.metricsToken)
      ) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        res
          .status(401)
          .json(errorBody('UNAUTHENTICATED', say('UNAUTHENTICATED')[requestLanguage(req)]));
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      res.type(metrics.contentType).send(await metrics.render());
    });
  }
  app.use(
    '/graphql',
    identifyAndLimit(authenticator, deps.rateLimits, deps.redis),
    express.json({ limit: limits.maxBodyBytes }),
    queryBytes(limits.maxQueryBytes),
    graphqlHandler(deps.apollo, {
      context: async ({ req, res }) => {
        const language = requestLanguage(req);
        const locals = requestLocals(res);
        const identity = identityOf(req);
        if (identity === undefined || identity.kind === 'invalid') {
          if (identity?.error !== undefined) {
            // Refused before a context exists: the error carries the language itself.
            identity.error.language = language;
          }
          throw identity?.error ?? new Error('the request was not identified');
        }
        return createContext(
          {
            db: deps.db,
            primary: deps.primary ?? deps.db,
            clock: deps.clock,
            clientIp: req.ip ?? null,
            language,
            ...(deps.objectionLimits === undefined
              ? {}
              : { objectionLimits: deps.objectionLimits }),
            objectionStatusLimiter,
            ...(deps.siteInfo === undefined ? {} : { reportIssuer: deps.siteInfo.operator }),
            ...(deps.webhookAllowHttpHosts === undefined
              ? {}
              : { webhookAllowHttpHosts: deps.webhookAllowHttpHosts }),
            ...(locals === undefined ? {} : { logger: locals.log }),
          },
          identity.viewer,
        );
      },
    }),
  );
  // On the primary, like the keys: a batch issued a moment ago downloads at once.
  app.get(
    '/exports/:id',
    identifyAndLimit(authenticator, deps.rateLimits, deps.redis),
    exportDownload(deps.primary ?? deps.db, identityOf),
  );
  app.get(
    '/reports/:file',
    identifyAndLimit(authenticator, deps.rateLimits, deps.redis),
    reportDownload(deps.db, deps.clock, identityOf),
  );
  // The feed's pages run through the schema, so each line's subject is what a query shows; one
  // look at the outbox for all the followers tells which of them have a page to read.
  const changesPollMs = deps.changesPollMs ?? 1000;
  const feedPage = feedPageRunner(deps.apollo, {
    db: deps.db,
    primary: deps.primary ?? deps.db,
    clock: deps.clock,
  });
  app.get(
    '/changes',
    identifyAndLimit(authenticator, deps.rateLimits, deps.redis),
    changeStream(feedPage, identityOf, requestLanguage, {
      pollMs: changesPollMs,
      waker: new FeedWaker(deps.db, changesPollMs, deps.logger),
    }),
  );
  // A whole monitoring list as a file: up to 1,000,000 codes of 18 characters a line.
  app.post(
    '/monitoring/codes',
    identifyAndLimit(authenticator, deps.rateLimits, deps.redis),
    express.text({ type: ['text/plain', 'text/csv'], limit: MONITORING_FILE_BYTES }),
    monitoringUpload(deps.primary ?? deps.db, deps.clock, identityOf, requestLanguage),
  );
  app.use(bodyErrors(limits.maxBodyBytes));
  if (deps.siteInfo !== undefined) {
    const info = deps.siteInfo;
    app.get('/site.json', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.json(info);
    });
  }
  if (deps.siteDir !== undefined && existsSync(join(deps.siteDir, 'index.html'))) {
    app.use(site(deps.siteDir));
  }
  return app;
}

/**
 * The public site: hashed assets cached for a year, and index.html (never cached) for every
 * other GET, so that `/subjects/<code>` and `/records/<id>` open directly. The site talks to
 * the same server's `/graphql` as an anonymous caller.
 */
function site(dir: string): express.Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
  router.use(compression());
  router.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(express.static(dir, { index: false }));
  router.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.sendFile(index);
  });
  return router;
}
