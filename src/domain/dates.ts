import { LAST_WEEKDAYS, MONTHS, RELATIVE_AFTER_I, RELATIVE_ONE, WEEKDAYS } from './date-words.ts';
import { nameKey } from './names.ts';

/**
 * THE date rule: a date as people type it, resolved by what it is for. Pure: `today` (`YYYY-MM-DD`, the configured
 * zone's calendar day) is the only notion of time.
 *
 * - `registration` (something that happened): never after today. A day and month without a year is the most recent
 *   such day not after today. `imorgon` and any later day are refused. A day more than FAR_BACK_DAYS back is returned
 *   as `needs-confirmation` (the one confirmation rule in confirmation.ts also asks for published tertials and
 *   counts over the sanity limit).
 * - `meeting` (something planned): a day and month without a year is the next such day (today included); a day
 *   before today is refused.
 *
 * Understood: `2026-11-20`, `20/11`, `20/11/2026`, `20/11-26`, `20 nov`, `20 november 2026`, `nov 20`, `idag`,
 * `i dag`, `igår`, `i går`, `i förrgår`, `förrgår`, `imorgon`, `i morgon`, `i övermorgon`, `i fredags` (the last
 * Friday before today; any weekday), a bare weekday (today when it is that day, else the last one — or for a meeting
 * the next one), `förra veckan` (asks which day: Monday–Friday of last week), `förra veckan, onsdag` (that day of
 * last week: how the answer to that question is written), and the English `today`, `yesterday`, `tomorrow`,
 * `last friday`, `friday`, `last week`, `last week, wednesday`. A time such as `21.00` or `7:30` is not a date.
 */

export type DatePurpose = 'registration' | 'meeting';

/** How many days back a registration may lie before the bot asks. */
export const FAR_BACK_DAYS = 60;

export type RefusalReason =
  /** Not a real calendar day ("31/2", "2026-13-01") or a date-like token it cannot read ("24.12"). */
  | 'invalid'
  /** A registration after today. */
  | 'future'
  /** A meeting before today. */
  | 'past';

export type DateReading =
  | { readonly type: 'date'; readonly day: string; readonly consumed: number }
  /** A registration day more than FAR_BACK_DAYS before today: ask before storing. */
  | { readonly type: 'needs-confirmation'; readonly day: string; readonly consumed: number }
  /** `förra veckan`: which day? `days` are Monday–Friday of last week (those not after today). */
  | { readonly type: 'ask-which-day'; readonly days: readonly string[]; readonly consumed: number }
  | {
      readonly type: 'refused';
      readonly reason: RefusalReason;
      /** The day it would have been (absent when the text is no valid day). */
      readonly day?: string;
      readonly text: string;
      readonly consumed: number;
    };

