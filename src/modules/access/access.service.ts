import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import { type Clock, addMonths, isCalendarDate } from '../../shared/dates.js';
import { BadInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { type ArgumentName, named, say } from '../../shared/messages.js';
import { uuidArgument } from '../../shared/ids.js';
import { recordAudit } from '../audit/index.js';
import { findSubjectByCode } from '../subjects/index.js';
import {
  findAuthorization,
  insertAuthorization,
  markAuthorizationRevoked,
} from './access.repository.js';
import type { AuthorizationRow } from './access.table.js';

/** An authorization may run at most this long; a subject renews it after that. */
const MAX_AUTHORIZATION_MONTHS = 36;

export interface RegisterAuthorizationCommand {
  subjectCode: string;
  purpose: string;
  validFrom?: string | null;
  validUntil: string;
  documentReference: string;
}

function requiredText(field: ArgumentName, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw new BadInputError(say('LENGTH', { ...named(field), min: 1, max }), field);
  }
  return text;
}

/**
 * Registers the authorization a subject gave the calling institution (registerAuthorization).
 * The subject must be known; the period must start no later than it ends, end today or later,
 * and last at most three years.
 */
export async function registerAuthorization(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  command: RegisterAuthorizationCommand,
): Promise<AuthorizationRow> {
  const today = clock.today();
  const purpose = requiredText('purpose', command.purpose, 200);
  const documentReference = requiredText('documentReference', command.documentReference, 200);
  const validFrom = command.validFrom ?? today;
  for (const [field, value] of [
    ['validFrom', validFrom],
    ['validUntil', command.validUntil],
  ] as const) {
    if (!isCalendarDate(value)) {
      throw new BadInputError(say('INVALID_DATE', { ...named(field), value }), field);
    }
  }
  if (command.validUntil < validFrom) {
    throw new BadInputError(say('VALID_UNTIL_BEFORE_FROM', named('validUntil')), 'validUntil');
  }
  if (command.validUntil < today) {
    throw new BadInputError(say('AUTHORIZATION_EXPIRED', named('validUntil')), 'validUntil');
  }
  if (command.validUntil > addMonths(validFrom, MAX_AUTHORIZATION_MONTHS)) {
    throw new BadInputError(
      say('AUTHORIZATION_TOO_LONG', { ...named('validUntil'), months: MAX_AUTHORIZATION_MONTHS }),
      'validUntil',
    );
  }
  return db.transaction(async tx => {
    if ((await findSubjectByCode(tx, command.subjectCode)) === undefined) {
      throw new NotFoundError('SUBJECT', 'subjectCode');
    }
    const row = await insertAuthorization(tx, {
      institutionCode: viewer.organizationCode!,
      institutionName: viewer.organizationName!,
      subjectCode: command.subjectCode,
      purpose,
      validFrom,
      validUntil: command.validUntil,
      documentReference,
      registeredByKeyId: viewer.keyId,
      registeredAt: clock.now(),
    });
    await recordAudit(tx, viewer, clock.now(), {
      action: 'authorization.register',
      entityType: 'authorization',
      entityId: row.id,
      details: { subjectCode: row.subjectCode, validUntil: row.validUntil },
    });
    return row;
  });
}

/** Revokes an authorization at once (ADMIN): the institution stops seeing AUTHORIZED records. */
export async function revokeAuthorization(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  id: string,
  reason: string,
): Promise<AuthorizationRow> {
  const text = requiredText('reason', reason, 500);
  const authorizationId = uuidArgument(id, 'id');
  return db.transaction(async tx => {
    if ((await findAuthorization(tx, authorizationId)) === undefined) {
      throw new NotFoundError('AUTHORIZATION', 'id');
    }
    const row = await markAuthorizationRevoked(
      tx,
      authorizationId,
      clock.now(),
      viewer.keyId,
      text,
    );
    if (row === undefined) {
      throw new ConflictError(say('AUTHORIZATION_REVOKED', named('id')), 'id');
    }
    await recordAudit(tx, viewer, clock.now(), {
      action: 'authorization.revoke',
      entityType: 'authorization',
      entityId: authorizationId,
      details: { reason: text },
    });
    return row;
  });
}
