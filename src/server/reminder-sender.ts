import type { ChatCore } from '../bots/core/core.ts';
import type { Reply } from '../bots/core/reply.ts';
import type { DeliveryResult, Logger, Notifier } from '../domain/ports.ts';
import type { ReminderSender, ReminderToSend } from '../scheduler/ports.ts';

/** The platform a reminder target names: `channel:<platform>:<id>` or `person:<platform>:<id>`. */
export function targetPlatform(target: string): string | null {
  const m = /^(?:channel|person):([a-z]+):/.exec(target);
  return m?.[1] ?? null;
}

/**
 * The scheduler's sender: renders the reminder's payload with the chat core (marked late when it is) and hands it
 * to the Notifier of the target's platform. A target whose platform is not running is a permanent failure.
 */
export function createReminderSender(
  core: ChatCore,
  notifiers: () => readonly Notifier[],
  logger: Logger,
): ReminderSender {
  return {
    async send(reminder: ReminderToSend): Promise<DeliveryResult> {
      const platform = targetPlatform(reminder.target);
      const notifier = notifiers().find((n) => n.platform === platform);
      if (!notifier) {
        logger.warn({ reminderKey: reminder.key, platform }, 'no running platform for reminder target');
        return { ok: false, permanent: true, error: `platform ${platform ?? '?'} is not running` };
      }
      const rendered = core.renderReminder(reminder.payload);
      const reply: Reply = reminder.late ? core.markLate(rendered) : rendered;
      return notifier.send({ to: reminder.target, reply, key: reminder.key });
    },
  };
}
