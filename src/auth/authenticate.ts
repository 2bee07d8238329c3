import type { Db } from '../db/types.js';
import { authenticate } from '../modules/api-keys/index.js';
import { UnauthenticatedError } from '../shared/errors.js';
import { PUBLIC_VIEWER, type Viewer } from './viewer.js';

/**
 * Turns the Authorization header into a viewer. No header is the public; anything else must be
 * `Bearer <valid key>`, or the request fails with UNAUTHENTICATED.
 */
export async function viewerFromAuthorization(db: Db, header: string | undefined): Promise<Viewer> {
  if (header === undefined || header.trim() === '') {
    return PUBLIC_VIEWER;
  }
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
  if (match === null) {
    throw new UnauthenticatedError('The Authorization header must be "Bearer <api key>".');
  }
  return authenticate(db, match[1]!);
}
