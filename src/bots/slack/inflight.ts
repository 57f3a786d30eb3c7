import type { SlackCore } from './listeners/deps.ts';

/**
 * Inbound dedupe before the core: while a request with an event id is being handled, a second one with the same
 * id (a double click, Slack redelivering a slow request) waits for the first and gets the same reply, instead of
 * racing it through the core. Across processes the core's stored event ids do the same job; this makes the
 * common case — both copies arriving at one process within milliseconds — answer identically.
 */
export function dedupeInflight(core: SlackCore): SlackCore {
  const running = new Map<string, Promise<unknown>>();
  const once = <R extends { eventId: string }, T>(fn: (request: R) => Promise<T>) => {
    return (request: R): Promise<T> => {
      const key = request.eventId;
      const current = running.get(key);
      if (current) return current as Promise<T>;
      const started = fn(request).finally(() => running.delete(key));
      running.set(key, started);
      return started;
    };
  };
  return {
    handleCommand: once((r) => core.handleCommand(r)),
    handleAction: once((r) => core.handleAction(r)),
    submitForm: once((r) => core.submitForm(r)),
    handleDocument: once((r) => core.handleDocument(r)),
    commandNames: () => core.commandNames(),
  };
}
