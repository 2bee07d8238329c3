import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { Role, type Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import { BadInputError, NotFoundError, UnauthenticatedError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { recordAudit } from '../audit/index.js';
import { composeCreditCode } from '../credit-code/index.js';
import {
  findActiveKeyBySecretHash,
  findKeyById,
  findKeyBySecretHash,
  hasActiveAdminKey,
  insertKey,
  lockFirstAdminKey,
  revokeKey,
} from './api-key.repository.js';
import type { ApiKeyRow } from './api-key.table.js';
import type { Clock } from '../../shared/dates.js';

const SECRET_PREFIX = 'cpk_';

/** sha256 of a secret: keys are 256-bit random values, so a fast hash is the right tool. */
function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function generateSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

function toViewer(row: ApiKeyRow): Viewer {
  return {
    role: row.role as Role,
    keyId: row.id,
    organizationName: row.organizationName,
    organizationCode: row.organizationCode,
  };
}

/**
 * Resolves a bearer secret to its viewer. A wrong or revoked key is an error, never the public:
 * a client that meant to authenticate must learn that it did not.
 */
export async function authenticate(db: Db, secret: string): Promise<Viewer> {
  const hash = hashSecret(secret);
  const row = await findActiveKeyBySecretHash(db, hash);
  // The lookup is by hash; the comparison below is constant-time on the stored value anyway.
  if (
    row === undefined ||
    !timingSafeEqual(Buffer.from(row.secretHash, 'hex'), Buffer.from(hash, 'hex'))
  ) {
    throw new UnauthenticatedError();
  }
  return toViewer(row);
}

export interface CreateApiKeyCommand {
  role: Role;
  organizationName: string;
  organizationCode: string;
  label?: string | null;
}

export async function createApiKey(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  command: CreateApiKeyCommand,
): Promise<{ row: ApiKeyRow; secret: string }> {
  const organizationName = command.organizationName.trim();
  if (organizationName.length === 0 || organizationName.length > 200) {
    throw new BadInputError(
      say('LENGTH', { ...named('organizationName'), min: 1, max: 200 }),
      'organizationName',
    );
  }
  if (command.role === Role.PUBLIC) {
    throw new BadInputError(say('PUBLIC_NEEDS_NO_KEY', named('role')), 'role');
  }
  const label = command.label?.trim() || null;
  if (label !== null && label.length > 200) {
    throw new BadInputError(say('MAX_LENGTH', { ...named('label'), max: 200 }), 'label');
  }
  const secret = generateSecret();
  const row = await db.transaction(async tx => {
    const created = await insertKey(tx, {
      secretHash: hashSecret(secret),
      role: command.role,
      organizationName,
      organizationCode: command.organizationCode,
      label,
      createdByKeyId: viewer.keyId,
      createdAt: clock.now(),
    });
    await recordAudit(tx, viewer, clock.now(), {
      action: 'api_key.create',
      entityType: 'api_key',
      entityId: created.id,
      details: { role: created.role, organizationCode: created.organizationCode, label },
    });
    return created;
  });
  return { row, secret };
}

export async function revokeApiKey(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
): Promise<ApiKeyRow> {
  return db.transaction(async tx => {
    const revoked = await revokeKey(tx, id, clock.now());
    if (revoked === undefined) {
      if ((await findKeyById(tx, id)) === undefined) {
        throw new NotFoundError('API_KEY', 'id');
      }
      throw new BadInputError(say('API_KEY_REVOKED', named('id')), 'id');
    }
    await recordAudit(tx, viewer, clock.now(), {
      action: 'api_key.revoke',
      entityType: 'api_key',
      entityId: id,
    });
    return revoked;
  });
}

/** The organisation the bootstrap admin key belongs to: the credit office itself. */
const CREDIT_OFFICE = {
  name: '市公共信用信息管理办公室',
  code: composeCreditCode('11', '110000', '00001234'),
} as const;

/** The author of the keys the platform makes itself, in the audit trail. */
const SYSTEM: Viewer = {
  role: Role.ADMIN,
  keyId: null,
  organizationName: 'system',
  organizationCode: null,
};

/**
 * Makes sure an ADMIN key with the given secret exists (BOOTSTRAP_ADMIN_KEY), so that a fresh
 * deployment can create its other keys through `createApiKey`.
 */
export async function ensureBootstrapAdminKey(db: Db, clock: Clock, secret: string): Promise<void> {
  const hash = hashSecret(secret);
  if ((await findKeyBySecretHash(db, hash)) !== undefined) {
    return;
  }
  await db.transaction(async tx => {
    const created = await insertKey(tx, {
      secretHash: hash,
      role: Role.ADMIN,
      organizationName: CREDIT_OFFICE.name,
      organizationCode: CREDIT_OFFICE.code,
      label: 'bootstrap (BOOTSTRAP_ADMIN_KEY)',
      createdByKeyId: null,
      createdAt: clock.now(),
    });
    await recordAudit(tx, SYSTEM, clock.now(), {
      action: 'api_key.bootstrap',
      entityType: 'api_key',
      entityId: created.id,
    });
  });
}

/**
 * Creates an ADMIN key for the credit office when the database has none that is active (a first
 * start without BOOTSTRAP_ADMIN_KEY), and returns its secret, to be shown once: only its sha256
 * is stored. Undefined when an ADMIN key exists, so a restart makes no second one. The check and
 * the insert hold an advisory lock, so instances starting at once create one key between them.
 */
export async function createFirstAdminKey(db: Db, clock: Clock): Promise<string | undefined> {
  if (await hasActiveAdminKey(db)) {
    return undefined;
  }
  return db.transaction(async tx => {
    await lockFirstAdminKey(tx);
    if (await hasActiveAdminKey(tx)) {
      return undefined;
    }
    const secret = generateSecret();
    const created = await insertKey(tx, {
      secretHash: hashSecret(secret),
      role: Role.ADMIN,
      organizationName: CREDIT_OFFICE.name,
      organizationCode: CREDIT_OFFICE.code,
      label: 'first start (no ADMIN key existed)',
      createdByKeyId: null,
      createdAt: clock.now(),
    });
    await recordAudit(tx, SYSTEM, clock.now(), {
      action: 'api_key.first_admin',
      entityType: 'api_key',
      entityId: created.id,
    });
    return secret;
  });
}
