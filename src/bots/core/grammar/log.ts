import { activityKind } from '../../../domain/activity-kinds.ts';
import { readCount, startsQuote } from './count-note.ts';
import { lastWeekDayText, parseDateAt } from './dates.ts';
import { readActivity } from './kind.ts';
import { boundArea, boundKommun, type PlaceRead, readPlace } from './place.ts';
import {
  type ActivityRef,
  type GrammarContext,
  type GrammarError,
  type KommunRef,
  MAX_COUNT,
  MAX_NOTE_LENGTH,
  type ParsedCommand,
  type Suggestion,
} from './types.ts';

/**
 * `/insats [kommun] [datum] [antal] [anteckning]` and `/logga <aktivitet> [kommun] [datum] [antal] [anteckning]`
 * (the activity may also come after the kommun). Date and count may come in either order; the rest is the note.
 * A kommun matched only without its accents ("Savsjo") or only by a typo is never taken: the result is a
 * `suggest-kommun` error whose suggestions carry the full corrected command.
 *
 * A button runs such a command later, perhaps on another day; it is written in the person's own words (`canonical`)
 * with the day they were written on first (`@2026-12-06`), so it reads the same — and "Läst som" quotes the words
 * typed, not words the bot made up. A quoted text is the note as it stands: no count or date is read in it.
 */

type LogResult = { ok: true; command: ParsedCommand } | { ok: false; error: GrammarError };

export function parseLog(
  command: 'insats' | 'logga',
  args: readonly string[],
  context: GrammarContext,
): LogResult {
  const { tokens, ctx } = asOf(args, context);
  let i = 0;
  let activity: ActivityRef | null = null;
  let place: PlaceRead | null = null;
  let placeStart = 0;
  if (command === 'insats') {
    activity = { type: 'kind', kind: activityKind('insats') as NonNullable<ReturnType<typeof activityKind>> };
  } else {
    const read = readActivity(tokens, 0);
    if (read === null) return { ok: false, error: { error: 'missing-kind' } };
    if (read.ok) {
      activity = read.activity;
      i = read.consumed;
    } else {
      const first = readPlace(tokens, 0, ctx);
      if (first.type !== 'kommun' && first.type !== 'area') {
        return {
          ok: false,
          error: { error: 'unknown-kind', word: read.word, suggestions: read.suggestions },
        };
      }
      const second = readActivity(tokens, first.consumed);
      if (second === null) return { ok: false, error: { error: 'missing-kind' } };
      if (!second.ok) {
        return {
          ok: false,
          error: { error: 'unknown-kind', word: second.word, suggestions: second.suggestions },
        };
      }
      activity = second.activity;
      place = first;
      i = first.consumed + second.consumed;
    }
  }

  let kommun: KommunRef | null = null;
  let pending: { query: string; names: readonly string[] } | null = null;
  if (place === null) {
    placeStart = i;
    place = readPlace(tokens, i, ctx);
    if (place.type !== 'none' && place.type !== 'unknown') i += place.consumed;
  }
  switch (place.type) {
    case 'kommun':
      kommun = place.kommun;
      if (!place.exact) {
        pending = {
          query: tokens.slice(placeStart, placeStart + place.consumed).join(' '),
          names: [place.kommun.name],
        };
      }
      break;
    case 'area':
    case 'county':
      return {
        ok: false,
        error: { error: 'area-not-kommun', name: place.type === 'area' ? place.area.name : place.name },
      };
    case 'unknown': {
      const bound = boundKommun(ctx);
      if (place.suggestions.length > 0) {
        pending = { query: place.query, names: place.suggestions };
        i += 1;
      } else if (bound) kommun = bound;
      else return { ok: false, error: { error: 'unknown-kommun', query: place.query } };
      break;
    }
    case 'none': {
      const bound = boundKommun(ctx);
      if (bound) kommun = bound;
      else {
        const area = boundArea(ctx);
        return {
          ok: false,
          error: area ? { error: 'area-not-kommun', name: area.name } : { error: 'missing-kommun' },
        };
      }
    }
  }

  const kind = activity.type === 'kind' ? activity.kind : null;
  let date: string | null = null;
  let dateText: string | null = null;
  let count: number | null = null;
  let countText: string | null = null;
  let askDays: readonly string[] | null = null;
  let askText: string | null = null;
  let ambiguous: { count: number; noun: string; at: number } | null = null;
  while (i < tokens.length) {
    if (startsQuote(tokens[i] as string)) break;
    if (date === null && askDays === null) {
      const d = parseDateAt(tokens, i, ctx.today, 'registration');
      if (d) {
        if (d.type === 'refused') {
          return {
            ok: false,
            error:
              d.reason === 'future' && d.day !== undefined
                ? { error: 'future-date', day: d.day }
                : { error: 'bad-date', text: d.text },
          };
        }
        if (d.type === 'ask-which-day') {
          askDays = d.days;
          askText = tokens.slice(i, i + d.consumed).join(' ');
        } else {
          date = d.day;
          dateText = tokens.slice(i, i + d.consumed).join(' ');
        }
        i += d.consumed;
        continue;
      }
    }
    if (count !== null) break;
    const c = readCount(tokens, i, kind, MAX_COUNT);
    if (c === null) break;
    if (c.type === 'bad') return { ok: false, error: { error: 'bad-count', text: c.text } };
    if (c.type === 'ambiguous') {
      ambiguous = { count: c.count, noun: c.noun, at: i };
      break;
    }
    count = c.count;
    countText = c.text;
    i += c.consumed;
  }
  const note = noteOf(tokens.slice(ambiguous ? ambiguous.at + 1 : i));
  if (note !== null && note.length > MAX_NOTE_LENGTH) {
    return { ok: false, error: { error: 'note-too-long', length: note.length } };
  }
  const day = date ?? ctx.today;
  const act = activity as ActivityRef;
  // The line written again as typed, the question left open: a count still to ask about stays unquoted.
  const whole = ambiguous ? noteOf(tokens.slice(ambiguous.at)) : null;
  const asTyped = (name: string, dateWords: string | null): string =>
    canonical(command, act, name, {
      asOf: ctx.today,
      dateText: dateWords,
      countText,
      note: whole ?? note,
      open: ambiguous !== null,
    });
  if (pending) {
    const suggestions: Suggestion[] = pending.names.map((name) => ({
      name,
      text: asTyped(name, askText ?? dateText),
    }));
    return { ok: false, error: { error: 'suggest-kommun', query: pending.query, suggestions } };
  }
  const name = (kommun as KommunRef).name;
  if (askDays !== null) {
    const asked = askText as string;
    const suggestions: Suggestion[] = askDays.map((d) => ({
      name: d,
      text: asTyped(name, lastWeekDayText(asked, d)),
    }));
    return { ok: false, error: { error: 'ask-which-day', suggestions } };
  }
  if (ambiguous) {
    const at = ambiguous.at;
    const settled = (countWords: string | null, noteWords: string | null) =>
      canonical(command, act, name, { asOf: ctx.today, dateText, countText: countWords, note: noteWords });
    return {
      ok: false,
      error: {
        error: 'ambiguous-count',
        count: ambiguous.count,
        noun: ambiguous.noun,
        kindId: kind?.id ?? null,
        asCount: settled(tokens[at] as string, note),
        asNote: settled(null, whole),
      },
    };
  }
  return {
    ok: true,
    command: {
      kind: 'log',
      command,
      kommun: kommun as KommunRef,
      activity: act,
      date: day,
      count: count ?? 1,
      note,
      read: { dateText, countText, asOf: ctx.today },
    },
  };
}

