import 'reflect-metadata';

import { type Server, createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';

import { prepareDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { createHttpApp } from './http/app.js';
import { buildGraphQLSchema } from './schema.js';
import { createApolloServer } from './server.js';
import { systemClock } from './shared/dates.js';
import { createLogger } from './shared/logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const clock = systemClock;
  logger.info('starting', {
    database:
      config.databaseUrl === undefined ? `embedded (${config.dataDir})` : 'postgresql server',
    nodeEnv: config.nodeEnv,
  });
  const database = await prepareDatabase(config, clock, logger);
  const server: Server = createServer();
  const apollo = createApolloServer({
    schema: await buildGraphQLSchema(),
    logger,
    production: config.nodeEnv === 'production',
    // On shutdown: stop accepting connections, let requests in flight finish, then stop.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
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
      siteDir: config.siteDir ?? fileURLToPath(new URL('../site/', import.meta.url)),
    }),
  );
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
    await apollo.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
