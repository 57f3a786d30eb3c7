import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/**
 * Swedish working days. A working day is a Monday–Friday that is not one of the days below, which is exactly the
 * list reminders must avoid: nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj,
 * Kristi himmelsfärdsdag, pingstdagen, nationaldagen, midsommarafton, midsommardagen, alla helgons dag, julafton,
 * juldagen, annandag jul and nyårsafton.
 *
 * The dates come from `date-holidays` (country SE, a pure data library). It files midsommarafton, julafton and
 * nyårsafton as type `bank` and the statutory holidays as `public`; both types are taken, nothing else
 * (påskafton, pingstafton, valborg etc. are `observance`/`optional` and stay working days here).
 * Calendar days are ISO `YYYY-MM-DD` strings.
 */

const HOLIDAY_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);
const holidays = new Holidays('SE', { languages: ['sv'] });
const byYear = new Map<number, ReadonlyMap<string, string>>();

/** The Swedish holidays of `year` that are not working days: ISO day → Swedish name, in date order. */
export function swedishHolidays(year: number): ReadonlyMap<string, string> {
  let days = byYear.get(year);
  if (!days) {
    const map = new Map<string, string>();
    for (const h of holidays.getHolidays(year, 'sv')) {
      if (HOLIDAY_TYPES.has(h.type)) map.set(h.date.slice(0, 10), h.name);
    }
    days = map;
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
  const dt = parseDay(day);
  return dt.weekday <= 5 && holidayName(day) === null;
}

/** `day` itself when it is a working day, else the closest working day before it. */
export function workingDayOnOrBefore(day: string): string {
  let dt = parseDay(day);
  while (!isWorkingDay(iso(dt))) dt = dt.minus({ days: 1 });
  return iso(dt);
}

/** `day` itself when it is a working day, else the closest working day after it. */
export function workingDayOnOrAfter(day: string): string {
  let dt = parseDay(day);
  while (!isWorkingDay(iso(dt))) dt = dt.plus({ days: 1 });
  return iso(dt);
}

/** The `n`th working day after `day` (n ≥ 1); `day` itself does not count. */
export function addWorkingDays(day: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer: ${n}`);
  let dt = parseDay(day);
  let left = n;
  while (left > 0) {
    dt = dt.plus({ days: 1 });
    if (isWorkingDay(iso(dt))) left--;
  }
  return iso(dt);
}

/** A calendar day plus or minus whole days, `YYYY-MM-DD`. */
export function plusDays(day: string, days: number): string {
  return iso(parseDay(day).plus({ days }));
}

/**
 * The instant of local wall-clock `time` (`HH:mm`) on `day` in `zone`.
 * DST policy (luxon's): a time that does not exist (02:30 on the spring-forward night) moves forward by the gap
 * (03:30); an ambiguous one (02:30 on the autumn night) is the second of the two, in standard time (+01:00).
 */
export function localInstant(day: string, time: string, zone: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new RangeError(`not a time HH:mm: ${time}`);
  const d = parseDay(day);
  const dt = DateTime.fromObject(
    { year: d.year, month: d.month, day: d.day, hour: Number(m[1]), minute: Number(m[2]) },
    { zone },
  );
  if (!dt.isValid) throw new RangeError(`invalid zone or time: ${zone} ${day} ${time}`);
  return dt.toMillis();
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

function parseDay(day: string): DateTime {
  const dt = DateTime.fromISO(day, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !dt.isValid) throw new RangeError(`not a date YYYY-MM-DD: ${day}`);
  return dt;
}

function iso(dt: DateTime): string {
  return dt.toISODate() as string;
}
