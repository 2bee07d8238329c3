/**
 * What a log line must never carry, and how it is masked: an API key's secret, an 18-digit
 * resident ID number (身份证), a phone number or an e-mail address. Known fields are removed by
 * the logger's `redact` paths (REDACTED_FIELDS); the patterns below catch the same values in
 * any other string, a message or an error's text included.
 */

/** Fields whose value never reaches a log line, at the top level or one level down. */
const SENSITIVE_KEYS = [
  'authorization',
  'cookie',
  'key',
  'apiKey',
  'secret',
  'token',
  'password',
  'contact',
  'phone',
  'email',
  'idNumber',
  'bootstrapAdminKey',
];

/** pino `redact` paths for SENSITIVE_KEYS, the request headers included. */
export const REDACTED_FIELDS: readonly string[] = [
  ...SENSITIVE_KEYS,
  ...SENSITIVE_KEYS.map(key => `*.${key}`),
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
];

/** The replacement of a redacted field. */
export const CENSOR = '[REDACTED]';

/** An API key as createApiKey issues it (`cpk_` and 43 base64url characters), or a prefix of one. */
const API_KEY = /cpk_[A-Za-z0-9_-]{6,}/g;
/** A bearer credential of any form (the bootstrap key is not `cpk_`-prefixed). */
const BEARER = /\b(Bearer)\s+[^\s"',;]+/gi;
/** An 18-digit resident ID number: division, birth date 18xx–20xx, sequence, check character. */
const ID_NUMBER =
  /(?<![0-9A-Za-z])([1-9]\d{5})(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}([0-9Xx])(?![0-9A-Za-z])/g;
/** A mainland mobile number (optionally +86), or a landline with its area code. */
const MOBILE = /(?<![\dA-Za-z])(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)/g;
const LANDLINE = /(?<![\dA-Za-z])(0\d{2,3})-\d{7,8}(?!\d)/g;
/** An e-mail address. */
const EMAIL = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/**
 * The string with every sensitive pattern masked: a key becomes `cpk_[REDACTED]`, an ID number
 * keeps its division only, a phone number its first three digits, an e-mail its domain.
 */
export function maskText(text: string): string {
  if (!/\d|@|cpk_|bearer/i.test(text)) {
    return text;
  }
  return text
    .replace(API_KEY, `cpk_${CENSOR}`)
    .replace(BEARER, `$1 ${CENSOR}`)
    .replace(ID_NUMBER, '$1************')
    .replace(MOBILE, '$1********')
    .replace(LANDLINE, '$1-********')
    .replace(EMAIL, '***@$1');
}

/**
 * A copy of a log record with maskText applied to every string in it (keys of nested objects
 * and arrays too, 8 levels deep). Errors become their name, message and stack, masked.
 */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return maskText(value);
  }
  if (value === null || typeof value !== 'object' || depth > 8) {
    return value;
  }
  if (value instanceof Error) {
    return {
      type: value.name,
      message: maskText(value.message),
      ...(value.stack === undefined ? {} : { stack: maskText(value.stack) }),
    };
  }
  if (Array.isArray(value)) {
    return value.map(item => maskDeep(item, depth + 1));
  }
  if (value instanceof Date) {
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = maskDeep(item, depth + 1);
  }
  return out;
}

/**
 * What in a text is a full key, ID number, phone number or e-mail address (nothing when the
 * text is clean): the check of the test suite's log guard, with the same patterns.
 */
export function sensitiveIn(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [API_KEY, ID_NUMBER, MOBILE, LANDLINE, EMAIL]) {
    for (const match of text.matchAll(pattern)) {
      found.push(match[0]);
    }
  }
  return found;
}
