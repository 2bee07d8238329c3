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
