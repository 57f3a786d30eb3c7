import { resolveDate } from './dates.ts';
import { localInstant, plusDays, workingDayOnOrAfter, workingDayOnOrBefore } from './working-days.ts';

/**
 * "Påminn mig senare" on a prompt: when it comes back. Either the next working day (Swedish holidays and weekends
 * skipped) or a day the person chooses, at most the deadline (the tertial's last day); always at 09:00 local time.
 * A chosen Saturday, Sunday or holiday moves to the working day before it (or after it, when that would be today or
 * earlier). Pure: the scheduler writes the row, the chat core renders the prompt afresh when it is due.
 */

export const SNOOZE_TIME = '09:00';

export type SnoozeChoice = { readonly kind: 'next' } | { readonly kind: 'day'; readonly text: string };

export type SnoozeWhen =
  | { readonly ok: true; readonly day: string; readonly at: number }
  | { readonly ok: false; readonly error: 'bad-date' | 'not-after-today' | 'after-deadline' };

/** The next working day after `today`. */
export function nextWorkingDay(today: string): string {
  return workingDayOnOrAfter(plusDays(today, 1));
}

/** May the person still pick a day of their own: is there a working day after today, on or before the deadline? */
export function canChooseDay(today: string, deadline: string): boolean {
  return nextWorkingDay(today) <= deadline;
}

/** When a snoozed prompt comes back, for the choice made `today` with `deadline` the last day to answer. */
export function snoozeWhen(choice: SnoozeChoice, today: string, deadline: string, zone: string): SnoozeWhen {
  if (choice.kind === 'next') {
    const day = nextWorkingDay(today);
    return { ok: true, day, at: localInstant(day, SNOOZE_TIME, zone) };
  }
  const reading = resolveDate(choice.text, today, 'meeting');
  const chosen =
    reading?.type === 'date' || (reading?.type === 'refused' && reading.reason === 'past')
      ? reading.day
      : null;
  if (!chosen) return { ok: false, error: 'bad-date' };
  if (chosen <= today) return { ok: false, error: 'not-after-today' };
  if (chosen > deadline) return { ok: false, error: 'after-deadline' };
  let day = workingDayOnOrBefore(chosen);
  if (day <= today) day = workingDayOnOrAfter(chosen);
  if (day > deadline) return { ok: false, error: 'after-deadline' };
  return { ok: true, day, at: localInstant(day, SNOOZE_TIME, zone) };
}
