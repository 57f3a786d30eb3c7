import { auditOf } from '../../../domain/deps.ts';
import type { SnoozeWhen } from '../../../domain/snooze.ts';
import type { PlannedReminder } from '../../../scheduler/types.ts';
import { reply } from '../build.ts';
import { FORM, type Reply } from '../reply.ts';
import type { Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';

/**
 * What every "Påminn mig senare" shares, whatever it snoozes (a status or count prompt, a meeting follow-up): the
 * one-field day form, the words for a day that cannot be chosen, and writing the reminder row once with its audit.
 */

/** "📅 Påminn mig en annan dag…": the form asking for a day up to `lastDay`; `state` says what is snoozed. */
export function snoozeDayForm(t: Texts, state: string, lastDay: string): Reply {
  return reply({
    headline: t.snoozeFormTitle,
    form: {
      formId: FORM.snooze,
      title: t.snoozeFormTitle,
      submitLabel: t.save,
      state,
      fields: [
        { id: 'day', label: t.snoozeDay(t.dates.short(lastDay)), maxLength: 40, hint: t.snoozeDayHint },
      ],
    },
  });
}

/** Why the day typed cannot be the snooze's day, in the person's words. */
export function snoozeDayError(
  t: Texts,
  error: Extract<SnoozeWhen, { ok: false }>['error'],
  lastDay: string,
  beforeOverdue = false,
): string {
  if (error === 'bad-date') return t.snoozeBadDate;
  if (error === 'not-after-today') return t.snoozeNotAfterToday;
  const day = t.dates.short(lastDay);
  return beforeOverdue ? t.snoozeBeforeOverdue(day) : t.snoozeAfterDeadline(day);
}

/** What the audit row of a snooze says besides its actor and action. */
interface SnoozeAudit {
  readonly entity: 'tertial' | 'meeting';
  readonly entityId: string;
  readonly municipalityCode: string | null;
  readonly after: Readonly<Record<string, unknown>>;
}

/**
 * Writes the snooze's reminder row (its key makes it once per thing, day and person) and audits it; a second press
 * for the same day is told it is already planned.
 */
export async function writeSnooze(
  session: Session,
  row: PlannedReminder,
  day: string,
  audit: SnoozeAudit,
): Promise<Reply> {
  const { t, deps } = session;
  const when = t.dates.short(day);
  if (!deps.reminders) return reply({ headline: t.remindUnavailable, tone: 'error' });
  if ((await deps.reminders.insertOnce([row], session.now)) === 0) {
    return reply({ headline: t.snoozeAlready(when), tone: 'info' });
  }
  await deps.store.appendAudit(
    auditOf(deps, session.actor, { action: 'prompt.snooze', before: null, ...audit }),
  );
  return reply({ headline: t.snoozeSet(when), tone: 'success' });
}
