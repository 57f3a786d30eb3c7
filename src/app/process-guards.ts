import type { Logger } from '../domain/ports.ts';

/** The part of `process` the guards listen on (an EventEmitter in tests). */
export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

export interface ProcessGuardOptions {
  readonly logger: Logger;
  /** Called after an uncaught exception has been logged: the process should shut down gracefully and exit 1. */
  readonly onFatal: (error: Error) => void;
  /** Counts what was caught (metrics). */
  readonly count?: (kind: 'unhandledRejection' | 'uncaughtException') => void;
}

/**
 * The process's last line of defence, installed by `start`:
 * - a promise rejected with nobody listening (a library's stray async callback) is logged at error level and the
 *   process keeps serving — the rejection ended that one piece of work, nothing shared was left half-done;
 * - an exception thrown out of a callback is logged at fatal level and handed to `onFatal`, which stops the server
 *   gracefully (in-flight requests and sends finish) and exits 1 for the supervisor to restart it: after an
 *   uncaught exception Node makes no promise about the state the process is in.
 * Requests, chat commands and reminders have their own error boundaries; these only catch what slips past them.
 * Returns a function that removes the guards.
 */
export function installProcessGuards(events: ProcessEvents, options: ProcessGuardOptions): () => void {
  const log = options.logger.child({ component: 'process' });
  let fatal = false;
  const onRejection = (reason: unknown) => {
    options.count?.('unhandledRejection');
    log.error({ err: describe(reason) }, 'unhandled promise rejection; still serving');
  };
  const onException = (error: Error) => {
    options.count?.('uncaughtException');
    log.error({ err: describe(error), fatal: true }, 'uncaught exception; shutting down gracefully');
    if (fatal) return;
    fatal = true;
    options.onFatal(error);
  };
  events.on('unhandledRejection', onRejection);
  events.on('uncaughtException', onException);
  return () => {
    events.off('unhandledRejection', onRejection);
    events.off('uncaughtException', onException);
  };
}

function describe(e: unknown): Record<string, unknown> {
  if (e instanceof Error) {
    return { name: e.name, message: e.message, code: (e as { code?: unknown }).code, stack: e.stack };
  }
  return { message: String(e) };
}
