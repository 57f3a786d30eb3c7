import { addDays, weekdayOf } from './dates.ts';

/**
 * Weekdays of meeting series, on the one date rule (src/domain/dates.ts reads meeting days: without a year the
 * next such day, never in the past). Days are ISO `YYYY-MM-DD` in the configured zone.
 */

export { weekdayOf };

/** True when a meeting day lies before today (refused for new meetings, moves and restores). */
export function isPastMeetingDay(day: string, today: string): boolean {
  return day < today;
}

/** The first day on or after `day` that falls on `weekday` (1 = Monday … 7 = Sunday). */
export function nextWeekday(day: string, weekday: number): string {
  return addDays(day, (weekday - weekdayOf(day) + 7) % 7);
}
