import type { Notifier } from '../bots/contract.ts';
import type { ChatCore, MessageUpdates } from '../bots/core/core.ts';
import { parseAddress } from '../domain/address.ts';
import type { Logger } from '../domain/ports.ts';
import type { ReminderStore, StoredReminder } from '../scheduler/ports.ts';

/**
 * Keeps sent questions up to date. After a meeting follow-up is answered, every copy of it (each recipient, person
 * or channel, on every platform, and each snoozed copy sent again) is rendered again and shows who answered what, without buttons. After a status
 * prompt's answer, every tertial reminder already delivered to a person about that
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
  /** Renders one sent reminder again for its recipient and replaces it on its platform. */
  const refresh = async (row: StoredReminder): Promise<void> => {
    const address = parseAddress(row.target);
    if (!address || !row.messageId) return;
    const notifier = notifiers().find((n) => n.platform === address.platform);
    if (!notifier?.update) return;
    const recipient =
      address.kind === 'person'
        ? { kind: 'person' as const, person: `${address.platform}:${address.id}` }
        : { kind: 'channel' as const };
    const reply = await core().renderReminderUpdate(recipient, row.payload, row.late);
    if (!reply) return;
    const result = await notifier.update({ to: address, reply, key: row.key, messageId: row.messageId });
    if (!result.ok) log.warn({ reminderKey: row.key, error: result.error }, 'prompt message not updated');
  };
  return {
    async meetingAnswered(scope, seriesId, originalOn) {
      // The follow-up as planned, and the copies snoozed by one person ("Påminn mig senare") already delivered.
      const rows = await reminders.sentMessages(scope, ['meeting-followup', 'prompt-snooze']);
      for (const row of rows) {
        const p = row.payload;
        if (
          p.kind !== 'meeting-followup' &&
          !(p.kind === 'prompt-snooze' && p.snoozed === 'meeting-followup')
        )
          continue;
        if (p.meeting.seriesId !== seriesId || p.meeting.originalOn !== originalOn) continue;
        await refresh(row);
      }
    },
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
        if (p.kind === 'prompt-snooze' && p.snoozed === 'meeting-followup') continue;
        if (p.tertial.year !== year || p.tertial.tertial !== tertial) continue;
        if (parseAddress(row.target)?.kind !== 'person') continue;
        await refresh(row);
      }
    },
  };
}
