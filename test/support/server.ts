import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';

import { createContext } from '../../src/context.js';
import type { Context } from '../../src/context.types.js';
import type { QueryPlanner } from '../../src/modules/planner/index.js';
import type { ProfileStore } from '../../src/modules/profile-cache/index.js';
import type { Database } from '../../src/db/client.js';
import { buildGraphQLSchema } from '../../src/schema.js';
import { createApolloServer } from '../../src/server.js';
import type { BoundedCache } from '../../src/shared/bounded-cache.js';
import type { Clock } from '../../src/shared/dates.js';
import { type Logger, createLogger } from '../../src/shared/logger.js';
import type {
  ObjectionLimits,
  ObjectionStatusLimiter,
} from '../../src/modules/objections/index.js';
import type { Viewer } from '../../src/auth/viewer.js';
import { viewers } from './viewers.js';
import { testClock } from './clock.js';

export { TEST_NOW } from './clock.js';

export interface Result<R> {
  data?: R | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestServer {
  apollo: ApolloServer<Context>;
  clock: Clock;
  execute<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V> | string,
    variables?: V,
    options?: { as?: Viewer; ip?: string },
  ): Promise<Result<R>>;
}

/** The real Apollo server over the test database, executed in-process with a named viewer. */
export async function createTestServer(
  database: Database,
  clock: Clock = testClock,
  options: {
    profileStore?: ProfileStore;
    planner?: QueryPlanner | null;
    logger?: Logger;
    objectionLimits?: ObjectionLimits;
    webhookAllowHttpHosts?: readonly string[];
    objectionStatusLimiter?: ObjectionStatusLimiter;
    documentStore?: BoundedCache<DocumentNode>;
    plugins?: ApolloServerPlugin<Context>[];
  } = {},
): Promise<TestServer> {
  const {
    objectionLimits,
    objectionStatusLimiter,
    webhookAllowHttpHosts,
    // Unexpected errors are written to stderr, where the suite's log guard reads them.
    logger = createLogger('error'),
    ...rest
  } = options;
  const apollo = createApolloServer({
    schema: await buildGraphQLSchema(),
    logger,
    production: false,
    ...rest,
  });
  await apollo.start();
  return {
    apollo,
    clock,
    async execute(document, variables, options) {
      const response = await apollo.executeOperation(
        { query: document as never, variables: variables as Record<string, unknown> },
        {
          contextValue: createContext(
            {
              db: database.db,
              primary: database.primary,
              clock,
              clientIp: options?.ip ?? null,
              ...(objectionLimits === undefined ? {} : { objectionLimits }),
              ...(objectionStatusLimiter === undefined ? {} : { objectionStatusLimiter }),
              ...(webhookAllowHttpHosts === undefined ? {} : { webhookAllowHttpHosts }),
              logger,
            },
            options?.as ?? viewers.anonymous,
          ),
        },
      );
      if (response.body.kind !== 'single') {
        throw new Error('expected a single result');
      }
      return response.body.singleResult as Result<never>;
    },
  };
}

/** The error codes of a result, for assertions. */
export function errorCodes(result: Result<unknown>): unknown[] {
  return (result.errors ?? []).map(error => error.extensions?.['code']);
}
