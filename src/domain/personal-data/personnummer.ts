import { type FoldedChar, foldForScreen } from './normalize.ts';

/**
 * Finds Swedish personnummer and samordningsnummer however they are spelled. The text is folded first (NFKC,
 * format characters and marks dropped, every script's digits as 0–9, see normalize.ts); then every run of digit
 * groups joined by separators (any whitespace, `-` and every dash, `.`, `/`, `_`, `+`) is read, and every stretch
 * of whole groups holding 10 digits (YYMMDDNNNC) or 12 digits (19/20 + YYMMDDNNNC) is checked for a valid month,
 * a day 01–31 (61–91 for a samordningsnummer) and the Luhn check digit. Written the classic way — a real birth
 * date YYMMDD or YYYYMMDD, a dash, +, _ or whitespace, four digits — it is refused whatever its check digit: a typo
 * in the last digit still identifies a person (only a date, a space and a time range, "061201 1900-2100", is read as
 * that). Otherwise (ten digits in a row, dots, slashes) the check digit must hold, so other ten-digit numbers (order,
 * case and article numbers) pass.
 *
 * So that legitimate text passes, two groupings are read as what they are, not as a number:
 *  - a stretch that starts with an area code is a phone number (070-123 45 67, 0380-123 45, 08-123 456 78);
 *  - a stretch that cuts through a written date (2026-09-01, 1.12.2026) is part of a date range, unless it has the
 *    classic form YYMMDD-NNNN / YYYYMMDD-NNNN / ten or twelve digits in one group, which is always checked.
 */

/** A maximal run of digits and where it lies in the original text. */
interface Group {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
  /** The separator run that joined this group to the previous one ('' for the first group of a run). */
  readonly before: string;
}

const SEPARATOR = /^[\s\p{Pd}\u2212._/+\u00b7\u2022\u2044\u2215\u3002\\]$/u;
const DIGIT = /^[0-9]$/;

/** Luhn check over the ten digits YYMMDDNNNC. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when a two-digit month and day form a plausible birth date (day + 60 for a samordningsnummer). */
function plausibleDate(month: number, day: number): boolean {
  if (month < 1 || month > 12) return false;
  const d = day > 60 ? day - 60 : day;
  return d >= 1 && d <= 31;
}

