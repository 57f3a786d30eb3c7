import { WEEKDAY_NAMES } from '../../../domain/date-words.ts';
import { type DatePurpose, type DateReading, readDateAt, weekdayOf } from '../../../domain/dates.ts';
import { nameKey } from '../../../domain/names.ts';

/**
 * Dates in commands: the grammar reads them with the domain's one date rule (src/domain/dates.ts), by purpose —
 * `registration` for what happened (/insats, /logga, a meeting marked held), `meeting` for what is planned
 * (moving or cancelling a samverkansmöte).
 */

export { isTime, looksLikeDate } from '../../../domain/dates.ts';
export type { DatePurpose, DateReading };

/** The date at `tokens[i]` for `purpose` (a yearless day nearest `near`), or null when there is no date at all. */
export function parseDateAt(
  tokens: readonly string[],
  i: number,
  today: string,
  purpose: DatePurpose,
  near?: string,
): DateReading | null {
  return readDateAt(tokens, i, today, purpose, near);
}

/**
 * The answer to "Vilken dag förra veckan?" in the words of the question: "förra veckan, onsdag" ("last week,
 * Wednesday"), which the date rule reads as that day. `askText` is what was typed ("förra veckan", "last week").
 */
export function lastWeekDayText(askText: string, day: string): string {
  const words = askText.replace(/,$/, '');
  const names = nameKey(words.split(' ')[0] ?? '') === 'last' ? WEEKDAY_NAMES.en : WEEKDAY_NAMES.sv;
  return `${words}, ${names[weekdayOf(day) - 1]}`;
}
