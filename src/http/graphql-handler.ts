import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

import { responseBody, withPlannedBodies } from '../modules/planner/index.js';

/**
 * The GraphQL endpoint over express: what `@as-integrations/express5` does (the request to
 * Apollo's `executeHTTPGraphQLRequest`, its headers, status and body back), except that a
 * planned answer's bytes, as PostgreSQL sent them, are written into the response as they are
 * (planner/planned-json.ts) instead of being decoded into the response text and encoded again:
 * for a bank's batch of 100 profiles that is most of a megabyte each way.
 */
export function graphqlHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: { context: (args: { req: Request; res: Response }) => Promise<TContext> },
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req, res) => {
    if (!('body' in req)) {
      res.status(500).send('req.body is not set: the json middleware must run before GraphQL.');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) {
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: new URL(req.originalUrl, 'http://localhost').search,
      body: req.body as unknown,
    };
    const { value: response, answers } = await withPlannedBodies(() =>
      server.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => options.context({ req, res }),
      }),
    );
    for (const [key, value] of response.headers) {
      res.setHeader(key, value);
    }
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const chunks = responseBody(response.body.string, answers);
      res.setHeader(
        'content-length',
        chunks.reduce((n, chunk) => n + chunk.byteLength, 0),
      );
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      // One write of all the chunks (writev) rather than one per chunk.
      res.cork();
      for (const chunk of chunks) {
        res.write(chunk);
      }
      res.end();
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
    }
    res.end();
  };
}
