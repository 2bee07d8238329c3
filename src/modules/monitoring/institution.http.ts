import type { Request, Response } from 'express';

import type { Identity } from '../../auth/authenticate.js';
import { Role, type Viewer } from '../../auth/viewer.js';

/** Answers an HTTP request of the monitoring endpoints with one GraphQL-shaped error. */
export function fail(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * The INSTITUTION viewer of a request to a monitoring endpoint, or undefined once the request
 * has been answered: 401 without a valid key, 403 for a key of another role.
 */
export function institutionOf(
  req: Request,
  res: Response,
  identityOf: (req: Request) => Identity | undefined,
  messages: { unauthenticated: string; forbidden: string },
): Viewer | undefined {
  const identity = identityOf(req);
  if (identity === undefined || identity.kind !== 'key') {
    res.setHeader('WWW-Authenticate', 'Bearer');
    fail(res, 401, 'UNAUTHENTICATED', messages.unauthenticated);
    return undefined;
  }
  if (identity.viewer.role !== Role.INSTITUTION) {
    fail(res, 403, 'FORBIDDEN', messages.forbidden);
    return undefined;
  }
  return identity.viewer;
}
