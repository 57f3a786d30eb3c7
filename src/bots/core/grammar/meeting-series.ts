import { nameKey } from '../../../domain/names.ts';
import { looksLikeDate, parseDateAt } from './dates.ts';
import { readPause } from './meeting-pause.ts';
import { dayOf } from './options.ts';
import type { GrammarError, MeetingOp, SeriesOpWord, SeriesProblem } from './types.ts';

/**
 * The words that create and keep a meeting series, after `/samverkan <kommun>`:
 *   ny <veckodag> <HH:MM> var <N>:e vecka från <datum> [plats <text>]
 *   new tuesday 13:00 every 6 weeks from 2027-01-12 [at <text>]
 *   ändra från <datum> [<veckodag>] [<HH:MM>] [var <N>:e vecka] [plats <text>]
 *   uppehåll <från> <till>   ·   avsluta [datum]   ·   återställ <datum>   ·   kalender
 * Meeting days follow the meeting-date rule (domain/meeting-day.ts): without a year, the next such day.
 */

type OpRead = { ok: true; op: MeetingOp } | { ok: false; error: GrammarError };

export const CREATE = new Set(['ny', 'nytt', 'new', 'skapa', 'create']);
const CHANGE = new Set(['andra', 'change']);
const PAUSE = new Set(['uppehall', 'paus', 'pause', 'break']);
const END = new Set(['avsluta', 'end', 'stop']);
const RESTORE = new Set(['aterstall', 'restore', 'undo-cancel']);
const CALENDAR = new Set(['kalender', 'calendar', 'ics']);

const WEEKDAYS: Readonly<Record<string, number>> = (() => {
  const names: [string[], number][] = [
    [['mandag', 'mandagar', 'man', 'monday', 'mondays', 'mon'], 1],
    [['tisdag', 'tisdagar', 'tis', 'tuesday', 'tuesdays', 'tue', 'tues'], 2],
    [['onsdag', 'onsdagar', 'ons', 'wednesday', 'wednesdays', 'wed'], 3],
    [['torsdag', 'torsdagar', 'tor', 'tors', 'thursday', 'thursdays', 'thu', 'thurs'], 4],
    [['fredag', 'fredagar', 'fre', 'friday', 'fridays', 'fri'], 5],
    [['lordag', 'lordagar', 'lor', 'saturday', 'saturdays', 'sat'], 6],
    [['sondag', 'sondagar', 'son', 'sunday', 'sundays', 'sun'], 7],
  ];
  const out: Record<string, number> = {};
  for (const [words, n] of names) for (const w of words) out[w] = n;
  return out;
})();

/** The ISO weekday a word names (`tisdag`, `tisdagar`, `Tuesday`), or null. */
export function weekdayWord(word: string): number | null {
  return WEEKDAYS[nameKey(word)] ?? null;
}