/** The note: the remaining words, single-spaced, without surrounding quotes; null when empty. */
export function noteOf(tokens: readonly string[]): string | null {
  const text = tokens
    .join(' ')
    .trim()
    .replace(/^["“”'](.*)["“”']$/s, '$1')
    .trim();
  return text === '' ? null : text;
}

/** A log line's words after the kommun, as read: `canonical` writes them so that they read the same again. */
export interface LineWords {
  /** The day the words were written on: relative dates (`igår`, `förra veckan, onsdag`) and no date mean that day. */
  readonly asOf: string;
  readonly dateText: string | null;
  readonly countText: string | null;
  readonly note: string | null;
  /** The note unquoted, so its start is read again: a count still to ask about. */
  readonly open?: boolean;
}

const AS_OF = /^@(\d{4}-\d{2}-\d{2})$/;

/**
 * `@2026-12-06` first: the line was written that day, so its words are read as of then (never after today). The
 * commands that buttons run start so; a person may type it too, which allows nothing a typed date does not.
 */
function asOf(
  args: readonly string[],
  ctx: GrammarContext,
): { tokens: readonly string[]; ctx: GrammarContext } {
  const pinned = AS_OF.exec(args[0] ?? '')?.[1];
  // A real calendar day: read as of itself, it is that very day.
  if (pinned === undefined || parseDateAt([pinned], 0, pinned, 'registration')?.type !== 'date')
    return { tokens: args, ctx };
  const day = pinned < ctx.today ? pinned : ctx.today;
  return { tokens: args.slice(1), ctx: { ...ctx, today: day } };
}

/**
 * The full command text of a log line in the person's own words, written on `words.asOf`:
 * `/insats @2026-12-06 Sävsjö förra veckan, onsdag 3 "vid skolan"`. The note is quoted (settled) unless `open`.
 */
export function canonical(
  command: 'insats' | 'logga',
  activity: ActivityRef,
  kommun: string,
  words: LineWords,
): string {
  const what =
    command === 'insats' ? [] : [activity.type === 'number' ? String(activity.number) : activity.kind.id];
  const { dateText, countText, note } = words;
  return [
    `/${command}`,
    `@${words.asOf}`,
    ...what,
    kommun,
    ...(dateText ? [dateText] : []),
    ...(countText ? [countText] : []),
    ...(note ? [words.open ? note : `"${note}"`] : []),
  ].join(' ');
}

/** The words that write a log command again: as it was read, or for one built from a form, its values. */
export function wordsOf(cmd: Extract<ParsedCommand, { kind: 'log' }>, today: string): LineWords {
  const read = cmd.read;
  if (!read) return { asOf: today, dateText: cmd.date, countText: String(cmd.count), note: cmd.note };
  return { asOf: read.asOf, dateText: read.dateText, countText: read.countText, note: cmd.note };
}
