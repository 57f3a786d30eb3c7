import {
  LAST_WEEKDAYS,
  MONTHS,
  RELATIVE_AFTER_I,
  RELATIVE_ONE,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
} from './date-words.ts';
import { addDays, build, daysBetween, weekdayOf } from './day-numbers.ts';
import { nameKey } from './names.ts';

export { addDays, daysBetween, weekdayOf };

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
 * Friday before today; any weekday), a bare weekday, also short (`fre`, `tors`, `mån`; today when it is that day,
 * else the last one — or for a meeting the next one; before a date, as in `tor 14 jan`, the date decides), `förra veckan` (asks which day: Monday–Friday of last week), `förra veckan, onsdag` (that day of
 * last week: how the answer to that question is written), and the English `today`, `yesterday`, `tomorrow`,
 * `last friday`, `friday`, `fri`, `tue`, `thurs`, `3rd Dec`, `last week`, `last week, wednesday`. A time such as `21.00` or `7:30` is not a date.
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

/**
 * A day and month without a year: for a registration the most recent such day not after today, for a meeting the
 * next such day from today on. 29 February looks up to eight years away (1900-style gaps do not occur here).
 */
export function inferYear(
  today: string,
  month: number,
  day: number,
  purpose: DatePurpose,
  near?: string,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (near !== undefined) return nearestYear(near, month, day);
  const year = Number(today.slice(0, 4));
  for (let k = 0; k <= 8; k++) {
    const candidate = build(purpose === 'registration' ? year - k : year + k, month, day);
    if (candidate === null) continue;
    if (purpose === 'registration' ? candidate <= today : candidate >= today) return candidate;
  }
  return null;
}

/**
 * A day and month without a year placed nearest `near` (the meeting being moved): `flytta 16/12/2027 24/12` is 24
 * December 2027, not the next 24 December from today a year earlier. Ties go to the later day.
 */
function nearestYear(near: string, month: number, day: number): string | null {
  const year = Number(near.slice(0, 4));
  let best: string | null = null;
  for (const y of [year + 1, year, year - 1]) {
    const candidate = build(y, month, day);
    if (candidate === null) continue;
    if (best === null || Math.abs(daysBetween(near, candidate)) < Math.abs(daysBetween(near, best)))
      best = candidate;
  }
  return best;
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
 * at all (so they may be a count or a note). `near`: a day and month without a year is the one nearest this day
 * (the new day of a meeting being moved), still refused when it is before today.
 */
export function readDateAt(
  tokens: readonly string[],
  i: number,
  today: string,
  purpose: DatePurpose,
  near?: string,
): DateReading | null {
  const raw = readRaw(tokens, i, today, purpose, near);
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

function readRaw(
  tokens: readonly string[],
  i: number,
  today: string,
  purpose: DatePurpose,
  near?: string,
): Raw | null {
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
    const wd = weekdayWord(tokens[i + 2] ?? '');
    if (wd === undefined) return { kind: 'ask', consumed: 2 };
    return { kind: 'day', day: lastWeekDay(today, wd), text: tokens.slice(i, i + 3).join(' '), consumed: 3 };
  }
  const lastOne = key === 'last' && next !== undefined ? weekdayWord(next) : undefined;
  if (lastOne !== undefined) {
    return { kind: 'day', day: lastWeekday(today, lastOne), text: `${first} ${next}`, consumed: 2 };
  }
  const one = RELATIVE_ONE[key];
  if (one !== undefined) return rel(one, 1);
  const weekday = weekdayWord(first);
  if (weekday !== undefined) {
    // "tor 14 jan", "fredag 20/11": the date says which day; the weekday before it adds nothing.
    const dated = tokens[i + 1] === undefined ? null : readNumeric(tokens, i + 1, today, purpose, near);
    if (dated?.kind === 'day' && dated.day !== null) {
      return { ...dated, text: `${first} ${dated.text}`, consumed: dated.consumed + 1 };
    }
    return { kind: 'day', day: bareWeekday(today, weekday, purpose), text: first, consumed: 1 };
  }
  return readNumeric(tokens, i, today, purpose, near);
}

/** A weekday written out or short, in Swedish or English ("fredag", "fre", "Friday", "fri"), or undefined. */
function weekdayWord(token: string): number | undefined {
  return (
    WEEKDAYS[nameKey(token)] ?? WEEKDAY_ABBREVIATIONS[token.toLocaleLowerCase('sv-SE').replace(/[.,]$/, '')]
  );
}

function readNumeric(
  tokens: readonly string[],
  i: number,
  today: string,
  purpose: DatePurpose,
  near?: string,
): Raw | null {
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
      y ? build(fullYear(y), Number(mo), Number(d)) : inferYear(today, Number(mo), Number(d), purpose, near),
      first,
      1,
    );
  }
  // "20 nov [2026]", "20:e nov", "3rd Dec"
  const dm = /^(\d{1,2})(?:\.|:e|:a|st|nd|rd|th)?$/i.exec(first);
  if (dm) {
    const month = next === undefined ? undefined : MONTHS[nameKey(next)];
    if (month === undefined) return null;
    const d = Number(dm[1]);
    const yearToken = tokens[i + 2];
    if (yearToken && /^\d{4}$/.test(yearToken)) {
      return day(build(Number(yearToken), month, d), `${first} ${next} ${yearToken}`, 3);
    }
    return day(inferYear(today, month, d, purpose, near), `${first} ${next}`, 2);
  }
  // "nov 20", "November 20"
  const month = MONTHS[nameKey(first)];
  if (month !== undefined && next !== undefined && /^\d{1,2}(st|nd|rd|th)?,?$/.test(next)) {
    const d = Number.parseInt(next, 10);
    const yearToken = tokens[i + 2];
    if (yearToken && /^\d{4}$/.test(yearToken)) {
      return day(build(Number(yearToken), month, d), `${first} ${next} ${yearToken}`, 3);
    }
    return day(inferYear(today, month, d, purpose, near), `${first} ${next}`, 2);
  }
  if (looksLikeDate(first)) return day(null, first, 1);
  return null;
}
