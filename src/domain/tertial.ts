import { DateTime } from 'luxon';
import type { TertialNumber } from './types.ts';

/**
 * Tertial and period maths. All calendar reasoning happens in one IANA zone (Europe/Stockholm by default);
 * instants are epoch milliseconds. T1 = January–April, T2 = May–August, T3 = September–December.
 */

export const DEFAULT_ZONE = 'Europe/Stockholm';

export interface TertialRef {
  readonly year: number;
  readonly tertial: TertialNumber;
}

/** A half-open window of time [start, end) in epoch ms, with its inclusive first and last calendar days. */
export interface Window {
  readonly start: number;
  readonly end: number;
  readonly firstDay: string;
  readonly lastDay: string;
}

export function tertialOfMonth(month: number): TertialNumber {
  if (month < 1 || month > 12 || !Number.isInteger(month))
    throw new RangeError(`month out of range: ${month}`);
  return month <= 4 ? 1 : month <= 8 ? 2 : 3;
}

/** The tertial an instant falls in, as seen in `zone`. */
export function tertialOf(instant: number, zone = DEFAULT_ZONE): TertialRef {
  // Asked on every request and hundreds of times per re-plan: the local day (remembered) gives it without luxon.
  const day = localDay(instant, zone);
  const last = lastTertialOf;
  if (last.day === day) return last.ref;
  const ref = Object.freeze({
    year: Number(day.slice(0, 4)),
    tertial: tertialOfMonth(Number(day.slice(5, 7))),
  });
  lastTertialOf = { day, ref };
  return ref;
}

let lastTertialOf: { day: string; ref: TertialRef } = { day: '', ref: { year: 0, tertial: 1 } };

/** The tertial of a calendar day `YYYY-MM-DD`. */
export function tertialOfDay(day: string): TertialRef {
  if (isIsoDay(day))
    return { year: Number(day.slice(0, 4)), tertial: tertialOfMonth(Number(day.slice(5, 7))) };
  const dt = DateTime.fromISO(day, { zone: 'UTC' });
  if (!dt.isValid) throw new RangeError(`not a date: ${day}`);
  return { year: dt.year, tertial: tertialOfMonth(dt.month) };
}

export function tertialFirstMonth(t: TertialNumber): number {
  return (t - 1) * 4 + 1;
}

/** First calendar day of a tertial, `YYYY-MM-DD`. */
export function tertialFirstDay(ref: TertialRef): string {
  return `${pad4(ref.year)}-${String(tertialFirstMonth(ref.tertial)).padStart(2, '0')}-01`;
}

/** Last calendar day of a tertial (30 April, 31 August, 31 December), `YYYY-MM-DD`. */
export function tertialLastDay(ref: TertialRef): string {
  return `${pad4(ref.year)}-${TERTIAL_LAST[ref.tertial]}`;
}

const TERTIAL_LAST: Readonly<Record<TertialNumber, string>> = { 1: '04-30', 2: '08-31', 3: '12-31' };

/**
 * The window of whole local days from `firstDay` through `lastDay`, in `zone`. Memoised: the same few windows
 * (tertials, years, periods) are asked for hundreds of times per national summary or scheduler re-plan, and
 * luxon's zone maths dominated both (see docs/performance.md).
 */
export function dayWindow(firstDay: string, lastDay: string, zone = DEFAULT_ZONE): Window {
  const key = `${firstDay}|${lastDay}|${zone}`;
  const known = windows.get(key);
  if (known) return known;
  const start = DateTime.fromISO(firstDay, { zone }).startOf('day');
  const end = DateTime.fromISO(lastDay, { zone }).plus({ days: 1 }).startOf('day');
  if (!start.isValid || !end.isValid) throw new RangeError(`bad window ${firstDay}..${lastDay}`);
  const window = Object.freeze({ start: start.toMillis(), end: end.toMillis(), firstDay, lastDay });
  if (windows.size >= 4096) windows.clear();
  windows.set(key, window);
  return window;
}

const windows = new Map<string, Window>();

export function tertialWindow(ref: TertialRef, zone = DEFAULT_ZONE): Window {
  return dayWindow(tertialFirstDay(ref), tertialLastDay(ref), zone);
}

export function yearWindow(year: number, zone = DEFAULT_ZONE): Window {
  return dayWindow(`${pad4(year)}-01-01`, `${pad4(year)}-12-31`, zone);
}

export function periodWindow(fromYear: number, toYear: number, zone = DEFAULT_ZONE): Window {
  return dayWindow(`${pad4(fromYear)}-01-01`, `${pad4(toYear)}-12-31`, zone);
}

/** Every tertial of the calendar years `fromYear`–`toYear`, in order. */
export function tertialsOfPeriod(fromYear: number, toYear: number): TertialRef[] {
  const out: TertialRef[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const tertial of [1, 2, 3] as const) out.push({ year, tertial });
  }
  return out;
}

export function nextTertial(ref: TertialRef): TertialRef {
  return ref.tertial === 3
    ? { year: ref.year + 1, tertial: 1 }
    : { year: ref.year, tertial: (ref.tertial + 1) as TertialNumber };
}

export function previousTertial(ref: TertialRef): TertialRef {
  return ref.tertial === 1
    ? { year: ref.year - 1, tertial: 3 }
    : { year: ref.year, tertial: (ref.tertial - 1) as TertialNumber };
}

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function localDay(instant: number, zone = DEFAULT_ZONE): string {
  // Every request asks for today (luxon's zone arithmetic costs ~30 µs): remember the last day's bounds.
  const last = lastDay;
  if (instant >= last.start && instant < last.end && zone === last.zone) return last.day;
  const local = DateTime.fromMillis(instant, { zone });
  const start = local.startOf('day');
  lastDay = {
    zone,
    start: start.toMillis(),
    end: start.plus({ days: 1 }).toMillis(),
    day: local.toISODate() as string,
  };
  return lastDay.day;
}

let lastDay = { zone: '', start: Number.NaN, end: Number.NaN, day: '' };

/** True when `day` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDay(day: string): boolean {
  if (!ISO_DAY.test(day)) return false;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Days in a month of the (proleptic) Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function formatTertial(ref: TertialRef): string {
  return `T${ref.tertial} ${ref.year}`;
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
