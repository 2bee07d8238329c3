import { randomBytes } from 'node:crypto';

import { BadInputError } from './errors.js';
import { type ArgumentName, named, say } from './messages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID written the way PostgreSQL writes one (8-4-4-4-12 hexadecimal digits). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The id of a row keyed by UUID (an objection, a repair application, a credit check, an API key,
 * an authorization), checked before any statement sees it: anything but a UUID is BAD_USER_INPUT
 * on the argument, with `reason: MALFORMED_ID`. A well-formed id that names nothing is the
 * caller's NOT_FOUND.
 */
export function uuidArgument(value: string, field: ArgumentName): string {
  if (!isUuid(value)) {
    throw malformedId(field);
  }
  return value.toLowerCase();
}

/** BAD_USER_INPUT for an id that is not of a shape this API gives out. */
export function malformedId(
  field: ArgumentName,
  extra: Record<string, unknown> = {},
): BadInputError {
  return new BadInputError(say('MALFORMED_ID', named(field)), field, {
    reason: 'MALFORMED_ID',
    ...extra,
  });
}

/** Crockford's base 32: digits and capitals without I, L, O and U, which are misread. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A tracking number (受理编号) that a member of the public is given on filing: a prefix, the
 * filing day (China Standard Time) and ten characters of Crockford base 32 drawn from the
 * operating system's strong random source (50 bits), e.g. `YY-20261203-7K3M9Q2XHD`. The day
 * reads well on the phone; the random part means no number can be guessed from another
 * (numbers filed the same second share nothing but the day). A unique index holds them apart.
 */
export function trackingNumber(prefix: string, day: string): string {
  const bytes = randomBytes(10);
  let random = '';
  for (const byte of bytes) {
    random += BASE32[byte % 32];
  }
  return `${prefix}-${day.replaceAll('-', '')}-${random}`;
}

/**
 * A tracking number as a person may type it: spaces dropped, upper-cased, and the letters
 * Crockford's base 32 reads as digits (O as 0; I and L as 1) taken as those digits in the
 * random part.
 */
export function normalizeTrackingNumber(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  const match = /^([A-Z]+-\d{8}-)([0-9A-Z]+)$/.exec(compact);
  if (match === null) {
    return compact;
  }
  return match[1]! + match[2]!.replace(/O/g, '0').replace(/[IL]/g, '1');
}
