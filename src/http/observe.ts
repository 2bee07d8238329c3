import { randomUUID } from 'node:crypto';

import type { Request, RequestHandler, Response } from 'express';

import type { Logger } from '../shared/logger.js';

/** An incoming X-Request-Id is kept when it is a plain token of at most 64 characters. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The request's id and its logger, set by `observeRequests` on `res.locals`. */
export interface RequestLocals {
  requestId: string;
  log: Logger;
}

/** The route a request is counted, logged and traced under: a fixed set, whatever the path. */
export function routeOf(path: string): string {
  if (
    path === '/graphql' ||
    path === '/healthz' ||
    path === '/readyz' ||
    path === '/metrics' ||
    path === '/site.json' ||
    path === '/changes' ||
    path === '/monitoring/codes'
  ) {
    return path;
  }
  if (path.startsWith('/exports/')) {
    return '/exports/:id';
  }
  if (path.startsWith('/reports/')) {
    return '/reports/:file';
  }
  if (path.startsWith('/assets/')) {
    return '/assets';
  }
  return '/';
}

/** The request id of a request: its own X-Request-Id when sane, else a new UUID. */
function requestIdOf(req: Request): string {
  const given = req.get('x-request-id');
  return given !== undefined && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** What `observeRequests` put on the response (a handler outside it gets a fresh id). */
export function requestLocals(res: Response): RequestLocals | undefined {
  const locals = res.locals as Partial<RequestLocals>;
  return locals.requestId === undefined || locals.log === undefined
    ? undefined
    : { requestId: locals.requestId, log: locals.log };
}

/**
 * Gives every request an id (echoed in the X-Request-Id response header) and a child logger
 * that carries it, and when the answer is sent logs one line (method, route, status, time) and
 * calls `onFinish` (the metrics' count).
 */
export function observeRequests(
  logger: Logger,
  onFinish?: (method: string, route: string, status: number) => void,
): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    // Before a router mounts it: inside one, `req.path` is relative to the mount point.
    const route = routeOf(req.path);
    const log = logger.child({ requestId });
    res.locals['requestId'] = requestId;
    res.locals['log'] = log;
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      onFinish?.(req.method, route, res.statusCode);
      log.info('request', {
        method: req.method,
        route,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    next();
  };
}
