import { type Logger as PinoLogger, pino } from 'pino';

import { CENSOR, REDACTED_FIELDS, maskDeep, maskText } from './redaction.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Structured one-line JSON logs (pino), on stderr unless another destination is given. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger whose every line also carries `bindings` (a request's id, for example). */
  child(bindings: Record<string, unknown>): Logger;
}

/** Where log lines go: one JSON line per call of `write`. */
export interface LogDestination {
  write(line: string): unknown;
}

/** stderr through `process.stderr`, so that what is written can be seen by the process itself. */
const stderr: LogDestination = { write: line => process.stderr.write(line) };

function wrap(base: PinoLogger): Logger {
  return {
    debug: (message, fields = {}) => base.debug(fields, message),
    info: (message, fields = {}) => base.info(fields, message),
    warn: (message, fields = {}) => base.warn(fields, message),
    error: (message, fields = {}) => base.error(fields, message),
    // pino applies no formatter to a child's bindings: they are masked here.
    child: bindings => wrap(base.child(maskDeep(bindings) as Record<string, unknown>)),
  };
}

/**
 * The process's logger: JSON lines of `time`, `level`, `message` and the fields. Known
 * sensitive fields (authorization headers, keys, contacts, ID numbers; REDACTED_FIELDS) are
 * replaced by `[REDACTED]`, and keys, ID numbers, phone numbers and e-mail addresses are masked
 * in every other string, the message, the fields, a child's bindings and errors alike.
 */
export function createLogger(
  level: LogLevel,
  options: { destination?: LogDestination } = {},
): Logger {
  const destination = options.destination ?? stderr;
  const base = pino(
    {
      level,
      messageKey: 'message',
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...REDACTED_FIELDS], censor: CENSOR },
      serializers: { err: (error: unknown) => maskDeep(error) },
      formatters: {
        level: label => ({ level: label }),
        log: record => maskDeep(record) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map(arg => (typeof arg === 'string' ? maskText(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    { write: (line: string) => destination.write(line) },
  );
  return wrap(base);
}

/** A logger that writes nothing. */
export const silentLogger: Logger = createLogger('silent');
