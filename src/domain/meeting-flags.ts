import type { MeetingOccurrence } from './meetings.ts';
import { holidayName, isWorkingDay, plusDays } from './working-days.ts';

/**
 * Meetings that fall on a Swedish holiday or in the Christmas week (24–31 December), with two nearby days a week
 * earlier or later to move them to. Pure; used when a series is created or changed, and in the reminder before a
 * flagged meeting.
 */

export interface MeetingFlag {
  readonly day: string;
  readonly originalOn: string;
  /** `holiday`: a public holiday (its Swedish name in `holiday`); `christmas`: in the Christmas week. */
  readonly reason: 'holiday' | 'christmas';
  readonly holiday: string | null;
  /** Up to two working days outside the Christmas week, a week (or two) earlier and later, none before today. */
  readonly alternatives: readonly string[];
}

/** True for 24–31 December. */
export function inChristmasWeek(day: string): boolean {
  return day.slice(5, 7) === '12' && Number(day.slice(8, 10)) >= 24;
}

/** The flag of one meeting day, or null when the day is fine. */
export function flagOf(day: string, originalOn: string, today: string): MeetingFlag | null {
  const holiday = holidayName(day);
  const christmas = inChristmasWeek(day);
  if (!holiday && !christmas) return null;
  const fine = (d: string) => d >= today && isWorkingDay(d) && !inChristmasWeek(d);
  const earlier = [-7, -14].map((n) => plusDays(day, n)).find(fine);
  const later = [7, 14].map((n) => plusDays(day, n)).find(fine);
  return {
    day,
    originalOn,
    reason: christmas ? 'christmas' : 'holiday',
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
