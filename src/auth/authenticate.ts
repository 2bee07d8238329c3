import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import type { Db } from '../db/types.js';
import { authenticate } from '../modules/api-keys/index.js';
import { UnauthenticatedError } from '../shared/errors.js';
import { say } from '../shared/messages.js';
import { PUBLIC_VIEWER, type Viewer } from './viewer.js';

/** Who a request is: the public, a verified key, or a key that failed (UNAUTHENTICATED). */
export type Identity =
  | { kind: 'public'; viewer: Viewer }
  | { kind: 'key'; viewer: Viewer & { keyId: string } }
  | { kind: 'invalid'; error: UnauthenticatedError };

/** What is known of a header without asking the database. */
type KnownIdentity =
  { kind: 'public' } | { kind: 'invalid' } | { kind: 'key'; keyId: string } | { kind: 'unknown' };

export interface Authenticator {
  /** Without a lookup: the identity as far as this process has seen the header before. */
  peek(header: string | undefined): KnownIdentity;
  /**
   * Turns the Authorization header into an identity. No header is the public; anything else
   * must be `Bearer <valid key>`. A key found invalid is remembered as invalid (bounded, for a
   * while), so that sending it again costs no lookup; a valid key is looked up every time, so
   * that a revoked key fails at once.
   */
  identify(header: string | undefined): Promise<Identity>;
}

interface AuthenticatorOptions {
  /** Headers remembered as invalid, and as a known key's id, at most (10,000 each). */
  maxEntries?: number;
  /** How long a header is remembered as invalid (10 minutes). */
  invalidTtlMs?: number;
}

const BEARER = /^Bearer\s+(\S{1,512})\s*$/i;

function digest(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/**
 * The authenticator of one HTTP app. Invalid keys are remembered by the sha256 of the secret:
 * secrets are random (createApiKey), so a secret found invalid does not become valid later,
 * and the time to live only bounds how long a remembered one is kept. Known keys' ids are
 * remembered only to find their rate-limit bucket before the lookup, never to authorise.
 */
export function createAuthenticator(db: Db, options: AuthenticatorOptions = {}): Authenticator {
  const max = options.maxEntries ?? 10_000;
  const invalid = new LRUCache<string, true>({ max, ttl: options.invalidTtlMs ?? 10 * 60_000 });
  const known = new LRUCache<string, string>({ max });
  const malformed = () => new UnauthenticatedError(say('API_KEY_HEADER'));
  return {
    peek(header) {
      if (header === undefined || header.trim() === '') {
        return { kind: 'public' };
      }
      const match = BEARER.exec(header);
      if (match === null) {
        return { kind: 'invalid' };
      }
      const hash = digest(match[1]!);
      if (invalid.has(hash)) {
        return { kind: 'invalid' };
      }
      const keyId = known.get(hash);
      return keyId === undefined ? { kind: 'unknown' } : { kind: 'key', keyId };
    },
    async identify(header) {
      if (header === undefined || header.trim() === '') {
        return { kind: 'public', viewer: PUBLIC_VIEWER };
      }
      const match = BEARER.exec(header);
      if (match === null) {
        return { kind: 'invalid', error: malformed() };
      }
      const hash = digest(match[1]!);
      if (invalid.has(hash)) {
        known.delete(hash);
        return {
          kind: 'invalid',
          error: new UnauthenticatedError(),
        };
      }
      try {
        const viewer = await authenticate(db, match[1]!);
        if (viewer.keyId === null) {
          throw new UnauthenticatedError();
        }
        known.set(hash, viewer.keyId);
        return { kind: 'key', viewer: { ...viewer, keyId: viewer.keyId } };
      } catch (error) {
        if (error instanceof UnauthenticatedError) {
          invalid.set(hash, true);
          known.delete(hash);
          return { kind: 'invalid', error };
        }
        throw error;
      }
    },
  };
}
