import { DateTime } from 'luxon';
import { computeSwedishHolidays } from './swedish-holidays.js';

/**
 * Swedish working days. A working day is a Monday–Friday that is not one of the days below, which is exactly the
 * list reminders must avoid: nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj,
 * Kristi himmelsfärdsdag, pingstdagen, nationaldagen, midsommarafton, midsommardagen, alla helgons dag, julafton,
 * juldagen, annandag jul and nyårsafton.
 *
 * The dates are computed in swedish-holidays.ts (tested against the `date-holidays` library for 2020–2040).
 * Calendar days are ISO `YYYY-MM-DD` strings.
 */

const byYear = new Map<number, ReadonlyMap<string, string>>();

/** The Swedish holidays of `year` that are not working days: ISO day → Swedish name, in date order. */
export function swedishHolidays(year: number): ReadonlyMap<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = computeSwedishHolidays(year);
    byYear.set(year, days);
  }
  return days;
}

/** The name of the holiday on `day` (`YYYY-MM-DD`), or null when it is not one. */
export function holidayName(day: string): string | null {
  return swedishHolidays(Number(day.slice(0, 4))).get(day) ?? null;
}

/** True for Monday–Friday days that are not Swedish holidays. */
export function isWorkingDay(day: string): boolean {
  return weekday(dayNumber(day)) <= 5 && holidayName(day) === null;
}

/** `day` itself when it is a working day, else the closest working day before it. */
export function workingDayOnOrBefore(day: string): string {
  return remember(`before ${day}`, () => {
    let n = dayNumber(day);
    while (!isWorkingDay(isoDay(n))) n--;
    return isoDay(n);
  });
}

/** `day` itself when it is a working day, else the closest working day after it. */
export function workingDayOnOrAfter(day: string): string {
  return remember(`after ${day}`, () => {
    let n = dayNumber(day);
    while (!isWorkingDay(isoDay(n))) n++;
    return isoDay(n);
  });
}

/** The `n`th working day after `day` (n ≥ 1); `day` itself does not count. */
export function addWorkingDays(day: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer: ${n}`);
  return remember(`add ${day} ${n}`, () => {
    let d = dayNumber(day);
    let left = n;
    while (left > 0) {
      d++;
      if (isWorkingDay(isoDay(d))) left--;
    }
    return isoDay(d);
  });
}

/** A calendar day plus or minus whole days, `YYYY-MM-DD`. */
export function plusDays(day: string, days: number): string {
  return isoDay(dayNumber(day) + days);
}

/**
 * The instant of local wall-clock `time` (`HH:mm`) on `day` in `zone`.
 * DST policy (luxon's): a time that does not exist (02:30 on the spring-forward night) moves forward by the gap
 * (03:30); an ambiguous one (02:30 on the autumn night) is the second of the two, in standard time (+01:00).
 */
export function localInstant(day: string, time: string, zone: string): number {
  const key = `${day} ${time} ${zone}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new RangeError(`not a time HH:mm: ${time}`);
  const d = new Date(dayNumber(day) * DAY_MS);
  const dt = DateTime.fromObject(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: Number(m[1]),
      minute: Number(m[2]),
    },
    { zone },
  );
  if (!dt.isValid) throw new RangeError(`invalid zone or time: ${zone} ${day} ${time}`);
  if (instants.size >= 20_000) instants.clear();
  instants.set(key, dt.toMillis());
  return dt.toMillis();
}

/** localInstant is pure and asked for the same few days and times over and over by every re-plan: memoised. */
const instants = new Map<string, number>();

/** The same for the working-day shifts (pure functions of the day; the holiday table never changes). */
const shifts = new Map<string, string>();

function remember(key: string, compute: () => string): string {
  const known = shifts.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (shifts.size >= 20_000) shifts.clear();
  shifts.set(key, value);
  return value;
}

/**
 * The working-day rule for reminders: at wall-clock `time` on `day`, or — when `day` is a Saturday, Sunday or
 * holiday — at the same local time on the previous working day (`direction: 'after'` takes the next one instead).
 */
export function onWorkingDay(
  day: string,
  time: string,
  zone: string,
  direction: 'before' | 'after' = 'before',
): number {
  const shifted = direction === 'before' ? workingDayOnOrBefore(day) : workingDayOnOrAfter(day);
  return localInstant(shifted, time, zone);
}

/*
 * Calendar days as whole days since 1970-01-01 (UTC arithmetic, no zone involved): a re-plan for every kommun
 * walks hundreds of thousands of days, and luxon objects for each dominated the scheduler's tick
 * (see docs/performance.md).
 */
const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`not a date YYYY-MM-DD: ${day}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new RangeError(`not a date YYYY-MM-DD: ${day}`);
  }
  return Math.round(date.getTime() / DAY_MS);
}

function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
function weekday(n: number): number {
  return new Date(n * DAY_MS).getUTCDay() || 7;
}
