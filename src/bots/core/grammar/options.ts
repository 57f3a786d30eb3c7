import { personId } from '../../../domain/admin.ts';
import { nameKey } from '../../../domain/names.ts';
import type { Platform } from '../../../domain/types.ts';
import type { Lang } from '../reply.ts';
import { type DatePurpose, type DateReading, parseDateAt } from './dates.ts';
import { parseSeriesOp } from './meeting-series.ts';
import type { GrammarError, MeetingOp } from './types.ts';

/** The sub-command words of /samverkan and /lofte, and person mentions. */

const NEXT = new Set(['nasta', 'next', 'kommande', 'lista', 'list']);
const HELD = new Set(['genomfort', 'genomford', 'held', 'klart', 'hallet', 'hallits', 'done']);
const MOVE = new Set(['flytta', 'move', 'flyttat']);
const CANCEL = new Set(['stallin', 'installt', 'installd', 'cancel', 'stryk']);
/** The word the confirmation button adds after `ställ in <datum>`. */
export const CONFIRM = new Set(['ja', 'yes', 'bekrafta', 'confirm']);

type OpRead = { ok: true; op: MeetingOp } | { ok: false; error: GrammarError };

/** `[nästa | genomfört [datum] | flytta [från] <till> | ställ in [datum]]` after the kommun of /samverkan. */
export function parseMeetingOp(tokens: readonly string[], today: string): OpRead {
  if (tokens.length === 0) return { ok: true, op: { type: 'list' } };
  const series = parseSeriesOp(tokens, today);
  if (series) return series;
  const first = nameKey(tokens[0] as string);
  const two = nameKey(tokens.slice(0, 2).join(''));
  if (NEXT.has(first) && tokens.length === 1) return { ok: true, op: { type: 'list' } };
  if (HELD.has(first)) {
    const day = optionalDay(tokens.slice(1), today, 'registration');
    return day.ok ? { ok: true, op: { type: 'held', day: day.day } } : day;
  }
  if (CANCEL.has(first) || CANCEL.has(two)) {
    const rest = tokens.slice(CANCEL.has(first) ? 1 : 2);
    const confirmed = rest.length > 0 && CONFIRM.has(nameKey(rest[rest.length - 1] as string));
    const day = optionalDay(confirmed ? rest.slice(0, -1) : rest, today, 'meeting');
    return day.ok ? { ok: true, op: { type: 'cancel', day: day.day, confirmed } } : day;
  }
  if (MOVE.has(first)) {
    const rest = tokens.slice(1);
    if (rest.length === 0) return { ok: false, error: { error: 'bad-args', text: tokens.join(' ') } };
    const a = parseDateAt(rest, 0, today, 'meeting');
    if (!a) return { ok: false, error: { error: 'bad-date', text: rest.join(' ') } };
    const aDay = meetingDay(a);
    if (!aDay.ok) return aDay;
    if (a.consumed === rest.length) {
      // One date: the new day of the next meeting. Without a year it is the one nearest today (`flytta 3/12` on
      // 6 December is 3 December that has passed, and is refused as such — never a meeting moved a year ahead).
      const only = parseDateAt(rest, 0, today, 'meeting', today);
      const onlyDay = only ? meetingDay(only) : aDay;
      if (!onlyDay.ok) return onlyDay;
      return { ok: true, op: { type: 'move', from: null, to: onlyDay.day } };
    }
    const next = rest.slice(a.consumed);
    const offset = nameKey(next[0] ?? '') === 'till' || nameKey(next[0] ?? '') === 'to' ? 1 : 0;
    // The new day without a year is the one nearest the meeting moved (`flytta 16/12/2027 24/12`: 24 Dec 2027).
    const b = parseDateAt(next, offset, today, 'meeting', aDay.day);
    if (!b || b.consumed + offset !== next.length) {
      return { ok: false, error: { error: 'bad-date', text: next.join(' ') } };
    }
    const bDay = meetingDay(b);
    if (!bDay.ok) return bDay;
    return { ok: true, op: { type: 'move', from: aDay.day, to: bDay.day } };
  }
  return { ok: false, error: { error: 'bad-args', text: tokens.join(' ') } };
}

type DayRead = { ok: true; day: string } | { ok: false; error: GrammarError };

/** A reading of the date rule as a grammar result: a day, or the error that says why not. */
export function dayOf(d: DateReading): DayRead {
  switch (d.type) {
    case 'date':
    case 'needs-confirmation':
      return { ok: true, day: d.day };
    case 'ask-which-day':
      return { ok: false, error: { error: 'bad-date', text: 'förra veckan' } };
    case 'refused':
      if (d.reason === 'future' && d.day) return { ok: false, error: { error: 'future-date', day: d.day } };
      if (d.reason === 'past' && d.day) return { ok: false, error: { error: 'past-date', day: d.day } };
      return { ok: false, error: { error: 'bad-date', text: d.text } };
  }
}

const meetingDay = dayOf;

function optionalDay(
  tokens: readonly string[],
  today: string,
  purpose: DatePurpose,
): { ok: true; day: string | null } | { ok: false; error: GrammarError } {
  if (tokens.length === 0) return { ok: true, day: null };
  const d = parseDateAt(tokens, 0, today, purpose);
  if (!d || d.consumed !== tokens.length)
    return { ok: false, error: { error: 'bad-date', text: tokens.join(' ') } };
  return dayOf(d);
}

const LANGS: Readonly<Record<string, Lang>> = {
  sv: 'sv',
  svenska: 'sv',
  swedish: 'sv',
  en: 'en',
  engelska: 'en',
  english: 'en',
};

export function parseLang(word: string | undefined): Lang | null {
  return word === undefined ? null : (LANGS[nameKey(word)] ?? null);
}

/**
 * A person as written in a command: a Slack mention `<@U123>` / `<@U123|anna>`, a full id (`slack:U123`,
 * `teams:…`, `console:anna`), or on the console a plain `@anna`. Returns the person id or null.
 */
export function parsePerson(text: string, platform: Platform): string | null {
  const slack = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(text);
  if (slack) return `slack:${slack[1]}`;
  const full = /^@?((?:slack|teams|console):[^\s]+)$/.exec(text);
  if (full) return personId(full[1] as string);
  const at = /^@([\p{L}\d._-]+)$/u.exec(text);
  if (at) {
    if (platform === 'console') return `console:${(at[1] as string).toLowerCase()}`;
    if (platform === 'slack' && /^[UW][A-Z0-9]{6,}$/.test(at[1] as string)) return `slack:${at[1]}`;
  }
  return null;
}
