import { activityKind } from '../../../domain/activity-kinds.ts';
import { countsSomethingElse, readCount } from './count-note.ts';
import { parseDateAt } from './dates.ts';
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
 */

type LogResult = { ok: true; command: ParsedCommand } | { ok: false; error: GrammarError };

export function parseLog(
  command: 'insats' | 'logga',
  tokens: readonly string[],
  ctx: GrammarContext,
): LogResult {
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
  let ambiguous: { count: number; noun: string; at: number } | null = null;
  while (i < tokens.length) {
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
        if (d.type === 'ask-which-day') askDays = d.days;
        else {
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
  const n = count ?? 1;
  const act = activity as ActivityRef;
  if (pending) {
    const suggestions: Suggestion[] = pending.names.map((name) => ({
      name,
      text: canonical(command, act, name, day, n, note),
    }));
    return { ok: false, error: { error: 'suggest-kommun', query: pending.query, suggestions } };
  }
  const name = (kommun as KommunRef).name;
  if (askDays !== null) {
    const suggestions: Suggestion[] = askDays.map((d) => ({
      name: d,
      text: canonical(command, act, name, d, n, note),
    }));
    return { ok: false, error: { error: 'ask-which-day', suggestions } };
  }
  if (ambiguous) {
    const whole = noteOf(tokens.slice(ambiguous.at));
    return {
      ok: false,
      error: {
        error: 'ambiguous-count',
        count: ambiguous.count,
        noun: ambiguous.noun,
        kindId: kind?.id ?? null,
        asCount: canonical(command, act, name, day, ambiguous.count, note),
        asNote: canonical(command, act, name, day, 1, whole),
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
      count: n,
      note,
      read: { dateText, countText },
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

/** The note: the remaining words, single-spaced, without surrounding quotes; null when empty. */
export function noteOf(tokens: readonly string[]): string | null {
  const text = tokens
    .join(' ')
    .trim()
    .replace(/^["“”'](.*)["“”']$/s, '$1')
    .trim();
  return text === '' ? null : text;
}

/** The full command text that performs a log with these values (resolved date, explicit count). */
export function canonical(
  command: 'insats' | 'logga',
  activity: ActivityRef,
  kommun: string,
  day: string,
  count: number,
  note: string | null,
): string {
  const what =
    command === 'insats'
      ? []
      : [
          activity.type === 'number'
            ? String(activity.number)
            : activity.type === 'name'
              ? activity.name
              : activity.kind.id,
        ];
  // "3 st": the count is settled, so a note that starts with a counted noun ("ungdomar …") is not asked again.
  const first = note?.split(/\s+/)[0];
  const settle =
    first !== undefined && countsSomethingElse(first, activity.type === 'kind' ? activity.kind : null);
  return [
    `/${command}`,
    ...what,
    kommun,
    day,
    String(count),
    ...(settle ? ['st'] : []),
    ...(note ? [note] : []),
  ].join(' ');
}
