import type { Notifier } from '../bots/contract.ts';
import type { ChatCore, MessageUpdates } from '../bots/core/core.ts';
import { parseAddress } from '../domain/address.ts';
import type { Logger } from '../domain/ports.ts';
import type { ReminderStore } from '../scheduler/ports.ts';

/**
 * Keeps sent prompts up to date: after an answer, every tertial reminder already delivered to a person about that
 * kommun and tertial is rendered again for its recipient (the answered activity now shows who answered what; the
 * rest stay answerable) and replaced in place through its platform's Notifier (Slack chat.update, Teams
 * updateActivity, the console prints it again). Messages that ask nothing (channel lists, a police officer's list)
 * are left as they are. A failed update is logged; pressing a button of a stale copy answers "already answered"
 * and updates it again.
 */
export function createMessageUpdates(
  core: () => Pick<ChatCore, 'renderReminderUpdate'>,
  notifiers: () => readonly Notifier[],
  reminders: Pick<ReminderStore, 'sentMessages'>,
  logger: Logger,
): MessageUpdates {
  const log = logger.child({ component: 'message-updates' });
  return {
    async tertialAnswered(code, year, tertial) {
      const rows = await reminders.sentMessages({ type: 'kommun', id: code }, [
        'tertial-reminder',
        'tertial-nudge',
        'prompt-snooze',
      ]);
      for (const row of rows) {
        const p = row.payload;
        if (p.kind !== 'tertial-reminder' && p.kind !== 'tertial-nudge' && p.kind !== 'prompt-snooze')
          continue;
        if (p.tertial.year !== year || p.tertial.tertial !== tertial) continue;
        const address = parseAddress(row.target);
        if (address?.kind !== 'person' || !row.messageId) continue;
        const notifier = notifiers().find((n) => n.platform === address.platform);
        if (!notifier?.update) continue;
        const person = { kind: 'person' as const, person: `${address.platform}:${address.id}` };
        const reply = await core().renderReminderUpdate(person, p, row.late);
        if (!reply) continue;
        const result = await notifier.update({ to: address, reply, key: row.key, messageId: row.messageId });
        if (!result.ok) log.warn({ reminderKey: row.key, error: result.error }, 'prompt message not updated');
      }
    },
  };
}
