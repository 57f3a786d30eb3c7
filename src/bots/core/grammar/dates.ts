import { DateTime } from 'luxon';
import { nameKey } from '../../../domain/names.ts';

/**
 * Dates as people type them: `2026-11-20`, `20/11`, `20/11/2026`, `20 nov`, `20 november 2026`, `nov 20`,
 * `idag`, `i dag`, `igår`, `i går`, `förrgår`, `today`, `yesterday`. `today` is the configured zone's calendar day;
 * a day-and-month without a year means the latest such day that is not after today.
 */

export type DateParse =
  /** A date, `consumed` tokens long. */
  | { readonly ok: true; readonly day: string; readonly consumed: number }
  /** Looks like a date but is not a valid one, or lies after today (when the future is not allowed). */
  | { readonly ok: false; readonly error: 'bad-date'; readonly text: string; readonly consumed: number }
  | { readonly ok: false; readonly error: 'future-date'; readonly day: string; readonly consumed: number };

const MONTHS: Readonly<Record<string, number>> = (() => {
  const names: [string[], number][] = [
    [['jan', 'januari', 'january'], 1],
    [['feb', 'februari', 'february'], 2],
    [['mar', 'mars', 'march'], 3],
    [['apr', 'april'], 4],
    [['maj', 'may'], 5],
    [['jun', 'juni', 'june'], 6],
    [['jul', 'juli', 'july'], 7],
    [['aug', 'augusti', 'august'], 8],
    [['sep', 'sept', 'september'], 9],
    [['okt', 'oktober', 'oct', 'october'], 10],
    [['nov', 'november'], 11],
    [['dec', 'december'], 12],
  ];
  const out: Record<string, number> = {};
  for (const [words, n] of names) for (const w of words) out[w] = n;
  return out;
})();

const RELATIVE: Readonly<Record<string, number>> = {
  idag: 0,
  today: 0,
  igar: 1,
  yesterday: 1,
  forrgar: 2,
};

function monthOf(token: string | undefined): number | null {
  if (!token) return null;
  return MONTHS[nameKey(token)] ?? null;
}

function build(year: number, month: number, day: number): string | null {
  const dt = DateTime.utc(year, month, day);
  return dt.isValid && dt.day === day && dt.month === month ? (dt.toISODate() as string) : null;
}

function minusDays(today: string, days: number): string {
  return DateTime.fromISO(today, { zone: 'UTC' }).minus({ days }).toISODate() as string;
}

/** The latest day with this month and day that is not after today (this year or last year). */
function inferYear(today: string, month: number, day: number): string | null {
  const year = Number(today.slice(0, 4));
  const thisYear = build(year, month, day);
  if (thisYear && thisYear <= today) return thisYear;
  return build(year - 1, month, day) ?? thisYear;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** True when a token looks like an attempt at a date (digits with - / or .) without being a plain number. */
export function looksLikeDate(token: string): boolean {
  return /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(token);
}

/**
 * Reads a date at `tokens[i]` (possibly two or three tokens). Returns null when the tokens there are not a date at
 * all; an error when they look like one but are wrong, or lie after `today` unless `allowFuture`.
 */
export function parseDateAt(
  tokens: readonly string[],
  i: number,
  today: string,
  allowFuture = false,
): DateParse | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const result = readDate(tokens, i, today);
  if (!result) return null;
  if (result.ok && !allowFuture && result.day > today) {
    return { ok: false, error: 'future-date', day: result.day, consumed: result.consumed };
  }
  return result;
}

function readDate(tokens: readonly string[], i: number, today: string): DateParse | null {
  const first = tokens[i] as string;
  const key = nameKey(first);
  const next = tokens[i + 1];
  // "i dag", "i går"
  if (key === 'i' && next !== undefined) {
    const rel = RELATIVE[`i${nameKey(next)}`];
    if (rel !== undefined) return { ok: true, day: minusDays(today, rel), consumed: 2 };
  }
  const rel = RELATIVE[key];
  if (rel !== undefined) return { ok: true, day: minusDays(today, rel), consumed: 1 };

  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(first);
  if (m) return fromParts(build(Number(m[1]), Number(m[2]), Number(m[3])), first, 1);
  m = /^(\d{1,2})\/(\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(first);
  if (m) {
    const [, d, mo, y] = m;
    const day = y ? build(fullYear(y), Number(mo), Number(d)) : inferYear(today, Number(mo), Number(d));
    return fromParts(day, first, 1);
  }
  // "20 nov [2026]"
  if (/^\d{1,2}\.?$/.test(first)) {
    const month = monthOf(next);
    if (month === null) return null;
    const d = Number.parseInt(first, 10);
    const yearToken = tokens[i + 2];
    if (yearToken && /^\d{4}$/.test(yearToken)) {
      return fromParts(build(Number(yearToken), month, d), `${first} ${next} ${yearToken}`, 3);
    }
    return fromParts(inferYear(today, month, d), `${first} ${next}`, 2);
  }
  // "nov 20", "November 20"
  const month = monthOf(first);
  if (month !== null && next !== undefined && /^\d{1,2}(st|nd|rd|th)?,?$/.test(next)) {
    return fromParts(inferYear(today, month, Number.parseInt(next, 10)), `${first} ${next}`, 2);
  }
  if (looksLikeDate(first)) return { ok: false, error: 'bad-date', text: first, consumed: 1 };
  return null;
}

function fromParts(day: string | null, text: string, consumed: number): DateParse {
  return day ? { ok: true, day, consumed } : { ok: false, error: 'bad-date', text, consumed };
}
