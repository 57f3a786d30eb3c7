import { weekdayOf } from './meeting-day.ts';
import type { MeetingOccurrence } from './meetings.ts';
import { holidayName, isWorkingDay, plusDays } from './working-days.ts';

/**
 * Meetings that fall on a Swedish holiday, a klämdag (a working day between a holiday and a weekend: the Friday
 * after Kristi himmelsfärdsdag, 2 January on a Friday) or in the Christmas week (24–31 December), with two nearby days a week
 * earlier or later to move them to. Pure; used when a series is created or changed, and in the reminder before a
 * flagged meeting. A single meeting moved or restored onto a weekend is flagged too (`dayFlag`).
 */

export interface MeetingFlag {
  readonly day: string;
  readonly originalOn: string;
  /**
   * `holiday`: a public holiday (its Swedish name in `holiday`); `christmas`: in the Christmas week; `klamdag`: a
   * working day between a holiday and a weekend (or another holiday); `weekend`: a
   * Saturday or Sunday (only for one meeting moved or restored there: a series may meet on a weekend day).
   */
  readonly reason: 'holiday' | 'christmas' | 'klamdag' | 'weekend';
  readonly holiday: string | null;
  /** Up to two working days outside the Christmas week, a week (or two) earlier and later, none before today. */
  readonly alternatives: readonly string[];
}

/** True for 24–31 December. */
export function inChristmasWeek(day: string): boolean {
  return day.slice(5, 7) === '12' && Number(day.slice(8, 10)) >= 24;
}

/** True for a working day with a holiday on one side and a day off (weekend or holiday) on the other. */
export function isKlamdag(day: string): boolean {
  if (!isWorkingDay(day)) return false;
  const before = plusDays(day, -1);
  const after = plusDays(day, 1);
  return (
    (holidayName(before) !== null && !isWorkingDay(after)) ||
    (holidayName(after) !== null && !isWorkingDay(before))
  );
}

/** The flag of one meeting day, or null when the day is fine. */
export function flagOf(day: string, originalOn: string, today: string): MeetingFlag | null {
  const holiday = holidayName(day);
  const christmas = inChristmasWeek(day);
  const klamdag = !holiday && !christmas && isKlamdag(day);
  if (!holiday && !christmas && !klamdag) return null;
  const fine = (d: string) => d >= today && isWorkingDay(d) && !inChristmasWeek(d) && !isKlamdag(d);
  const earlier = [-7, -14].map((n) => plusDays(day, n)).find(fine);
  const later = [7, 14].map((n) => plusDays(day, n)).find(fine);
  return {
    day,
    originalOn,
    // A holiday is named, also in the Christmas week ("24 dec är julafton"); "i mellandagarna" is 27–30 December.
    reason: holiday ? 'holiday' : christmas ? 'christmas' : 'klamdag',
    holiday,
    alternatives: [earlier, later].filter((d): d is string => d !== undefined),
  };
}

/** The flags of the given meetings (cancelled and held ones are skipped), in date order. */
export function holidayFlags(occurrences: readonly MeetingOccurrence[], today: string): MeetingFlag[] {
  const out: MeetingFlag[] = [];
  for (const o of occurrences) {
    if (o.status === 'cancelled' || o.status === 'held') continue;
    const flag = flagOf(o.scheduledOn, o.originalOn, today);
    if (flag) out.push(flag);
  }
  return out;
}

/**
 * The flag of one meeting moved or restored to `day`: a holiday or the Christmas week as `flagOf`, or a Saturday or
 * Sunday. When a week earlier or later is no working day either, the alternatives are the closest working days
 * before and after (outside the Christmas week, none before today).
 */
export function dayFlag(day: string, originalOn: string, today: string): MeetingFlag | null {
  const flag = flagOf(day, originalOn, today);
  const weekend = weekdayOf(day) >= 6;
  if (!flag && !weekend) return null;
  if (flag && flag.alternatives.length > 0) return flag;
  const closest = [closestFine(day, -1, today), closestFine(day, 1, today)];
  return {
    ...(flag ?? { day, originalOn, reason: 'weekend' as const, holiday: null }),
    alternatives: closest.filter((d): d is string => d !== null),
  };
}

function closestFine(day: string, step: 1 | -1, today: string): string | null {
  for (let n = 1; n <= 21; n++) {
    const d = plusDays(day, n * step);
    if (d < today) return null;
    if (isWorkingDay(d) && !inChristmasWeek(d) && !isKlamdag(d)) return d;
  }
  return null;
}
