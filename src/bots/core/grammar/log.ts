import { activityKind } from '../../../domain/activity-kinds.ts';
import { readCount, startsQuote } from './count-note.ts';
import { lastWeekDayText, parseDateAt } from './dates.ts';
import { readActivity } from './kind.ts';
import { asOf, canonical } from './log-words.ts';
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
 * A button runs such a command later, perhaps on another day; it is written in the person's own words (log-words.ts)
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
    const named = read.ok ? kindLedName(tokens, read.consumed, ctx) : null;
    if (named) {
      // A short name that starts with its kind's word ("trafikkontroller skolor Tranås"): the words up to the kommun.
      activity = named.activity;
      place = named.place;
      placeStart = named.consumed;
      i = named.consumed + named.place.consumed;
    } else if (read.ok) {
      activity = read.activity;
      i = read.consumed;
    } else {
      const first = readPlace(tokens, 0, ctx);
      if (first.type !== 'kommun' && first.type !== 'area') {
        // Not a kind: an activity's short name, up to the kommun ("föräldramöten om droger Tranås"), or one word
        // in a bound channel. Which activity it is, the agreement says (an unknown name is refused there).
        const named = readName(tokens, ctx, read.suggestions);
        if (!named) {
          return {
            ok: false,
            error: { error: 'unknown-kind', word: read.word, suggestions: read.suggestions },
          };
        }
        activity = named.activity;
        if (named.place) {
          place = named.place;
          placeStart = named.consumed;
          i = named.consumed + named.place.consumed;
        } else i = named.consumed;
      } else {
        const second = readActivity(tokens, first.consumed);
        if (second === null) return { ok: false, error: { error: 'missing-kind' } };
        activity = second.ok
          ? second.activity
          : { type: 'name', name: second.word, suggestions: second.suggestions };
        place = first;
        i = first.consumed + (second.ok ? second.consumed : 1);
      }
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
  let countInNote = false;
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
      // "1 ungdom": both readings store 1, so nothing is asked; the number stays in the note.
      if (c.count === 1) {
        count = 1;
        countText = tokens[i] as string;
        countInNote = true;
      } else ambiguous = { count: c.count, noun: c.noun, at: i };
      break;
    }
    count = c.count;
    countText = c.text;
    i += c.consumed;
  }
  if (!pending && !ambiguous && kommun) {
    // A second kommun where the note begins ("/insats igår Tranås" in Eksjö's channel, "/insats Eksjö Tranås") is
    // never taken for a note: the bot asks which kommun, with a button for each.
    const other = readPlace(tokens, i, ctx);
    if (other.type === 'kommun' && other.kommun.code !== kommun.code) {
      pending = {
        query: tokens.slice(i, i + other.consumed).join(' '),
        names: [other.kommun.name, kommun.name],
      };
      i += other.consumed;
    }
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
      countText: countInNote ? null : countText,
      note: whole ?? note,
      open: ambiguous !== null || countInNote,
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
      read: { dateText, countText, asOf: ctx.today, ...(countInNote ? { countInNote } : {}) },
    },
  };
}

/** A short name from the start up to a kommun (at most four words), or its first word where a kommun is bound. */
function readName(
  tokens: readonly string[],
  ctx: GrammarContext,
  suggestions: readonly string[],
): { activity: ActivityRef; consumed: number; place: Extract<PlaceRead, { type: 'kommun' }> | null } | null {
  const name = (n: number): ActivityRef => ({
    type: 'name',
    name: tokens.slice(0, n).join(' '),
    suggestions,
  });
  for (let j = 1; j <= Math.min(4, tokens.length - 1); j++) {
    const place = readPlace(tokens, j, ctx);
    if (place.type === 'kommun' && place.exact) return { activity: name(j), consumed: j, place };
  }
  return boundKommun(ctx) ? { activity: name(1), consumed: 1, place: null } : null;
}

/**
 * The words from the start up to a kommun named within three more words, when the word after a kind is neither a
 * kommun, a date nor a count: "trafikkontroller skolor Tranås" is the short name "trafikkontroller skolor", never
 * trafikkontroller with the note "skolor Tranås" (in a bound channel, for the channel's kommun).
 */
function kindLedName(tokens: readonly string[], after: number, ctx: GrammarContext) {
  if (readPlace(tokens, after, ctx).type !== 'unknown' || startsQuote(tokens[after] as string)) return null;
  if (parseDateAt(tokens, after, ctx.today, 'registration') || readCount(tokens, after, null, MAX_COUNT))
    return null;
  const named = readName(tokens, ctx, []);
  return named?.place && named.consumed > after ? { ...named, place: named.place } : null;
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
