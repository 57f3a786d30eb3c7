/**
 * Unexpected failures, thrown as a small family of coded errors and caught at exactly one boundary per runtime
 * (Bolt's error handler, botbuilder's onTurnError, the scheduler tick, the CLI's main).
 * Expected outcomes (unknown kommun, no permission, bad date) are returned values, never these.
 */
export type ErrorCode =
  | 'E_CONFIG'
  | 'E_STORE'
  | 'E_STORE_BUSY'
  | 'E_CONFLICT'
  | 'E_INVARIANT'
  | 'E_PLATFORM'
  | 'E_PLATFORM_PERMANENT'
  | 'E_IMPORT'
  | 'E_INPUT';

export class LoftesbotError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LoftesbotError';
    this.code = code;
    this.details = Object.freeze({ ...(options.details ?? {}) });
  }
}

export function isLoftesbotError(e: unknown, code?: ErrorCode): e is LoftesbotError {
  return e instanceof LoftesbotError && (code === undefined || e.code === code);
}

/** Throws an E_INVARIANT error: a state our own code should never produce. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new LoftesbotError('E_INVARIANT', message);
}
