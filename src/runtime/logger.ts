import { pino } from 'pino';
import type { Logger } from '../domain/ports.ts';

/** Keys that must never reach a log line, at any depth pino checks. */
const REDACT = [
  'token',
  'password',
  'secret',
  'authorization',
  'note',
  'text',
  'answer',
  'body',
  '*.token',
  '*.password',
  '*.secret',
  '*.authorization',
  '*.note',
  '*.text',
  '*.answer',
  '*.body',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
];

/**
 * Structured JSON logs (pino) behind the Logger port. A line about one request carries its `requestId` because it is
 * written through that request's logger (`BufferedRequest.log`, a ChatRequest's `requestId`).
 */
export function createLogger(level: string, destination: pino.DestinationStream = process.stderr): Logger {
  return wrap(
    pino(
      {
        level,
        base: { app: 'loftesbot' },
        redact: { paths: REDACT, censor: '[redacted]' },
      },
      destination,
    ),
  );
}

/**
 * The same JSON lines appended to a file (its folder made when missing), for while the terminal chat has the
 * terminal: a log line must not land in the middle of the chat. Written synchronously, so nothing is lost when
 * the chat ends the process.
 */
export function createFileLogger(level: string, path: string): Logger {
  return createLogger(level, pino.destination({ dest: path, mkdir: true, append: true, sync: true }));
}

/**
 * The Logger over one pino logger. Bindings are kept here and merged with each line's fields (the line's own value
 * wins), never through pino's child loggers: pino writes a key bound by a child and given again on the line twice
 * (`"platform":"slack",…,"platform":"slack"`), which JSON readers take differently.
 */
function wrap(p: pino.Logger, bound: Readonly<Record<string, unknown>> = {}): Logger {
  const merged = (fields: Record<string, unknown>) => ({ ...bound, ...fields });
  return {
    debug: (fields, msg) => p.debug(merged(fields), msg),
    info: (fields, msg) => p.info(merged(fields), msg),
    warn: (fields, msg) => p.warn(merged(fields), msg),
    error: (fields, msg) => p.error(merged(fields), msg),
    child: (bindings) => wrap(p, { ...bound, ...bindings }),
  };
}

/** A logger that drops everything (tests, and the CLI's quiet commands). */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};
