import { nameKey } from '../../../domain/names.ts';
import type { SummaryWindow } from '../../../domain/summary.ts';
import { previousTertial, type TertialRef, tertialOfDay } from '../../../domain/tertial.ts';
import type { TertialNumber } from '../../../domain/types.ts';
import type { GrammarError, WindowWords } from './types.ts';

/**
 * Reads what period a /status, /sammanfattning, /rapportera or /statistik is about: `T1`–`T3` (also `tertial 2`),
 * a year (`2025`), both in either order, `perioden`/`period`, `år`/`i år`/`year` (the current year), `förra året`/
 * `i fjol`/`last year`, or `förra tertialen`/`förra tertialet`/`last tertial` (the tertial before today's). The
 * same words for every command that takes a period: one grammar. A tertial without a year is the latest such
 * tertial that has begun (in January, `T3` is last year's).
 */

export type WindowRead =
  | { readonly ok: true; readonly window: SummaryWindow | null }
  | { readonly ok: false; readonly text: string };

const PERIOD = new Set(['perioden', 'period', 'helaperioden', 'avtalsperioden']);
const YEAR = new Set(['ar', 'aret', 'iar', 'year', 'thisyear', 'helaaret']);
const LAST_YEAR = new Set(['forraaret', 'forraar', 'ifjol', 'fjol', 'lastyear', 'previousyear']);
const LAST_TERTIAL = new Set([
  'forratertialen',
  'forratertialet',
  'forratertial',
  'senastetertialet',
  'lasttertial',
  'previoustertial',
]);

export function parseWindow(tokens: readonly string[], today: string): WindowRead {
  if (tokens.length === 0) return { ok: true, window: null };
  const joined = nameKey(tokens.join(''));
  if (PERIOD.has(joined)) return { ok: true, window: { kind: 'period' } };
  if (YEAR.has(joined)) return { ok: true, window: { kind: 'year', year: Number(today.slice(0, 4)) } };
  if (LAST_YEAR.has(joined))
    return { ok: true, window: { kind: 'year', year: Number(today.slice(0, 4)) - 1 } };
  if (LAST_TERTIAL.has(joined))
    return { ok: true, window: { kind: 'tertial', ...previousTertial(tertialOfDay(today)) } };
  let tertial: TertialNumber | null = null;
  let year: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const t = /^(?:t|tertial)([123])$/i.exec(token);
    if (t && tertial === null) {
      tertial = Number(t[1]) as TertialNumber;
      continue;
    }
    if (/^tertial$/i.test(token) && /^[123]$/.test(tokens[i + 1] ?? '') && tertial === null) {
      tertial = Number(tokens[i + 1]) as TertialNumber;
      i++;
      continue;
    }
    if (/^\d{4}$/.test(token) && year === null && Number(token) >= 2000 && Number(token) <= 2100) {
      year = Number(token);
      continue;
    }
    return { ok: false, text: tokens.slice(i).join(' ') };
  }
  if (tertial !== null) {
    const ref = year === null ? latestBegun(tertial, today) : { year, tertial };
    return { ok: true, window: { kind: 'tertial', ...ref } };
  }
  return { ok: true, window: { kind: 'year', year: year ?? Number(today.slice(0, 4)) } };
}

/**
 * A tertial named without a year: the latest such tertial that has begun by `today` — this year's when it has
 * begun, else last year's. In January 2027 "T3" is T3 2026, whose status texts are due, never T3 2027.
 */
export function latestBegun(tertial: TertialNumber, today: string): TertialRef {
  const year = Number(today.slice(0, 4));
  return tertial <= tertialOfDay(today).tertial ? { year, tertial } : { year: year - 1, tertial };
}

/** A tertial for /rapportera and /statistik: the given one, the given year's current-or-last one, or null. */
export function parseTertialRef(
  tokens: readonly string[],
  today: string,
): { ok: true; tertial: TertialRef | null } | { ok: false; text: string } {
  const read = parseWindow(tokens, today);
  if (!read.ok) return read;
  const w = read.window;
  if (w === null) return { ok: true, tertial: null };
  if (w.kind === 'tertial') return { ok: true, tertial: { year: w.year, tertial: w.tertial } };
  if (w.kind === 'year') {
    const current = tertialOfDay(today);
    return { ok: true, tertial: w.year === current.year ? current : { year: w.year, tertial: 3 } };
  }
  return { ok: false, text: tokens.join(' ') };
}

/** The error for a word no period reads after `place` (a kommun or area), with what the reply needs. */
export function badWindow(text: string, place: string, words: WindowWords, today: string): GrammarError {
  return { error: 'bad-window', text, place, words, tertial: tertialOfDay(today).tertial };
}
