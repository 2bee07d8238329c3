import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

import { viewerFromAuthorization } from '../auth/authenticate.js';
import { createContext } from '../context.js';
import type { ObjectionLimits } from '../modules/objections/index.js';
import type { QueryPlanner } from '../modules/planner/index.js';
import type { Context } from '../context.types.js';
import { ping } from '../db/client.js';
import type { Db } from '../db/types.js';
import type { Clock } from '../shared/dates.js';

/** The largest request body: a batch of 1,000 records fits with room to spare. */
const MAX_BODY = '4mb';
/** The largest GraphQL document (the `query` string), in characters. */
const MAX_QUERY_LENGTH = 100_000;

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  db: Db;
  /** The primary when `db` reads from replicas; API keys are checked on it. */
  primary?: Db;
  clock: Clock;
  rateLimits?: { perKeyPerMinute: number; perIpPerMinute: number };
  /** Objections one client address and one contact may file a day; the defaults otherwise. */
  objectionLimits?: ObjectionLimits;
  /** The built public site (vite build → dist/site), served at `/` when given and present. */
  siteDir?: string;
  /** Redis shared by the instances: rate limits count across all of them. */
  redis?: Redis;
  /** The query planner, whose counts /healthz reports. */
  planner?: QueryPlanner;
}

function errorBody(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

/**
 * Requests per minute per API key (by the hash of its secret) and, without a key, per client
 * address. Beyond the limit: HTTP 429, `RATE_LIMITED`, and Retry-After. With Redis the counts
 * are shared by every instance; should Redis fail, each instance counts in memory meanwhile.
 */
function rateLimit(
  limits: { perKeyPerMinute: number; perIpPerMinute: number },
  redis: Redis | undefined,
): RequestHandler {
  const limiter = (prefix: string, points: number) => {
    const memory = new RateLimiterMemory({ keyPrefix: prefix, points, duration: 60 });
    return redis === undefined
      ? memory
      : new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `rate:${prefix}`,
          points,
          duration: 60,
          insuranceLimiter: memory,
        });
  };
  const perKey = limiter('key', limits.perKeyPerMinute);
  const perIp = limiter('ip', limits.perIpPerMinute);
  return (req, res, next) => {
    const header = req.headers.authorization;
    const [limiter, key] =
      header === undefined || header.trim() === ''
        ? [perIp, req.ip ?? 'unknown']
        : [perKey, createHash('sha256').update(header).digest('hex')];
    limiter.consume(key).then(
      () => next(),
      (rejection: unknown) => {
        const seconds =
          rejection instanceof RateLimiterRes ? Math.ceil(rejection.msBeforeNext / 1000) : 60;
        res.setHeader('Retry-After', String(seconds));
        res.status(429).json(
          errorBody('RATE_LIMITED', 'Too many requests; try again later.', {
            retryAfterSeconds: seconds,
          }),
        );
      },
    );
  };
}

const queryLength: RequestHandler = (req, res, next) => {
  const body = req.body as { query?: unknown } | undefined;
  const query =
    typeof body?.query === 'string'
      ? body.query
      : typeof req.query['query'] === 'string'
        ? req.query['query']
        : '';
  if (query.length > MAX_QUERY_LENGTH) {
    res
      .status(413)
      .json(
        errorBody(
          'QUERY_TOO_LARGE',
          `A GraphQL document may have at most ${MAX_QUERY_LENGTH} characters.`,
        ),
      );
    return;
  }
  next();
};

/** Body-parser failures as GraphQL-shaped JSON errors instead of HTML pages. */
const bodyErrors: ErrorRequestHandler = (
  error: { type?: string; status?: number },
  _req,
  res,
  next,
) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error.type === 'entity.too.large') {
    res
      .status(413)
      .json(errorBody('PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY}.`));
  } else if (
    error.type === 'entity.parse.failed' ||
    error.type === 'charset.unsupported' ||
    error.type === 'encoding.unsupported'
  ) {
    res.status(400).json(errorBody('BAD_REQUEST', 'The request body is not valid JSON.'));
  } else {
    res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', 'Internal server error.'));
  }
};

/** The HTTP surface: `/graphql` and `/healthz`. The Apollo server must be started first. */
export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    const ok = await ping(deps.db);
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'database unavailable',
      ...(deps.planner === undefined ? {} : { planner: deps.planner.stats() }),
    });
  });
  app.use(
    '/graphql',
    ...(deps.rateLimits === undefined ? [] : [rateLimit(deps.rateLimits, deps.redis)]),
    express.json({ limit: MAX_BODY }),
    queryLength,
    expressMiddleware(deps.apollo, {
      context: async ({ req }) =>
        createContext(
          {
            db: deps.db,
            primary: deps.primary ?? deps.db,
            clock: deps.clock,
            clientIp: req.ip ?? null,
            ...(deps.objectionLimits === undefined
              ? {}
              : { objectionLimits: deps.objectionLimits }),
          },
          // On the primary: a key created a moment ago works at once, whatever the replicas' lag.
          await viewerFromAuthorization(deps.primary ?? deps.db, req.headers.authorization),
        ),
    }),
  );
  app.use(bodyErrors);
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
