import { DateTime } from 'luxon';

/**
 * The date rule for meeting days (kept in one place so it can follow the project's shared date rules):
 * a meeting day written without a year is the next such day (today or later), and a meeting may not be planned,
 * moved or restored into the past. Days are ISO `YYYY-MM-DD` in the configured zone.
 */

/** `parsed` (a day the grammar read) as a meeting day: without a written year, the next such day from `today`. */
export function meetingDay(parsed: string, yearWritten: boolean, today: string): string {
  if (yearWritten || parsed >= today) return parsed;
  const month = Number(parsed.slice(5, 7));
  const day = Number(parsed.slice(8, 10));
  for (let year = Number(today.slice(0, 4)); year <= Number(today.slice(0, 4)) + 8; year++) {
    const dt = DateTime.utc(year, month, day);
    if (dt.isValid && dt.day === day && dt.month === month) {
      const iso = dt.toISODate() as string;
      if (iso >= today) return iso;
    }
  }
  return parsed;
}

/** True when a meeting day lies before today (refused for new meetings, moves and restores). */
export function isPastMeetingDay(day: string, today: string): boolean {
  return day < today;
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  return DateTime.fromISO(day, { zone: 'UTC' }).weekday;
}

/** The first day on or after `day` that falls on `weekday` (1 = Monday … 7 = Sunday). */
export function nextWeekday(day: string, weekday: number): string {
  const dt = DateTime.fromISO(day, { zone: 'UTC' });
  return dt.plus({ days: (weekday - dt.weekday + 7) % 7 }).toISODate() as string;
}

/** The last day on or before `day` that falls on `weekday`. */
export function previousWeekday(day: string, weekday: number): string {
  const dt = DateTime.fromISO(day, { zone: 'UTC' });
  return dt.minus({ days: (dt.weekday - weekday + 7) % 7 }).toISODate() as string;
}
