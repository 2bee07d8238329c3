// The benchmark's peer: PostGraphile 4 over the `peer` views (views.sql) of the platform's
// database, in PostGraphile's recommended production configuration, on a plain Node HTTP server.
//
//   DATABASE_URL  the platform's PostgreSQL database (required)
//   PORT          default 5100
//   HOST          default 127.0.0.1
//
// Serves POST /graphql and GET /healthz ("ok"). Started as a module, it also exports
// startPeer() for in-process use (check.mjs).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

import pg from 'pg';
import { postgraphile } from 'postgraphile';

const VIEWS = fileURLToPath(new URL('./views.sql', import.meta.url));

/** Applies views.sql under an advisory lock, so concurrent starts do not race on the catalog. */
export async function applyViews(pool) {
  const sql = await readFile(VIEWS, 'utf8');
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select pg_advisory_xact_lock(hashtext('bench/peer/views.sql'))`);
    await client.query(sql);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** PostGraphile 4's recommended production options (usage-library, "For Production"), read-only. */
export const PEER_OPTIONS = {
  retryOnInitFail: true,
  watchPg: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  disableDefaultMutations: true,
  simpleCollections: 'omit',
  legacyRelations: 'omit',
  extendedErrors: ['errcode'],
  showErrorStack: false,
  graphiql: false,
  enhanceGraphiql: false,
  enableQueryBatching: true,
  disableQueryLog: true,
  allowExplain: false,
  graphqlRoute: '/graphql',
};

export async function startPeer({
  databaseUrl = process.env.DATABASE_URL,
  port = Number(process.env.PORT ?? 5100),
  host = process.env.HOST ?? '127.0.0.1',
} = {}) {
  if (!databaseUrl) throw new Error('bench/peer: set DATABASE_URL');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  pool.on('error', () => undefined); // an idle client's error; the pool replaces it
  await applyViews(pool);
  const middleware = postgraphile(pool, 'peer', PEER_OPTIONS);
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    middleware(req, res);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  // Build the schema now rather than on the first request.
  await middleware.getGraphQLSchema();
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/graphql`,
    port: address.port,
    async close() {
      await new Promise(resolve => server.close(resolve));
      await middleware.release?.();
      await pool.end();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const peer = await startPeer();
  process.stdout.write(`peer (PostGraphile 4) listening on ${peer.url}\n`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      peer.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
