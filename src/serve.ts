import 'reflect-metadata';

import { type Server, createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { Redis } from 'ioredis';

import { prepareDatabase } from './bootstrap.js';
import { loggableError } from './db/errors.js';
import type { Config } from './config.js';
import { createHttpApp } from './http/app.js';
import { Metrics } from './observability/metrics.js';
import { buildGraphQLSchema } from './schema.js';
import { runEvaluationPass } from './modules/evaluation/index.js';
import { runWebhookPass, sweepPublicityEnded } from './modules/monitoring/index.js';
import { feedPageRunner } from './http/feed-page.js';
import { QueryPlanner } from './modules/planner/index.js';
import { createApolloServer, createDocumentStore } from './server.js';
import { systemClock } from './shared/dates.js';
import type { Logger } from './shared/logger.js';
import {
  type ProfileStore,
  memoryProfileStore,
  redisProfileStore,
} from './modules/profile-cache/index.js';

/** Redis when REDIS_URL is set: commands fail fast, so that a Redis outage falls back. */
async function connectRedis(config: Config, logger: Logger): Promise<Redis | undefined> {
  if (config.redisUrl === undefined) {
    return undefined;
  }
  const redis = new Redis(config.redisUrl, {
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectionName: 'credit-platform',
  });
  redis.on('error', (error: Error) => logger.warn('redis', { error: error.message }));
  await redis.ping().catch((error: unknown) =>
    logger.warn('redis not reachable; rate limits and the profile cache fall back to memory', {
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  return redis;
}

/** The profile cache's store: Redis when there is one, else this process's memory. */
function profileStoreFor(config: Config, redis: Redis | undefined): ProfileStore | undefined {
  if (config.profileCache.megabytes === 0) {
    return undefined;
  }
  return redis === undefined
    ? memoryProfileStore(config.profileCache.megabytes, config.profileCache.ttlMs)
    : redisProfileStore(redis, config.profileCache.ttlMs);
}

/** How often an instance runs the publicity sweep; a day is swept once, so most runs find nothing. */
const PUBLICITY_SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * One server process: prepares the database, starts Apollo and the HTTP app, and stops them
 * gracefully on SIGINT/SIGTERM. Run by a cluster worker, or directly when WORKERS=0.
 */
export async function serve(config: Config, logger: Logger): Promise<void> {
  const clock = systemClock;
  if (config.tracing.kind === 'otlp') {
    logger.info('tracing', { endpoint: config.tracing.endpoint });
  }
  logger.info('starting', {
    database:
      config.databaseUrl === undefined ? `embedded (${config.dataDir})` : 'postgresql server',
    nodeEnv: config.nodeEnv,
  });
  const database = await prepareDatabase(config, clock, logger);
  const server: Server = createServer();
  const redis = await connectRedis(config, logger);
  const planner = config.queryPlanner
    ? new QueryPlanner({ logger, maxPlanBytes: config.caches.planBytes })
    : null;
  const documentStore = createDocumentStore(config.caches.documentBytes);
  const metrics = new Metrics({
    db: database.db,
    clock,
    ...(database.connections === undefined ? {} : { connections: database.connections }),
    ...(config.databaseUrl === undefined ? {} : { poolMax: config.dbPoolMax }),
    ...(planner === null ? {} : { planner }),
    logger,
  });
  // Tracing's SDK is loaded only when it is on: off, it costs nothing.
  const tracing =
    config.tracing.kind === 'otlp'
      ? (await import('./observability/tracing.js')).startTracing(config.tracing)
      : undefined;
  const apollo = createApolloServer({
    documentStore,
    profileStore: profileStoreFor(config, redis),
    planner,
    schema: await buildGraphQLSchema(),
    logger,
    production: config.nodeEnv === 'production',
    // On shutdown: stop accepting connections, let requests in flight finish, then stop.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      metrics.apolloPlugin(),
      ...(tracing === undefined ? [] : [tracing.plugin]),
    ],
  });
  await apollo.start();
  server.on(
    'request',
    createHttpApp({
      apollo,
      db: database.db,
      primary: database.primary,
      clock,
      rateLimits: config.rateLimits,
      objectionLimits: config.objectionLimits,
      objectionStatusLimits: config.objectionStatusLimits,
      requestLimits: config.requestLimits,
      trustProxy: config.trustProxy,
      documentStore,
      ...(redis === undefined ? {} : { redis }),
      ...(planner === null ? {} : { planner }),
      siteInfo: config.site,
      changesPollMs: config.changesPollMs,
      webhookAllowHttpHosts: config.webhooks.allowHttpHosts,
      logger,
      metrics,
      ...(config.metricsToken === undefined ? {} : { metricsToken: config.metricsToken }),
      ...(tracing === undefined ? {} : { tracing: tracing.middleware }),
      siteDir: config.siteDir ?? fileURLToPath(new URL('../site/', import.meta.url)),
    }),
  );
  // Publicity ends by date: the sweep puts the ends in the change feed, on the clock, idempotently
  // (each day is swept once, whichever instance runs it first).
  const sweep = () =>
    sweepPublicityEnded(database.primary, clock).catch((error: unknown) =>
      logger.error('publicity sweep failed', loggableError(error)),
    );
  void sweep();
  const sweeping = setInterval(() => void sweep(), PUBLICITY_SWEEP_INTERVAL_MS);
  sweeping.unref();
  // Signed webhooks: one pass after another, every pollMs; instances share the work (skip locked).
  const feed = feedPageRunner(apollo, { db: database.db, primary: database.primary, clock });
  let delivering = false;
  const deliver = () => {
    if (delivering) {
      return;
    }
    delivering = true;
    runWebhookPass(database.primary, clock, feed, config.webhooks)
      .catch((error: unknown) => logger.error('webhook pass failed', loggableError(error)))
      .finally(() => {
        delivering = false;
      });
  };
  const delivery = setInterval(deliver, config.webhooks.pollMs);
  delivery.unref();
  // The credit evaluation: one pass after another, every evaluationPollMs; passes of several
  // instances take turns on the progress row. A pass that leaves a recomputation under a new
  // model unfinished is followed at once by the next.
  let evaluating = false;
  const evaluate = (): void => {
    if (evaluating) {
      return;
    }
    evaluating = true;
    runEvaluationPass(database.primary, clock)
      .then(pass => {
        if (pass.rebuilding && !stopping) {
          setImmediate(() => {
            evaluating = false;
            evaluate();
          });
          return;
        }
        evaluating = false;
      })
      .catch((error: unknown) => {
        evaluating = false;
        logger.error('evaluation pass failed', loggableError(error));
      });
  };
  const evaluation = setInterval(evaluate, config.evaluationPollMs);
  evaluation.unref();
  server.listen(config.port, config.host, () => {
    logger.info('serving', {
      site: `http://localhost:${config.port}/`,
      api: `http://localhost:${config.port}/graphql`,
    });
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info('stopping', { signal });
    clearInterval(sweeping);
    clearInterval(delivery);
    clearInterval(evaluation);
    await apollo.stop();
    await tracing?.shutdown();
    metrics.close();
    await database.close();
    redis?.disconnect();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