/** `13:00`, `13.00`, `9:30`, `kl. 13` → `HH:mm`, or null. */
export function timeWord(word: string): string | null {
  const m = /^([01]?\d|2[0-3])(?:[:.]([0-5]\d))?$/.exec(word);
  if (!m || (m[2] === undefined && !/^\d{1,2}$/.test(word))) return null;
  return `${(m[1] as string).padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** The sub-commands of this file, or null when the first word is none of them. */
export function parseSeriesOp(tokens: readonly string[], today: string): OpRead | null {
  const first = nameKey(tokens[0] ?? '');
  const rest = tokens.slice(1);
  if (CREATE.has(first)) {
    if (rest.length === 0) return { ok: true, op: { type: 'create-form' } };
    return parseCreate(rest, today);
  }
  if (CHANGE.has(first)) return parseChange(rest, today);
  if (PAUSE.has(first)) {
    const range = readPause(rest, today, (tokens, i) => readDay(tokens, i, today));
    if (!range.ok)
      return range.error ? { ok: false, error: range.error } : fail('to', rest.join(' '), 'pause');
    return { ok: true, op: { type: 'pause', from: range.from, to: range.to } };
  }
  if (END.has(first)) {
    // `ja` at the end: the person pressed "Ja, avsluta" on the question the command asks first.
    const confirmed = rest.length > 0 && ['ja', 'yes'].includes(nameKey(rest.at(-1) as string));
    const words = confirmed ? rest.slice(0, -1) : rest;
    const yes = confirmed ? { confirmed } : {};
    if (words.length === 0) return { ok: true, op: { type: 'end', day: null, ...yes } };
    const offset = ['fran', 'from', 'den', 'on'].includes(nameKey(words[0] as string)) ? 1 : 0;
    const d = readDay(words, offset, today);
    if (!d.ok && d.error) return { ok: false, error: d.error };
    if (!d.ok || d.consumed + offset !== words.length) return fail('day', words.join(' '), 'end');
    return { ok: true, op: { type: 'end', day: d.day, ...yes } };
  }
  if (RESTORE.has(first)) {
    const d = readDay(rest, 0, today);
    if (!d.ok && d.error) return { ok: false, error: d.error };
    if (!d.ok || d.consumed !== rest.length) return fail('day', rest.join(' ') || first, 'restore');
    return { ok: true, op: { type: 'restore', day: d.day } };
  }
  if (CALENDAR.has(first) && rest.length === 0) return { ok: true, op: { type: 'calendar' } };
  return null;
}

function fail(problem: SeriesProblem, text: string, op: SeriesOpWord): OpRead {
  return { ok: false, error: { error: 'bad-series', problem, text, op } };
}

type DayRead = { ok: true; day: string; consumed: number } | { ok: false; error: GrammarError | null };

/**
 * A meeting day at tokens[i], by the one date rule for meetings (src/domain/dates.ts): without a year the next such
 * day; a day in the past is refused (`error` says so); `error: null` when the words there are no date.
 */
export function readDay(tokens: readonly string[], i: number, today: string): DayRead {
  const d = parseDateAt(tokens, i, today, 'meeting');
  if (!d) return { ok: false, error: null };
  const day = dayOf(d);
  return day.ok ? { ok: true, day: day.day, consumed: d.consumed } : { ok: false, error: day.error };
}

interface Parts {
  weekday: number | null;
  time: string | null;
  intervalWeeks: number | null;
  from: string | null;
  place: string | null;
}

/** Reads the parts in any order; returns the first word it cannot place. */
function readParts(
  tokens: readonly string[],
  today: string,
): { parts: Parts } | { bad: SeriesProblem; text: string } | { error: GrammarError } {
  const parts: Parts = { weekday: null, time: null, intervalWeeks: null, from: null, place: null };
  let i = 0;
  while (i < tokens.length) {
    const word = tokens[i] as string;
    const key = nameKey(word);
    if (key === 'plats' || key === 'at' || key === 'place') {
      const place = tokens
        .slice(i + 1)
        .join(' ')
        .trim();
      if (!place) return { bad: 'place', text: word };
      parts.place = place.slice(0, 200);
      break;
    }
    if (key === 'kl' || word === 'kl.') {
      i++;
      continue;
    }
    const weekday = weekdayWord(word);
    if (weekday !== null) {
      parts.weekday = weekday;
      i++;
      continue;
    }
    const time = /[:.]/.test(word) || /^\d{1,2}$/.test(word) ? timeWord(word) : null;
    if (time !== null && !/^\d{1,2}$/.test(word)) {
      parts.time = time;
      i++;
      continue;
    }
    if (key === 'var' || key === 'varje' || key === 'every' || key === 'varannan') {
      const read = readInterval(tokens, i);
      if (!read) return { bad: 'interval', text: tokens.slice(i, i + 3).join(' ') };
      parts.intervalWeeks = read.weeks;
      i += read.consumed;
      continue;
    }
    if (key === 'fran' || key === 'from' || key === 'start' || key === 'borjar') {
      const d = readDay(tokens, i + 1, today);
      if (!d.ok && d.error) return { error: d.error };
      if (!d.ok) return { bad: 'from', text: tokens.slice(i, i + 3).join(' ') };
      parts.from = d.day;
      i += 1 + d.consumed;
      continue;
    }
    // A day without "från" ("ändra 1/3 torsdag") is the first day, once.
    if (parts.from === null && looksLikeDate(word)) {
      const d = readDay(tokens, i, today);
      if (!d.ok && d.error) return { error: d.error };
      if (d.ok) {
        parts.from = d.day;
        i += d.consumed;
        continue;
      }
    }
    return { bad: 'words', text: word };
  }
  return { parts };
}

/** `var 6:e vecka`, `var sjätte vecka`, `varje vecka`, `varannan vecka`, `every 6 weeks`, `every week`. */
function readInterval(tokens: readonly string[], i: number): { weeks: number; consumed: number } | null {
  const key = nameKey(tokens[i] ?? '');
  const next = tokens[i + 1] ?? '';
  const nextKey = nameKey(next);
  const isWeek = (w: string | undefined) => /^(vecka|veckor|veckan|week|weeks)$/.test(nameKey(w ?? ''));
  if (key === 'varannan' && isWeek(next)) return { weeks: 2, consumed: 2 };
  if ((key === 'varje' || key === 'every') && isWeek(next)) return { weeks: 1, consumed: 2 };
  if (key === 'every' && (nextKey === 'other' || nextKey === 'second') && isWeek(tokens[i + 2]))
    return { weeks: 2, consumed: 3 };
  const n = ORDINALS[nextKey] ?? numberOf(next);
  if (n !== null && isWeek(tokens[i + 2])) return { weeks: n, consumed: 3 };
  return null;
}

const ORDINALS: Readonly<Record<string, number>> = {
  annan: 2,
  andra: 2,
  tredje: 3,
  fjarde: 4,
  femte: 5,
  sjatte: 6,
  sjunde: 7,
  attonde: 8,
  nionde: 9,
  tionde: 10,
};

function numberOf(word: string): number | null {
  const m = /^(\d{1,2})(?::?e|:a|nd|rd|th|st)?$/.exec(word);
  return m ? Number(m[1]) : null;
}

function parseCreate(tokens: readonly string[], today: string): OpRead {
  const read = readParts(tokens, today);
  if ('error' in read) return { ok: false, error: read.error };
  if ('bad' in read) return fail(read.bad, read.text, 'create');
  const p = read.parts;
  if (p.time === null) return fail('time', tokens.join(' '), 'create');
  if (p.intervalWeeks === null) return fail('interval', tokens.join(' '), 'create');
  if (p.from === null) return fail('from', tokens.join(' '), 'create');
  if (p.intervalWeeks < 1 || p.intervalWeeks > 52) return fail('interval', String(p.intervalWeeks), 'create');
  return {
    ok: true,
    op: {
      type: 'create',
      spec: {
        first: p.from,
        weekday: p.weekday,
        time: p.time,
        intervalWeeks: p.intervalWeeks,
        place: p.place,
      },
    },
  };
}

function parseChange(tokens: readonly string[], today: string): OpRead {
  const read = readParts(tokens, today);
  if ('error' in read) return { ok: false, error: read.error };
  if ('bad' in read) return fail(read.bad, read.text, 'change');
  const p = read.parts;
  if (p.from === null) return fail('from', tokens.join(' '), 'change');
  if (p.weekday === null && p.time === null && p.intervalWeeks === null && p.place === null)
    return fail('nothing', tokens.join(' '), 'change');
  if (p.intervalWeeks !== null && (p.intervalWeeks < 1 || p.intervalWeeks > 52))
    return fail('interval', String(p.intervalWeeks), 'change');
  return {
    ok: true,
    op: {
      type: 'change',
      from: p.from,
      change: { weekday: p.weekday, time: p.time, intervalWeeks: p.intervalWeeks, place: p.place },
    },
  };
}