/*
 * Calendar-day arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01, the proleptic
 * Gregorian calendar). No zone is involved: `today` is already the zone's calendar day (tertial.ts localDay, luxon).
 * Plain integer maths — the rule runs on every /insats, and luxon objects cost ~30 µs per reading.
 */

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day number of a civil date (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number, `YYYY-MM-DD`. */
function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function numberOf(day: string): number {
  return dayNumber(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/** `day` plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  return fromDayNumber(numberOf(day) + n);
}

/** Whole calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return numberOf(b) - numberOf(a);
}

/** ISO weekday of a day, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: string): number {
  return ((((numberOf(day) + 3) % 7) + 7) % 7) + 1;
}

function build(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A day and month without a year: for a registration the most recent such day not after today, for a meeting the
 * next such day from today on. 29 February looks up to eight years away (1900-style gaps do not occur here).
 */
export function inferYear(today: string, month: number, day: number, purpose: DatePurpose): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = Number(today.slice(0, 4));
  for (let k = 0; k <= 8; k++) {
    const candidate = build(purpose === 'registration' ? year - k : year + k, month, day);
    if (candidate === null) continue;
    if (purpose === 'registration' ? candidate <= today : candidate >= today) return candidate;
  }
  return null;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** True when a token is a clock time (`21.00`, `7.30`, `21:00`, `kl.21`), which is never a date. */
export function isTime(token: string): boolean {
  const m = /^(?:kl\.?)?(\d{1,2})[.:](\d{2})$/i.exec(token);
  return m !== null && Number(m[1]) <= 23 && Number(m[2]) <= 59;
}

/** True when a token looks like an attempt at a date (digits with - / or .) without being a number or a time. */
export function looksLikeDate(token: string): boolean {
  return !isTime(token) && /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\.?$/.test(token);
}

/** Monday–Friday of the week before today's, those not after today. */
export function lastWeekWorkdays(today: string): string[] {
  return [1, 2, 3, 4, 5].map((wd) => lastWeekDay(today, wd)).filter((d) => d <= today);
}

/** The given ISO weekday (1 = Monday) of the week before today's. */
function lastWeekDay(today: string, weekday: number): string {
  return addDays(today, -(weekdayOf(today) - 1) - 7 + weekday - 1);
}

/** A bare weekday: today when it is that day, else the last one before (registration) or the next one (meeting). */
function bareWeekday(today: string, weekday: number, purpose: DatePurpose): string {
  const back = (weekdayOf(today) - weekday + 7) % 7;
  return purpose === 'registration' ? addDays(today, -back) : addDays(today, (7 - back) % 7);
}

/** "i fredags": the last such weekday strictly before today. */
function lastWeekday(today: string, weekday: number): string {
  const back = (weekdayOf(today) - weekday + 7) % 7;
  return addDays(today, -(back === 0 ? 7 : back));
}

type Raw =
  | { readonly kind: 'day'; readonly day: string | null; readonly text: string; readonly consumed: number }
  | { readonly kind: 'ask'; readonly consumed: number };

/**
 * Reads the date at `tokens[i]` (one to three tokens) for `purpose`. Returns null when the words there are no date
 * at all (so they may be a count or a note).
 */
export function readDateAt(
  tokens: readonly string[],
  i: number,
  today: string,
  purpose: DatePurpose,
): DateReading | null {
  const raw = readRaw(tokens, i, today, purpose);
  if (raw === null) return null;
  if (raw.kind === 'ask') {
    return purpose === 'registration'
      ? { type: 'ask-which-day', days: lastWeekWorkdays(today), consumed: raw.consumed }
      : {
          type: 'refused',
          reason: 'past',
          text: tokens.slice(i, i + raw.consumed).join(' '),
          consumed: raw.consumed,
        };
  }
  const { day, text, consumed } = raw;
  if (day === null) return { type: 'refused', reason: 'invalid', text, consumed };
  if (purpose === 'registration') {
    if (day > today) return { type: 'refused', reason: 'future', day, text, consumed };
    if (daysBetween(day, today) > FAR_BACK_DAYS) return { type: 'needs-confirmation', day, consumed };
    return { type: 'date', day, consumed };
  }
  if (day < today) return { type: 'refused', reason: 'past', day, text, consumed };
  return { type: 'date', day, consumed };
}

/** The whole of `text` as one date for `purpose`; null when it is not (only) a date. */
export function resolveDate(text: string, today: string, purpose: DatePurpose): DateReading | null {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  const reading = readDateAt(tokens, 0, today, purpose);
  return reading !== null && reading.consumed === tokens.length ? reading : null;
}

function readRaw(tokens: readonly string[], i: number, today: string, purpose: DatePurpose): Raw | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const key = nameKey(first);
  const next = tokens[i + 1];
  const nextKey = next === undefined ? '' : nameKey(next);
  const rel = (n: number, consumed: number): Raw => ({
    kind: 'day',
    day: addDays(today, n),
    text: tokens.slice(i, i + consumed).join(' '),
    consumed,
  });
  if (key === 'i' && next !== undefined) {
    const after = RELATIVE_AFTER_I[nextKey];
    if (after !== undefined) return rel(after, 2);
    const wd = LAST_WEEKDAYS[nextKey];
    if (wd !== undefined)
      return { kind: 'day', day: lastWeekday(today, wd), text: `${first} ${next}`, consumed: 2 };
  }
  if ((key === 'forra' && nextKey === 'veckan') || (key === 'last' && nextKey === 'week')) {
    const wd = WEEKDAYS[nameKey(tokens[i + 2] ?? '')];
    if (wd === undefined) return { kind: 'ask', consumed: 2 };
    return { kind: 'day', day: lastWeekDay(today, wd), text: tokens.slice(i, i + 3).join(' '), consumed: 3 };
  }
  if (key === 'last' && WEEKDAYS[nextKey] !== undefined) {
    return {
      kind: 'day',
      day: lastWeekday(today, WEEKDAYS[nextKey] as number),
      text: `${first} ${next}`,
      consumed: 2,
    };
  }
  const one = RELATIVE_ONE[key];
  if (one !== undefined) return rel(one, 1);
  const weekday = WEEKDAYS[key];
  if (weekday !== undefined)
    return { kind: 'day', day: bareWeekday(today, weekday, purpose), text: first, consumed: 1 };
  return readNumeric(tokens, i, today, purpose);
}

function readNumeric(tokens: readonly string[], i: number, today: string, purpose: DatePurpose): Raw | null {
  const first = tokens[i] as string;
  const next = tokens[i + 1];
  const day = (d: string | null, text: string, consumed: number): Raw => ({
    kind: 'day',
    day: d,
    text,
    consumed,
  });
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(first);
  if (m) return day(build(Number(m[1]), Number(m[2]), Number(m[3])), first, 1);
  m = /^(\d{1,2})\/(\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(first);
  if (m) {
    const [, d, mo, y] = m;
    return day(
      y ? build(fullYear(y), Number(mo), Number(d)) : inferYear(today, Number(mo), Number(d), purpose),
      first,
      1,
    );
  }
  // "20 nov [2026]", "20:e nov"
  const dm = /^(\d{1,2})(?:\.|:e|:a)?$/.exec(first);
  if (dm) {
    const month = next === undefined ? undefined : MONTHS[nameKey(next)];
    if (month === undefined) return null;
    const d = Number(dm[1]);
    const yearToken = tokens[i + 2];
    if (yearToken && /^\d{4}$/.test(yearToken)) {
      return day(build(Number(yearToken), month, d), `${first} ${next} ${yearToken}`, 3);
    }
    return day(inferYear(today, month, d, purpose), `${first} ${next}`, 2);
  }
  // "nov 20", "November 20"
  const month = MONTHS[nameKey(first)];
  if (month !== undefined && next !== undefined && /^\d{1,2}(st|nd|rd|th)?,?$/.test(next)) {
    const d = Number.parseInt(next, 10);
    const yearToken = tokens[i + 2];
    if (yearToken && /^\d{4}$/.test(yearToken)) {
      return day(build(Number(yearToken), month, d), `${first} ${next} ${yearToken}`, 3);
    }
    return day(inferYear(today, month, d, purpose), `${first} ${next}`, 2);
  }
  if (looksLikeDate(first)) return day(null, first, 1);
  return null;
}
