import type { SnoozeWhen } from '../../../domain/snooze.ts';
import { reply } from '../build.ts';
import { FORM, type Reply } from '../reply.ts';
import type { Texts } from '../texts/index.ts';

/**
 * What every "Påminn mig senare" shares, whatever it snoozes (a status or count prompt, a meeting follow-up): the
 * one-field day form and the words for a day that cannot be chosen.
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
): string {
  if (error === 'bad-date') return t.snoozeBadDate;
  if (error === 'not-after-today') return t.snoozeNotAfterToday;
  return t.snoozeAfterDeadline(t.dates.short(lastDay));
}
