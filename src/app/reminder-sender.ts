import type { Notifier } from '../bots/contract.ts';
import type { ChatCore } from '../bots/core/core.ts';
import type { Reply } from '../bots/core/reply.ts';
import { parseAddress } from '../domain/address.ts';
import type { DeliveryResult, Logger, SendProgress } from '../domain/ports.ts';
import { TIMEOUT, withTimeout } from '../runtime/timeout.ts';
import type { ReminderSender, ReminderToSend } from '../scheduler/ports.ts';

/** The platform a reminder target names: `channel:<platform>:<id>` or `person:<platform>:<id>`. */
export function targetPlatform(target: string): string | null {
  return parseAddress(target)?.platform ?? null;
}

/**
 * How long one send may take before the scheduler gets a transient failure back (default 2 minutes): longer than
 * any platform's own retries and Retry-After waits, shorter than the 5-minute lease. A platform call that hangs
 * must not hang the scheduler, which would stop every other reminder.
 */
export const SEND_TIMEOUT_MS = 120_000;

/**
 * The scheduler's sender: renders the reminder's payload with the chat core (in its recipient's language, marked late when it is) and hands it
 * to the Notifier (a snoozed prompt with nothing left to ask is done without a message) of the target's platform. A target whose platform is not running is a permanent failure; a
 * send that throws or outlasts `timeoutMs` is a transient one, retried with back-off.
 */
export function createReminderSender(
  core: Pick<ChatCore, 'renderReminderToSend'>,
  notifiers: () => readonly Notifier[],
  logger: Logger,
  options: { readonly timeoutMs?: number } = {},
): ReminderSender {
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  return {
    async send(reminder: ReminderToSend, progress?: SendProgress): Promise<DeliveryResult> {
      const address = parseAddress(reminder.target);
      const platform = address?.platform ?? null;
      const notifier = notifiers().find((n) => n.platform === platform);
      if (!address || !notifier) {
        logger.warn({ reminderKey: reminder.key, platform }, 'no running platform for reminder target');
        return { ok: false, permanent: true, error: `platform ${platform ?? '?'} is not running` };
      }
      const reply: Reply | null = await core.renderReminderToSend(
        address.kind === 'person'
          ? { kind: 'person', person: `${address.platform}:${address.id}` }
          : { kind: 'channel' },
        reminder.payload,
        reminder.late,
      );
      if (!reply) {
        // A snoozed prompt answered meanwhile: nothing left to ask, the row is done without a message.
        logger.info({ reminderKey: reminder.key, platform }, 'snoozed prompt has nothing left to ask');
        return { ok: true, messageId: null };
      }
      const stop = new AbortController();
      const sent = await withTimeout(
        notifier.send({
          to: address,
          reply,
          key: reminder.key,
          signal: stop.signal,
          ...(progress ? { progress } : {}),
        }),
        timeoutMs,
      );
      if (sent !== TIMEOUT) return sent;
      // The scheduler retries it: the Notifier posts nothing more (a call already on its way may still land, and
      // is recorded if it does).
      stop.abort();
      logger.warn({ reminderKey: reminder.key, platform, timeoutMs }, 'reminder send timed out');
      return { ok: false, permanent: false, error: `send timed out after ${timeoutMs} ms` };
    },
  };
}
