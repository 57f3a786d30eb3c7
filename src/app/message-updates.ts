import type { ChatCore, MessageUpdates } from '../bots/core/core.ts';
import type { Logger, Notifier } from '../domain/ports.ts';
import type { ReminderStore } from '../scheduler/ports.ts';
import { targetPlatform } from './reminder-sender.ts';

/**
 * Keeps sent prompts up to date: after an answer, every tertial reminder already delivered to a person about that
 * kommun and tertial is rendered again for its recipient (the answered activity now shows who answered what; the
 * rest stay answerable) and replaced in place through its platform's Notifier (Slack chat.update, Teams
 * updateActivity, the console prints it again). Channel copies carry no prompt and are left as they are. A failed
 * update is logged; pressing a button of a stale copy answers "already answered" and updates it again.
 */
export function createMessageUpdates(
  core: () => ChatCore,
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
      ]);
      for (const row of rows) {
        const p = row.payload;
        if (p.kind !== 'tertial-reminder' && p.kind !== 'tertial-nudge') continue;
        if (p.tertial.year !== year || p.tertial.tertial !== tertial) continue;
        if (!row.target.startsWith('person:') || !row.messageId) continue;
        const notifier = notifiers().find((n) => n.platform === targetPlatform(row.target));
        if (!notifier?.update) continue;
        const reply = await core().renderReminderUpdate(p, row.target, row.late);
        if (!reply) continue;
        const result = await notifier.update({
          to: row.target,
          reply,
          key: row.key,
          messageId: row.messageId,
        });
        if (!result.ok) log.warn({ reminderKey: row.key, error: result.error }, 'prompt message not updated');
      }
    },
  };
}
