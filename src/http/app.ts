import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';

import { viewerFromAuthorization } from '../auth/authenticate.js';
import { type Context, createContext } from '../context.js';
import { ping } from '../db/client.js';
import type { Db } from '../db/types.js';
import type { Clock } from '../shared/dates.js';

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  db: Db;
  clock: Clock;
}

/** The HTTP surface: `/graphql` and `/healthz`. The Apollo server must be started first. */
export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    const ok = await ping(deps.db);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(deps.apollo, {
      context: async ({ req }) =>
        createContext({ db: deps.db, clock: deps.clock }, await viewerFromAuthorization(deps.db, req.headers.authorization)),
    }),
  );
  return app;
}
