import { MONTHS } from '../../../domain/date-words.ts';
import { nameKey } from '../../../domain/names.ts';
import type { GrammarError } from './types.ts';

/**
 * The range of `/samverkan <kommun> uppehåll …` as a samordnare writes a break: two days ("15/6 15/8", "15/6-15/8",
 * "från 15/6 till 15/8", "fr.o.m. 15/6 t.o.m. 15/8") or months ("juli", "i juli", "under juli 2027",
 * "juni–augusti", "juni till augusti"; English "in July"). A month without a year is the next one not yet over;
 * the month under way starts today, never on a day gone by.
 */

export type PauseRead = { ok: true; from: string; to: string } | { ok: false; error: GrammarError | null };

type DayReader = (
  tokens: readonly string[],
  i: number,
) => { ok: true; day: string; consumed: number } | { ok: false; error: GrammarError | null };

const LEAD = new Set(['fran', 'from', 'i', 'in', 'under', 'during']);
const BETWEEN = new Set(['till', 'to', 'tom', 'until', 'och', 'and']);

/** `error: null`: the words are no range (the reply shows the right form). */
export function readPause(tokens: readonly string[], today: string, readDay: DayReader): PauseRead {
  const words = splitRanges(tokens).filter((w, i) => !(i === 0 && LEAD.has(nameKey(w))));
  const months = readMonths(words, today);
  if (months) return { ok: true, ...months };
  const a = readDay(words, 0);
  if (!a.ok) return { ok: false, error: a.error };
  const offset = isBetween(words[a.consumed]) ? 1 : 0;
  const b = readDay(words, a.consumed + offset);
  if (!b.ok) return { ok: false, error: b.error };
  if (a.consumed + offset + b.consumed !== words.length) return { ok: false, error: null };
  return { ok: true, from: a.day, to: b.day };
}

function isBetween(word: string | undefined): boolean {
  if (word === undefined) return false;
  return word === '-' || word === '–' || word === '—' || BETWEEN.has(nameKey(word));
}

/** "15/6-15/8" and "juni–augusti" are two words and a dash; an ISO day ("2027-06-15") stays whole. */
function splitRanges(tokens: readonly string[]): string[] {
  return tokens.flatMap((t) => {
    const m = /^([^-–—]+)[-–—]([^-–—]+)$/.exec(t);
    if (!m || /^\d{4}-\d{1,2}-\d{1,2}$/.test(t) || /^\d{4}-\d{1,2}$/.test(t)) return [t];
    return [m[1] as string, '-', m[2] as string];
  });
}

/** "juli", "juli 2027", "juni - augusti", "juni till augusti 2027": the first to the last day. */
function readMonths(words: readonly string[], today: string): { from: string; to: string } | null {
  const first = MONTHS[nameKey(words[0] ?? '')];
  if (first === undefined) return null;
  let i = 1;
  let last = first;
  if (isBetween(words[i]) && MONTHS[nameKey(words[i + 1] ?? '')] !== undefined) {
    last = MONTHS[nameKey(words[i + 1] as string)] as number;
    i += 2;
  }
  const yearWord = words[i];
  const typedYear = yearWord !== undefined && /^20\d\d$/.test(yearWord) ? Number(yearWord) : null;
  if (words.length !== i + (typedYear === null ? 0 : 1)) return null;
  const thisYear = Number(today.slice(0, 4));
  // Without a year: the next range not yet over (a break that runs over New Year ends the year after).
  const endYearOf = (y: number) => (last < first ? y + 1 : y);
  let year = typedYear ?? thisYear;
  if (typedYear === null && lastDay(endYearOf(year), last) < today) year += 1;
  const from = `${year}-${pad(first)}-01`;
  const to = lastDay(endYearOf(year), last);
  if (to < today) return null;
  return { from: from < today ? today : from, to };
}

function lastDay(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(days)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