/** True when YYMMDD (or YYYYMMDD, century 19 or 20) is a real calendar date, or one with day + 60. */
export function isBirthDateDigits(digits: string): boolean {
  let full = digits;
  if (digits.length === 6) full = `20${digits}`;
  else if (digits.length !== 8 || !/^(19|20)/.test(digits)) return false;
  if (!/^\d{8}$/.test(full)) return false;
  const month = Number(full.slice(4, 6));
  const raw = Number(full.slice(6, 8));
  const day = raw > 60 ? raw - 60 : raw;
  if (month < 1 || month > 12 || day < 1) return false;
  // YYMMDD could be either century; 29 February is then a date whenever 20YY is a leap year (2000 included).
  const year = Number(full.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** True when the digits (10 or 12) form a personnummer or samordningsnummer. */
export function isPersonalNumberDigits(digits: string): boolean {
  let ten = digits;
  if (digits.length === 12) {
    const century = digits.slice(0, 2);
    if (century !== '19' && century !== '20') return false;
    ten = digits.slice(2);
  } else if (digits.length !== 10) return false;
  return plausibleDate(Number(ten.slice(2, 4)), Number(ten.slice(4, 6))) && luhnValid(ten);
}

/** Splits the folded text into runs of digit groups joined by separator runs. */
function digitRuns(chars: readonly FoldedChar[]): Group[][] {
  const runs: Group[][] = [];
  const at = (k: number): string => chars[k]?.ch ?? '';
  let run: Group[] = [];
  let before = '';
  let i = 0;
  while (i < chars.length) {
    if (!DIGIT.test(at(i))) {
      i++;
      continue;
    }
    const start = (chars[i] as FoldedChar).start;
    let digits = '';
    let end = start;
    while (i < chars.length && DIGIT.test(at(i))) {
      digits += at(i);
      end = (chars[i] as FoldedChar).end;
      i++;
    }
    run.push({ digits, start, end, before });
    let sep = '';
    while (i < chars.length && SEPARATOR.test(at(i))) sep += at(i++);
    if (sep !== '' && DIGIT.test(at(i))) {
      before = sep;
      continue;
    }
    runs.push(run);
    run = [];
    before = '';
  }
  return runs;
}

const isYear = (g: Group | undefined) =>
  g !== undefined && g.digits.length === 4 && /^(19|20)/.test(g.digits);
const isMonth = (g: Group | undefined) =>
  g !== undefined && g.digits.length <= 2 && Number(g.digits) >= 1 && Number(g.digits) <= 12;
const isDay = (g: Group | undefined) =>
  g !== undefined && g.digits.length <= 2 && Number(g.digits) >= 1 && Number(g.digits) <= 31;

/** The [first, last] group indexes of every written date in a run (YYYY-MM-DD, D.M.YYYY, same separator twice). */
function dateSpans(run: readonly Group[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i + 2 < run.length; i++) {
    const [a, b, c] = [run[i], run[i + 1], run[i + 2]];
    if (!a || !b || !c || b.before.trim() !== c.before.trim() || b.before === '') continue;
    if (isYear(a) && isMonth(b) && isDay(c)) spans.push([i, i + 2]);
    else if (isDay(a) && isMonth(b) && isYear(c) && /^[./]$/.test(b.before.trim())) spans.push([i, i + 2]);
  }
  return spans;
}

/** YYMMDD-NNNN, YYYYMMDD-NNNN or all the digits in one group. */
function classicForm(groups: readonly Group[]): boolean {
  if (groups.length === 1) return true;
  const [a, b] = groups;
  return (
    groups.length === 2 &&
    !!a &&
    !!b &&
    (a.digits.length === 6 || a.digits.length === 8) &&
    b.digits.length === 4
  );
}

/** What may join a birth date to its four digits: whitespace alone, or one dash, `+` or `_` (spaces around it). */
const SIGN = /^[\p{Pd}\u2212+_]?$/u;
const DASH = /^[\p{Pd}\u2212]$/u;

/** HHMM with HH 00–23 and MM 00–59, or a bare hour 0–23 ("21" of "21:00"). */
function clockTime(g: Group | undefined): boolean {
  if (!g) return false;
  if (g.digits.length <= 2) return Number(g.digits) <= 23;
  return g.digits.length === 4 && Number(g.digits.slice(0, 2)) <= 23 && Number(g.digits.slice(2)) <= 59;
}

/**
 * YYMMDD or YYYYMMDD whose date is a real birth date (or day + 60), then a dash, `+`, `_` or whitespace, then
 * exactly four digits: how a personnummer is written, so it is refused even when its check digit is wrong — a typo
 * in the last digit still identifies a person, and in a note a date with a time is far less likely. The one reading
 * kept is a date, a space and a time range: "061201 1900-2100" (`next` is the group after the four digits).
 */
function signedDateForm(groups: readonly Group[], next: Group | undefined): boolean {
  const [a, b] = groups;
  if (groups.length !== 2 || !a || !b || b.digits.length !== 4) return false;
  const sign = b.before.trim();
  if (!SIGN.test(sign) || !isBirthDateDigits(a.digits)) return false;
  const timeRange = sign === '' && clockTime(b) && !!next && DASH.test(next.before.trim()) && clockTime(next);
  return !timeRange;
}

/** An area code first: a 3–4 digit group starting with 0 (070-, 0380-), or 0N- followed by no two-digit group. */
function phoneLike(groups: readonly Group[]): boolean {
  const [first, second] = groups;
  if (!first?.digits.startsWith('0')) return false;
  if (first.digits.length === 3 || first.digits.length === 4) return true;
  return first.digits.length === 2 && second !== undefined && second.digits.length !== 2;
}

/** Every substring of `text` that looks like a personnummer or samordningsnummer, in order. */
export function findPersonalNumbers(text: string): string[] {
  const found: string[] = [];
  for (const run of digitRuns(foldForScreen(text))) {
    const dates = dateSpans(run);
    let i = 0;
    while (i < run.length) {
      let hit = -1;
      let digits = '';
      for (let j = i; j < run.length && digits.length < 12; j++) {
        digits += (run[j] as Group).digits;
        if (digits.length !== 10 && digits.length !== 12) continue;
        const groups = run.slice(i, j + 1);
        if (!classicForm(groups)) {
          if (phoneLike(groups)) continue;
          if (dates.some(([s, e]) => s <= j && e >= i && (s < i || e > j))) continue;
        }
        if (isPersonalNumberDigits(digits) || signedDateForm(groups, run[j + 1])) hit = j;
      }
      if (hit < 0) {
        i++;
        continue;
      }
      found.push(text.slice((run[i] as Group).start, (run[hit] as Group).end));
      i = hit + 1;
    }
  }
  return found;
}

/** True when `text` contains something that looks like a personnummer or samordningsnummer. */
export function containsPersonalNumber(text: string): boolean {
  return findPersonalNumbers(text).length > 0;
}
